package vn.vusta.thidua.meeting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.ballot.BallotKind;
import vn.vusta.thidua.ballot.BallotPurpose;
import vn.vusta.thidua.ballot.BallotSpec;
import vn.vusta.thidua.ballot.BallotView;
import vn.vusta.thidua.ballot.Ballots;
import vn.vusta.thidua.ballot.CandidateSpec;
import vn.vusta.thidua.ballot.DecisionRule;
import vn.vusta.thidua.ballot.Outcome;
import vn.vusta.thidua.campaign.PublishedScores;
import vn.vusta.thidua.cluster.ClusterQueries;
import vn.vusta.thidua.cluster.RotationProposals;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.NotFoundException;
import vn.vusta.thidua.common.VietnameseText;
import vn.vusta.thidua.identity.ActorContext;
import vn.vusta.thidua.organization.UnitCatalog;

/**
 * The secret ballots of a meeting (module {@code ballot}): the electorate is the member units present, one vote each;
 * a year-end summary offers ready-made ballots (acclaim the leading unit, propose certificates of merit, next year's
 * head and deputy). The minutes report each closed ballot's question and result.
 */
@Component
class MeetingBallots {
    private final Ballots ballots;
    private final Meetings meetings;
    private final MeetingAuthority authority;
    private final ActorContext actors;
    private final ClusterQueries clusters;
    private final RotationProposals rotation;
    private final PublishedScores scores;
    private final UnitCatalog units;

    MeetingBallots(Ballots ballots, Meetings meetings, MeetingAuthority authority, ActorContext actors, ClusterQueries clusters,
                   RotationProposals rotation, PublishedScores scores, UnitCatalog units) {
        this.ballots = ballots;
        this.meetings = meetings;
        this.authority = authority;
        this.actors = actors;
        this.clusters = clusters;
        this.rotation = rotation;
        this.scores = scores;
        this.units = units;
    }

    List<BallotView> of(long meetingId) { return ballots.forMeeting(meetingId); }

    /** The closed ballots as the minutes report them: question, tally, outcome, paper or not. */
    List<MinutesText.BallotLine> linesFor(long meetingId) {
        var lines = new ArrayList<MinutesText.BallotLine>();
        for (var b : ballots.forMeeting(meetingId)) {
            if (!b.isClosed()) continue;
            var r = ballots.result(b.id());
            var labels = b.candidates().stream().collect(Collectors.toMap(BallotView.Candidate::id, BallotView.Candidate::label));
            var tally = r.tally().stream().map(t -> labels.get(t.candidateId()) + " " + t.votes() + " phiếu"
                    + (b.kind() == BallotKind.YES_NO_ABSTAIN ? " đồng ý, " + t.no() + " không đồng ý, " + t.abstain() + " không biểu quyết" : ""))
                    .collect(Collectors.joining("; "));
            String outcome = switch (r.outcome()) {
                case DECIDED -> "Trúng: " + r.winners().stream().map(labels::get).collect(Collectors.joining(", ")) + ".";
                case NO_WINNER -> "Không có đơn vị nào đạt tỷ lệ cần thiết.";
                case REVOTE_NEEDED -> "Bằng phiếu nhau: " + r.tied().stream().map(labels::get).collect(Collectors.joining(", "))
                        + "; bỏ phiếu lại giữa các ứng viên này.";
                case UNRESOLVED_TIE -> "Vẫn bằng phiếu sau các bước phân định.";
            };
            String question = b.parentId() == null ? b.question() : b.question() + " (bỏ phiếu lại giữa các ứng viên bằng phiếu)";
            lines.add(new MinutesText.BallotLine(question, "số phiếu hợp lệ " + r.valid() + "/" + b.electorateSize()
                    + (r.invalid() > 0 ? ", không hợp lệ " + r.invalid() : "") + "; " + tally + ". " + outcome, b.paper()));
        }
        return lines;
    }

    /** A ready-made ballot of a year-end summary; the candidates and question come from the cluster's data. */
    @Transactional
    long createPreset(long meetingId, BallotPurpose purpose, DecisionRule chosen) {
        var meeting = managed(meetingId);
        var cluster = clusters.get(meeting.getClusterId());
        var present = meeting.presentUnitIds();
        var invited = meeting.getInvitations().stream().map(Invitation::getUnitId).toList();
        var names = units.byIds(new java.util.HashSet<>(invited));
        int year = meeting.getYear();
        List<CandidateSpec> candidates;
        String question;
        int k = 1;
        switch (purpose) {
            case ACCLAIM_LEADER -> {
                question = "Suy tôn đơn vị dẫn đầu " + cluster.name() + " năm " + year + " (đề nghị tặng Cờ thi đua của Liên hiệp Hội Việt Nam)";
                candidates = byScoreOrName(invited, names, meeting.getClusterId(), year);
            }
            case CERTIFICATE_PROPOSAL -> {
                question = "Đề nghị tặng Bằng khen của Liên hiệp Hội Việt Nam năm " + year + " (chọn tối đa 3 đơn vị)";
                candidates = byScoreOrName(invited, names, meeting.getClusterId(), year);
                k = Math.min(3, candidates.size());
            }
            case NEXT_HEAD, NEXT_DEPUTY -> {
                boolean deputy = purpose == BallotPurpose.NEXT_DEPUTY;
                var proposal = rotation.forNextYear(meeting.getClusterId())
                        .orElseThrow(() -> new BusinessRuleException("cluster.leadership.nextYearMissing", year + 1));
                var next = clusters.get(proposal.nextClusterId());
                Long proposed = deputy ? proposal.deputyUnitId() : proposal.headUnitId();
                var nextMembers = next.members().stream().map(m -> m.carrier() != null ? m.carrier() : m.unit()).distinct()
                        .filter(u -> !deputy || next.head() == null || u.id() != next.head().id()).toList();
                candidates = new ArrayList<>();
                for (var u : nextMembers.stream().sorted(Comparator.comparing((vn.vusta.thidua.cluster.UnitRef u) -> !Long.valueOf(u.id()).equals(proposed))
                        .thenComparing(VietnameseText.byName(vn.vusta.thidua.cluster.UnitRef::shortName))).toList()) {
                    candidates.add(CandidateSpec.unit(u.id(), u.shortName() + (Long.valueOf(u.id()).equals(proposed) ? " (đề xuất luân phiên)" : "")));
                }
                question = (deputy ? "Giới thiệu cụm phó " : "Giới thiệu cụm trưởng ") + cluster.name() + " năm " + (year + 1);
            }
            default -> throw new BusinessRuleException("meeting.ballot.presetInvalid");
        }
        return create(meeting, purpose, question, BallotKind.CHOOSE_UP_TO_K, k, candidates,
                chosen != null ? chosen : DecisionRule.majorityOfVotesCast(), present);
    }

    /** A ballot the manager words: candidates among the invited units, a rule from the presets. */
    @Transactional
    long createCustom(long meetingId, String question, BallotKind kind, int k, List<Long> candidateUnitIds, DecisionRule rule) {
        var meeting = managed(meetingId);
        if (question == null || question.isBlank() || question.length() > 500) throw new BusinessRuleException("meeting.ballot.question.required");
        var invited = meeting.getInvitations().stream().map(Invitation::getUnitId).toList();
        if (candidateUnitIds == null || candidateUnitIds.isEmpty() || !invited.containsAll(candidateUnitIds)) {
            throw new BusinessRuleException("meeting.ballot.candidates.invalid");
        }
        var names = units.byIds(candidateUnitIds);
        var candidates = candidateUnitIds.stream().distinct().map(id -> CandidateSpec.unit(id, names.get(id).shortName())).toList();
        return create(meeting, BallotPurpose.OTHER, question.strip(), kind == null ? BallotKind.CHOOSE_UP_TO_K : kind, k, candidates, rule,
                meeting.presentUnitIds());
    }

    private long create(Meeting meeting, BallotPurpose purpose, String question, BallotKind kind, int k, List<CandidateSpec> candidates,
                        DecisionRule rule, List<Long> present) {
        if (!meeting.quorum().reached()) throw new BusinessRuleException("meeting.ballot.noQuorum");
        var actor = actors.current();
        Long manager = actor.unitId() != null && actor.actsFor(actor.unitId()) ? actor.unitId() : meeting.getHostUnitId();
        var spec = new BallotSpec(meeting.getId(), meeting.getClusterId(), meeting.getYear(), manager, purpose, question, kind, k, candidates,
                present, meeting.getInvitations().size(), present.size(), rule, null);
        return ballots.create(spec);
    }

    private Meeting managed(long meetingId) {
        var meeting = meetings.withInvitations(meetingId).orElseThrow(() -> new NotFoundException("meeting", meetingId));
        if (!authority.mayManage(actors.current(), meeting)) throw new AccessDeniedException("may not manage this meeting");
        if (meeting.getClusterId() == null) throw new BusinessRuleException("meeting.ballot.clusterOnly");
        return meeting;
    }

    /** The invited units in the published table's order (highest final score first) when there is one, else by name. */
    private List<CandidateSpec> byScoreOrName(List<Long> invited, Map<Long, vn.vusta.thidua.organization.UnitSummary> names, long clusterId, int year) {
        var published = scores.finalScores(clusterId, year).orElse(Map.of());
        Comparator<Long> byName = VietnameseText.byName((Long id) -> names.get(id).shortName());
        Comparator<Long> order = published.isEmpty() ? byName
                : Comparator.comparing((Long id) -> published.getOrDefault(id, BigDecimal.valueOf(-1)), Comparator.reverseOrder()).thenComparing(byName);
        return invited.stream().sorted(order).map(id -> CandidateSpec.unit(id, names.get(id).shortName()
                + (published.containsKey(id) ? " (" + published.get(id).stripTrailingZeros().toPlainString() + " điểm)" : ""))).toList();
    }
}

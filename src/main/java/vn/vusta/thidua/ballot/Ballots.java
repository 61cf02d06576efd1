package vn.vusta.thidua.ballot;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;
import vn.vusta.thidua.audit.AuditTrail;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.ConcurrentEditException;
import vn.vusta.thidua.common.NotFoundException;
import vn.vusta.thidua.common.VietnameseText;
import vn.vusta.thidua.organization.UnitCatalog;
import vn.vusta.thidua.organization.UnitSummary;

/**
 * Secret ballots: create, open, cast, close (count, seal, publish {@link BallotClosed}), paper tallies and re-votes.
 * Writes are authorised here by {@code ballotPolicy} against the signed-in account; reads are not (pages and the API
 * check {@code ballotPolicy} before showing them).
 * <p>
 * Audit: creating, opening, closing (seal and counts), paper counts and publication are audited by name. A cast is
 * not audited on its own, since an entry per cast would place a named event next to each ballot in time; instead
 * closing writes one anonymous entry listing the units that voted, by name.
 */
@Service
public class Ballots {
    private final BallotRecords records;
    private final BallotBox box;
    private final ClusterFacts facts;
    private final Electorates electorates;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ObjectMapper json;
    private final BoxVacuum vacuum;
    private final UnitCatalog units;

    Ballots(BallotRecords records, BallotBox box, ClusterFacts facts, Electorates electorates, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock, ObjectMapper json, BoxVacuum vacuum, UnitCatalog units) {
        this.records = records;
        this.box = box;
        this.facts = facts;
        this.electorates = electorates;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.json = json;
        this.vacuum = vacuum;
        this.units = units;
    }

    @Transactional
    @PreAuthorize("@ballotPolicy.mayCreate(#spec)")
    public long create(BallotSpec spec) { return create(spec, null); }

    private long create(BallotSpec spec, Long parentId) {
        var electorate = electorates.of(spec);
        var named = new ArrayList<CandidateSpec>();
        var unitNames = units.byIds(spec.candidates().stream().map(CandidateSpec::unitId).filter(java.util.Objects::nonNull).toList());
        for (var c : spec.candidates()) {
            String label = c.label() != null && !c.label().isBlank() ? c.label()
                    : c.unitId() != null && unitNames.get(c.unitId()) != null ? unitNames.get(c.unitId()).name() : c.personName();
            named.add(new CandidateSpec(c.unitId(), c.personName(), label));
        }
        var checked = new BallotSpec(spec.meetingId(), spec.clusterId(), spec.year(), spec.managerUnitId(), spec.purpose(), spec.question(),
                spec.kind(), spec.maxChoices(), named, electorate, spec.membersCount(), spec.presentCount(), spec.rule(), spec.closesAt());
        BallotSpecCheck.check(checked, Instant.now(clock));
        var ballot = records.save(new Ballot(checked, parentId, electorates.actorName(), Instant.now(clock)));
        box.enrol(ballot.getId(), electorate);
        audit.record(parentId == null ? "BALLOT_CREATED" : "BALLOT_REVOTE", "ballot", ballot.getId(),
                (parentId == null ? "Tạo cuộc bỏ phiếu kín: " : "Bỏ phiếu lại (phiếu #" + parentId + "): ") + checked.question(), null,
                Map.of("kind", checked.kind().name(), "candidates", named.stream().map(CandidateSpec::label).toList(),
                        "electorate", electorate.size(), "rule", checked.rule().toString()));
        return ballot.getId();
    }

    @Transactional
    @PreAuthorize("@ballotPolicy.mayManage(#id)")
    public void open(long id) {
        var ballot = lock(id);
        ballot.open(Instant.now(clock));
        audit.record("BALLOT_OPENED", "ballot", id, "Mở bỏ phiếu", null, null);
    }

    /**
     * Casts the ballot of unit {@code voterUnitId} (the signed-in account must be that unit's officer): once, while
     * the ballot is open, with choices the rule allows. Returns the receipt, which the system keeps nowhere else.
     */
    @Transactional
    @PreAuthorize("@ballotPolicy.mayCast(#id, #voterUnitId)")
    public CastReceipt cast(long id, long voterUnitId, Choices choices) {
        var ballot = lock(id);
        ballot.requireAcceptingVotes(Instant.now(clock));
        var electorate = box.electorate(id);
        if (!electorate.contains(voterUnitId)) throw new BusinessRuleException("ballot.cast.notElector");
        if (box.hasVoted(id, voterUnitId)) throw new BusinessRuleException("ballot.cast.alreadyVoted");
        String canonical = ChoiceCodec.encode(ballot.view(electorate, 0), voterUnitId, choices == null ? Choices.blank() : choices);
        return new CastReceipt(id, box.cast(id, voterUnitId, canonical), canonical);
    }

    @Transactional
    @PreAuthorize("@ballotPolicy.mayManage(#id)")
    public void close(long id) { closeNow(id); }

    /** Closes a ballot whose set closing time has passed (the scheduler; no account). */
    @Transactional
    void closeDue(long id) {
        var ballot = lock(id);
        if (ballot.getStatus() == BallotStatus.OPEN && ballot.getClosesAt() != null && !ballot.getClosesAt().isAfter(Instant.now(clock))) closeNow(id);
    }

    private void closeNow(long id) {
        var ballot = lock(id);
        if (ballot.getStatus() != BallotStatus.OPEN) throw new BusinessRuleException("ballot.close.notOpen");
        var entries = box.shuffle(id);
        var electorate = box.electorate(id);
        var voters = box.voters(id);
        var view = ballot.view(electorate, voters.size());
        var result = new Counting(view, facts.of(view.clusterId(), view.year())).count(entries.stream().map(Seal.Entry::choices).toList())
                .sealed(Seal.of(id, entries));
        ballot.close(Instant.now(clock), result, json.writeValueAsString(result));
        var summary = new LinkedHashMap<String, Object>();
        summary.put("sealHash", result.sealHash());
        summary.put("electorate", electorate.size());
        summary.put("voted", voters.size());
        summary.put("ballots", entries.size());
        summary.put("outcome", result.outcome().name());
        audit.record("BALLOT_CLOSED", "ballot", id, "Đóng bỏ phiếu, niêm phong hòm phiếu: " + voters.size() + "/" + electorate.size()
                + " đơn vị đã bỏ phiếu; mã niêm phong " + result.sealHash(), null, summary);
        audit.recordAnonymous("BALLOT_PARTICIPATION", "ballot", id, "Các đơn vị đã bỏ phiếu (xếp theo tên)",
                Map.of("units", namesInOrder(voters)));
        events.publishEvent(new BallotClosed(id, view.meetingId(), view.purpose(), view.clusterId(), view.year(), result.winnerUnitIds(),
                result.outcome().name()));
        vacuum.afterCommit();
    }

    private List<String> namesInOrder(List<Long> unitIds) {
        var map = units.byIds(unitIds);
        return unitIds.stream().map(map::get).filter(java.util.Objects::nonNull)
                .sorted(VietnameseText.byName(UnitSummary::name)).map(UnitSummary::name).toList();
    }

    /** The counted result of a closed ballot. */
    @Transactional(readOnly = true)
    public BallotResult result(long id) {
        var ballot = records.findById(id).orElseThrow(() -> new NotFoundException("ballot", id));
        if (ballot.getStatus() != BallotStatus.CLOSED) throw new BusinessRuleException("ballot.result.notClosed");
        return json.readValue(ballot.getResultJson(), BallotResult.class);
    }

    /**
     * A new ballot among the candidates still tied (same question, rule, electorate and meeting; {@code parentId} kept)
     * for the seats left, opened at once: the delegates are in the room and vote again in one step. One re-vote per
     * ballot. The re-vote's own ties go on to the rule's next tie-break step.
     */
    @Transactional
    @PreAuthorize("@ballotPolicy.mayManage(#id)")
    public long revote(long id) {
        var ballot = lock(id);
        if (ballot.getStatus() != BallotStatus.CLOSED
                || ballot.getOutcome() != Outcome.REVOTE_NEEDED && ballot.getOutcome() != Outcome.UNRESOLVED_TIE) {
            throw new BusinessRuleException("ballot.revote.noTie");
        }
        if (!records.revotesOf(id).isEmpty()) throw new BusinessRuleException("ballot.revote.exists");
        var result = result(id);
        var view = ballot.view(box.electorate(id), 0);
        var tied = new HashSet<>(result.tied());
        var candidates = view.candidates().stream().filter(c -> tied.contains(c.id()))
                .map(c -> new CandidateSpec(c.unitId(), c.personName(), c.label())).toList();
        int seats = ChoiceCodec.seats(view) - result.winners().size();
        var spec = new BallotSpec(view.meetingId(), view.clusterId(), view.year(), view.managerUnitId(), view.purpose(), view.question(),
                view.kind(), view.kind() == BallotKind.RANKED_CHOICE ? candidates.size() : seats, candidates, view.electorateUnitIds(),
                view.membersCount(), view.presentCount(), view.rule(), null);
        long again = create(spec, id);
        open(again);
        return again;
    }

    /** The re-vote made of this ballot, if any. */
    @Transactional(readOnly = true)
    public Optional<Long> revoteOf(long id) { return records.revotesOf(id).stream().findFirst(); }

    /** A paper ballot: the secretary's counts close the ballot (no electronic vote may have been cast). */
    @Transactional
    @PreAuthorize("@ballotPolicy.mayManage(#id)")
    public void enterPaperCounts(long id, PaperCounts counts) {
        var ballot = lock(id);
        var electorate = box.electorate(id);
        if (ballot.getStatus() == BallotStatus.CLOSED) throw new BusinessRuleException("ballot.close.notOpen");
        if (box.votedCount(id) > 0) throw new BusinessRuleException("ballot.paper.electronicVotes");
        var view = ballot.view(electorate, counts.cast());
        PaperCheck.check(view, counts);
        var byId = new java.util.HashMap<Long, PaperCounts.Count>();
        counts.counts().forEach(c -> byId.put(c.candidateId(), c));
        var full = new PaperCounts(counts.cast(), counts.invalid(), view.candidates().stream()
                .map(c -> byId.getOrDefault(c.id(), new PaperCounts.Count(c.id(), 0, 0, 0))).toList());
        ballot.getCandidates().forEach(c -> { var n = byId.get(c.getId()); c.paper(n == null ? 0 : n.yes(), n == null ? 0 : n.no(), n == null ? 0 : n.abstain()); });
        box.paper(id, counts.cast(), counts.invalid());
        var result = new Counting(view, facts.of(view.clusterId(), view.year())).countPaper(full).sealed(Seal.ofPaper(id, full));
        ballot.closeWithPaper(Instant.now(clock), result, json.writeValueAsString(result));
        audit.record("BALLOT_PAPER_COUNTS", "ballot", id, "Nhập kết quả kiểm phiếu giấy: " + counts.cast() + " phiếu, "
                + counts.invalid() + " không hợp lệ; mã niêm phong " + result.sealHash(), null,
                Map.of("cast", counts.cast(), "invalid", counts.invalid(), "sealHash", result.sealHash(), "outcome", result.outcome().name(),
                        "counts", full.counts().stream().map(c -> c.candidateId() + ":" + c.yes() + "/" + c.no() + "/" + c.abstain()).toList()));
        events.publishEvent(new BallotClosed(id, view.meetingId(), view.purpose(), view.clusterId(), view.year(), result.winnerUnitIds(),
                result.outcome().name()));
    }

    /** What the result page shows beyond the managers (tiny electorates: only the outcome), and whether it is public. */
    @Transactional
    @PreAuthorize("@ballotPolicy.mayManage(#id)")
    public void publish(long id, Publication publication, boolean resultPublic, long version) {
        var ballot = lock(id);
        ConcurrentEditException.check(ballot.getVersion(), version);
        ballot.publish(publication, resultPublic);
        audit.record("BALLOT_PUBLICATION", "ballot", id, "Công bố kết quả bỏ phiếu: " + publication + (resultPublic ? ", công khai" : ", nội bộ"),
                null, Map.of("publication", publication.name(), "public", resultPublic));
    }

    @Transactional(readOnly = true)
    public Optional<BallotView> find(long id) {
        return records.findById(id).map(b -> b.view(box.electorate(id), votedCount(b)));
    }

    @Transactional(readOnly = true)
    public List<BallotView> forMeeting(long meetingId) {
        var list = records.findByMeetingIdOrderByIdAsc(meetingId);
        var participation = box.participation(list.stream().map(Ballot::getId).toList());
        return list.stream().map(b -> {
            var p = participation.getOrDefault(b.getId(), BallotBox.Participation.NONE);
            return b.view(p.electorate(), b.isPaper() ? paperCast(b) : p.voted());
        }).toList();
    }

    /** Whether the unit has voted on the ballot (its own delegate's page). */
    @Transactional(readOnly = true)
    public boolean hasVoted(long id, long unitId) { return box.hasVoted(id, unitId); }

    /** Whether the closed box holds a ballot with this tracker, and its choices (the voter's own check). */
    @Transactional(readOnly = true)
    public Optional<String> verify(long id, String tracker) {
        var ballot = records.findById(id).orElseThrow(() -> new NotFoundException("ballot", id));
        if (ballot.getStatus() != BallotStatus.CLOSED || tracker == null) return Optional.empty();
        return box.choicesOf(id, tracker.strip().toLowerCase());
    }

    /** The closed box in tracker order (empty for a paper ballot). */
    @Transactional(readOnly = true)
    List<Seal.Entry> entries(long id) {
        var ballot = records.findById(id).orElseThrow(() -> new NotFoundException("ballot", id));
        if (ballot.getStatus() != BallotStatus.CLOSED) throw new BusinessRuleException("ballot.result.notClosed");
        return box.entries(id);
    }

    private int votedCount(Ballot b) { return b.isPaper() ? paperCast(b) : box.votedCount(b.getId()); }

    private int paperCast(Ballot b) { return box.paperCast(b.getId()); }

    private Ballot lock(long id) { return records.lockById(id).orElseThrow(() -> new NotFoundException("ballot", id)); }
}

package vn.vusta.thidua.ballot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.vusta.thidua.common.BusinessRuleException;

/**
 * A secret ballot: question, kind, candidates, rule and its state (DRAFT → OPEN → CLOSED). The box and the
 * participation are kept apart ({@link BallotBox}); this row holds nothing about who voted or how.
 */
@Entity
@Table(name = "ballot")
class Ballot {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    private Long parentId;
    private Long meetingId;
    private Long clusterId;
    @Column(name = "ballot_year") private int year;
    private Long managerUnitId;
    @Enumerated(EnumType.STRING) private BallotPurpose purpose;
    private String question;
    @Enumerated(EnumType.STRING) private BallotKind kind;
    private int maxChoices;
    @Enumerated(EnumType.STRING) private Threshold threshold;
    @Enumerated(EnumType.STRING) private Denominator denominator;
    private boolean selfVoteAllowed;
    private String tieBreaks;
    private int membersCount;
    private int presentCount;
    @Enumerated(EnumType.STRING) private BallotStatus status = BallotStatus.DRAFT;
    private Instant closesAt;
    private Instant openedAt;
    private Instant closedAt;
    private boolean paper;
    private String sealHash;
    @Enumerated(EnumType.STRING) private Outcome outcome;
    private String resultJson;
    @Enumerated(EnumType.STRING) private Publication publication = Publication.FULL;
    private boolean resultPublic;
    private String createdBy;
    private Instant createdAt;
    @Version private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "ballot_id", nullable = false)
    @OrderBy("position")
    private List<BallotCandidate> candidates = new ArrayList<>();

    protected Ballot() {}

    Ballot(BallotSpec spec, Long parentId, String by, Instant at) {
        this.parentId = parentId;
        this.meetingId = spec.meetingId();
        this.clusterId = spec.clusterId();
        this.year = spec.year();
        this.managerUnitId = spec.managerUnitId();
        this.purpose = spec.purpose();
        this.question = spec.question().strip();
        this.kind = spec.kind();
        this.maxChoices = spec.kind() == BallotKind.RANKED_CHOICE ? spec.candidates().size()
                : spec.kind() == BallotKind.YES_NO_ABSTAIN && spec.maxChoices() <= 0 ? spec.candidates().size() : spec.maxChoices();
        this.threshold = spec.rule().threshold();
        this.denominator = spec.rule().denominator();
        this.selfVoteAllowed = spec.rule().selfVoteAllowed();
        this.tieBreaks = String.join(",", spec.rule().tieBreaks().stream().map(Enum::name).toList());
        this.membersCount = spec.membersCount();
        this.presentCount = spec.presentCount();
        this.closesAt = spec.closesAt();
        this.createdBy = by;
        this.createdAt = at;
        int position = 1;
        for (var c : spec.candidates()) candidates.add(new BallotCandidate(position++, c));
    }

    DecisionRule rule() {
        var steps = tieBreaks == null || tieBreaks.isBlank() ? List.<TieBreakStep>of()
                : Arrays.stream(tieBreaks.split(",")).map(TieBreakStep::valueOf).toList();
        return new DecisionRule(threshold, denominator, selfVoteAllowed, steps);
    }

    void open(Instant at) {
        if (status != BallotStatus.DRAFT) throw new BusinessRuleException("ballot.open.notDraft");
        if (closesAt != null && !closesAt.isAfter(at)) throw new BusinessRuleException("ballot.open.closesInPast");
        status = BallotStatus.OPEN;
        openedAt = at;
    }

    /** Whether a vote may be cast at {@code at}: open, and before the set closing time if there is one. */
    void requireAcceptingVotes(Instant at) {
        if (status == BallotStatus.DRAFT) throw new BusinessRuleException("ballot.cast.notOpen");
        if (status == BallotStatus.CLOSED || closesAt != null && !closesAt.isAfter(at)) throw new BusinessRuleException("ballot.cast.closed");
        if (paper) throw new BusinessRuleException("ballot.cast.paper");
    }

    void close(Instant at, BallotResult result, String resultJson) {
        if (status != BallotStatus.OPEN) throw new BusinessRuleException("ballot.close.notOpen");
        record(at, result, resultJson);
    }

    /** A paper ballot: counted from the secretary's tally; no electronic vote may have been cast. */
    void closeWithPaper(Instant at, BallotResult result, String resultJson) {
        if (status == BallotStatus.CLOSED) throw new BusinessRuleException("ballot.close.notOpen");
        if (kind == BallotKind.RANKED_CHOICE) throw new BusinessRuleException("ballot.paper.ranked");
        if (openedAt == null) openedAt = at;
        paper = true;
        record(at, result, resultJson);
    }

    private void record(Instant at, BallotResult result, String json) {
        status = BallotStatus.CLOSED;
        closedAt = at;
        sealHash = result.sealHash();
        outcome = result.outcome();
        resultJson = json;
    }

    void publish(Publication publication, boolean resultPublic) {
        if (status != BallotStatus.CLOSED) throw new BusinessRuleException("ballot.publish.notClosed");
        this.publication = publication;
        this.resultPublic = resultPublic;
    }

    BallotView view(List<Long> electorate, int votedCount) {
        return new BallotView(id, parentId, meetingId, clusterId, year, managerUnitId, purpose, question, kind, maxChoices,
                candidates.stream().map(c -> new BallotView.Candidate(c.getId(), c.getPosition(), c.getUnitId(), c.getPersonName(), c.getLabel())).toList(),
                rule(), membersCount, presentCount, status, closesAt, openedAt, closedAt, paper, electorate, votedCount, sealHash, outcome,
                publication, resultPublic, version);
    }

    Long getId() { return id; }
    Long getParentId() { return parentId; }
    BallotStatus getStatus() { return status; }
    BallotKind getKind() { return kind; }
    Instant getClosesAt() { return closesAt; }
    boolean isPaper() { return paper; }
    String getResultJson() { return resultJson; }
    Outcome getOutcome() { return outcome; }
    Long getManagerUnitId() { return managerUnitId; }
    Long getClusterId() { return clusterId; }
    int getYear() { return year; }
    List<BallotCandidate> getCandidates() { return candidates; }
    long getVersion() { return version; }
    boolean isResultPublic() { return resultPublic; }
    Publication getPublication() { return publication; }
}

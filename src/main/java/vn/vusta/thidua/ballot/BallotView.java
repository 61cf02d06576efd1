package vn.vusta.thidua.ballot;

import java.time.Instant;
import java.util.List;

/**
 * A ballot as pages, the API and the meeting module read it: never who voted what, only how many of the electorate
 * have voted ({@code votedCount}, the number of ballots in the box for a paper ballot).
 */
public record BallotView(long id, Long parentId, Long meetingId, Long clusterId, int year, Long managerUnitId, BallotPurpose purpose,
                         String question, BallotKind kind, int maxChoices, List<Candidate> candidates, DecisionRule rule,
                         int membersCount, int presentCount, BallotStatus status, Instant closesAt, Instant openedAt,
                         Instant closedAt, boolean paper, List<Long> electorateUnitIds, int votedCount, String sealHash,
                         Outcome outcome, Publication publication, boolean resultPublic, long version) {

    /** A candidate; {@code id} is what {@link Choices} and the box name. */
    public record Candidate(long id, int position, Long unitId, String personName, String label) {}

    public BallotView {
        candidates = List.copyOf(candidates);
        electorateUnitIds = List.copyOf(electorateUnitIds);
    }

    public int electorateSize() { return electorateUnitIds.size(); }

    public boolean isOpen() { return status == BallotStatus.OPEN; }

    public boolean isClosed() { return status == BallotStatus.CLOSED; }
}

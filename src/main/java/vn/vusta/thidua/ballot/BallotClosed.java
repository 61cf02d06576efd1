package vn.vusta.thidua.ballot;

import java.util.List;

/**
 * A ballot was closed and counted. {@code outcome} is an {@link Outcome} name. Carries nothing about who voted or how.
 */
public record BallotClosed(long ballotId, Long meetingId, BallotPurpose purpose, Long clusterId, int year, List<Long> winnerUnitIds,
                           String outcome) {
    public BallotClosed {
        winnerUnitIds = winnerUnitIds == null ? List.of() : List.copyOf(winnerUnitIds);
    }
}

package vn.vusta.thidua.ballot;

import java.time.Instant;
import java.util.List;

/**
 * A new ballot. {@code meetingId} null: a stand-alone ballot (the council). {@code managerUnitId}: the unit whose
 * officers manage it (null: the office only). {@code electorateUnitIds}: one vote per unit (the meeting passes the
 * present member units; empty with a cluster: every member unit of the cluster's year). {@code membersCount} and
 * {@code presentCount} are the denominators {@link Denominator#ALL_MEMBERS} and {@link Denominator#MEMBERS_PRESENT}.
 * {@code maxChoices}: k for choose-up-to-k, the seats for yes/no (0: as many as candidates), ignored for ranked choice.
 */
public record BallotSpec(Long meetingId, Long clusterId, int year, Long managerUnitId, BallotPurpose purpose, String question,
                         BallotKind kind, int maxChoices, List<CandidateSpec> candidates, List<Long> electorateUnitIds,
                         int membersCount, int presentCount, DecisionRule rule, Instant closesAt) {
    public BallotSpec {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
        electorateUnitIds = electorateUnitIds == null ? List.of() : List.copyOf(electorateUnitIds);
    }
}

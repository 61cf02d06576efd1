package vn.vusta.thidua.ballot;

import java.util.List;

/**
 * The tally of a paper ballot entered by the secretary: ballots cast (in the box), invalid ones among them, and per
 * candidate the votes ({@code yes}; for yes/no/abstain also {@code no} and {@code abstain}).
 */
public record PaperCounts(int cast, int invalid, List<Count> counts) {
    public record Count(long candidateId, int yes, int no, int abstain) {
        public static Count votes(long candidateId, int votes) { return new Count(candidateId, votes, 0, 0); }
    }

    public PaperCounts {
        counts = counts == null ? List.of() : List.copyOf(counts);
    }
}

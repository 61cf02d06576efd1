package vn.vusta.thidua.ballot;

import java.util.HashSet;

import vn.vusta.thidua.common.BusinessRuleException;

/** A paper tally must add up: no more ballots than voters, votes within the valid ballots and the k-limit. */
final class PaperCheck {
    private PaperCheck() {}

    static void check(BallotView ballot, PaperCounts counts) {
        if (ballot.kind() == BallotKind.RANKED_CHOICE) throw new BusinessRuleException("ballot.paper.ranked");
        if (counts.cast() < 0 || counts.invalid() < 0 || counts.invalid() > counts.cast()) throw new BusinessRuleException("ballot.paper.invalid");
        if (counts.cast() > ballot.electorateSize()) throw new BusinessRuleException("ballot.paper.tooMany", ballot.electorateSize());
        int valid = counts.cast() - counts.invalid();
        var known = new HashSet<Long>();
        ballot.candidates().forEach(c -> known.add(c.id()));
        var seen = new HashSet<Long>();
        long total = 0;
        for (var c : counts.counts()) {
            if (!known.contains(c.candidateId()) || !seen.add(c.candidateId())) throw new BusinessRuleException("ballot.choice.unknown");
            if (c.yes() < 0 || c.no() < 0 || c.abstain() < 0) throw new BusinessRuleException("ballot.paper.negative");
            if (ballot.kind() == BallotKind.CHOOSE_UP_TO_K && (c.no() != 0 || c.abstain() != 0)) throw new BusinessRuleException("ballot.paper.negative");
            if (c.yes() + c.no() + c.abstain() > valid) throw new BusinessRuleException("ballot.paper.overValid", valid);
            total += c.yes();
        }
        if (ballot.kind() == BallotKind.CHOOSE_UP_TO_K && total > (long) valid * ballot.maxChoices()) {
            throw new BusinessRuleException("ballot.paper.overK", valid * ballot.maxChoices());
        }
    }
}

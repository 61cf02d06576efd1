package vn.vusta.thidua.ballot;

import java.time.Instant;
import java.util.HashSet;

import vn.vusta.thidua.common.BusinessRuleException;

/** The rules a new ballot must meet, each refusal with a message key the user can act on. */
final class BallotSpecCheck {
    private BallotSpecCheck() {}

    static void check(BallotSpec s, Instant now) {
        if (s.purpose() == null || s.kind() == null || s.rule() == null) throw new BusinessRuleException("ballot.spec.incomplete");
        if (s.question() == null || s.question().isBlank()) throw new BusinessRuleException("ballot.spec.question");
        if (s.question().strip().length() > 1000) throw new BusinessRuleException("ballot.spec.questionLong");
        if (s.year() < 2000 || s.year() > 2100) throw new BusinessRuleException("ballot.spec.year");
        if (s.candidates().isEmpty()) throw new BusinessRuleException("ballot.spec.noCandidates");
        var units = new HashSet<Long>();
        for (var c : s.candidates()) {
            if (c.label() == null || c.label().isBlank() || c.label().strip().length() > 300) throw new BusinessRuleException("ballot.spec.label");
            if (c.unitId() != null && !units.add(c.unitId())) throw new BusinessRuleException("ballot.spec.duplicateCandidate");
        }
        if (s.kind() == BallotKind.CHOOSE_UP_TO_K && (s.maxChoices() < 1 || s.maxChoices() > s.candidates().size())) {
            throw new BusinessRuleException("ballot.spec.maxChoices", s.candidates().size());
        }
        if (s.kind() == BallotKind.RANKED_CHOICE && s.candidates().size() < 2) throw new BusinessRuleException("ballot.spec.rankedTwo");
        if (s.electorateUnitIds().isEmpty()) throw new BusinessRuleException("ballot.spec.electorate");
        if (s.membersCount() < 0 || s.presentCount() < 0 || s.presentCount() > s.membersCount() && s.membersCount() > 0) {
            throw new BusinessRuleException("ballot.spec.counts");
        }
        if (s.rule().denominator() == Denominator.MEMBERS_PRESENT && s.presentCount() == 0
                || s.rule().denominator() == Denominator.ALL_MEMBERS && s.membersCount() == 0) {
            throw new BusinessRuleException("ballot.spec.denominator");
        }
        if (s.closesAt() != null && !s.closesAt().isAfter(now)) throw new BusinessRuleException("ballot.open.closesInPast");
    }
}

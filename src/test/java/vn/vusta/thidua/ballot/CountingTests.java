package vn.vusta.thidua.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import vn.vusta.thidua.common.BusinessRuleException;

/**
 * Every threshold, denominator and tie-break step on small boxes, with the edge cases a cluster meets: all abstain,
 * everyone for one candidate, too few present for the rule, a tie broken by re-vote, score and rotation, and the
 * run-off round by round. Candidates 11, 12, 13 are units 101, 102, 103.
 */
class CountingTests {
    static final long A = 11, B = 12, C = 13;

    static BallotView ballot(BallotKind kind, int k, DecisionRule rule, Long parentId, int members, int present) {
        var candidates = List.of(new BallotView.Candidate(A, 1, 101L, null, "A"), new BallotView.Candidate(B, 2, 102L, null, "B"),
                new BallotView.Candidate(C, 3, 103L, null, "C"));
        return new BallotView(1, parentId, null, 5L, 2031, null, BallotPurpose.ACCLAIM_LEADER, "?", kind, k, candidates, rule, members, present,
                BallotStatus.CLOSED, null, null, null, false, List.of(101L, 102L, 103L, 104L, 105L, 106L), 6, null, null, Publication.FULL, false, 0);
    }

    static BallotResult count(BallotView b, TieBreakFacts facts, String... box) { return new Counting(b, facts).count(List.of(box)); }

    static List<String> times(int n, String choices) { return Collections.nCopies(n, choices); }

    static String[] box(List<String>... parts) {
        var all = new ArrayList<String>();
        for (var p : parts) all.addAll(p);
        return all.toArray(String[]::new);
    }

    static TieBreakFacts facts(Map<Long, BigDecimal> scores, Map<Long, Integer> led) {
        return new TieBreakFacts() {
            @Override public Optional<Map<Long, BigDecimal>> finalScores() { return Optional.ofNullable(scores); }
            @Override public Map<Long, Integer> lastLed() { return led; }
        };
    }

    @Test
    void everyoneForOneCandidateDecides() {
        var r = count(ballot(BallotKind.CHOOSE_UP_TO_K, 1, DecisionRule.majorityOfVotesCast(), null, 7, 6), TieBreakFacts.NONE, box(times(6, "11")));
        assertThat(r.outcome()).isEqualTo(Outcome.DECIDED);
        assertThat(r.winners()).containsExactly(A);
        assertThat(r.winnerUnitIds()).containsExactly(101L);
        assertThat(r.of(A).votes()).isEqualTo(6);
        assertThat(r.denominator()).isEqualTo(6);
    }

    @Test
    void allAbstainingMeansNoWinnerUnderEveryRule() {
        for (var rule : List.of(DecisionRule.majorityOfVotesCast(), DecisionRule.plurality(), DecisionRule.twoThirdsOfMembersPresent())) {
            var r = count(ballot(BallotKind.CHOOSE_UP_TO_K, 1, rule, null, 7, 6), TieBreakFacts.NONE, box(times(6, "")));
            assertThat(r.outcome()).as(rule.toString()).isEqualTo(Outcome.NO_WINNER);
            assertThat(r.blank()).isEqualTo(6);
            assertThat(r.winners()).isEmpty();
        }
        var yesNo = count(ballot(BallotKind.YES_NO_ABSTAIN, 3, DecisionRule.majorityOfVotesCast(), null, 7, 6), TieBreakFacts.NONE,
                box(times(6, "11=A,12=A,13=A")));
        assertThat(yesNo.outcome()).isEqualTo(Outcome.NO_WINNER);
        assertThat(yesNo.blank()).isEqualTo(6);
        assertThat(yesNo.of(A).abstain()).isEqualTo(6);
    }

    @Test
    void moreThanHalfOfVotesCastNeedsAStrictMajorityCountingBlankBallots() {
        var rule = DecisionRule.majorityOfVotesCast();
        assertThat(count(ballot(BallotKind.CHOOSE_UP_TO_K, 1, rule, null, 7, 6), TieBreakFacts.NONE,
                box(times(3, "11"), times(3, ""))).outcome()).isEqualTo(Outcome.NO_WINNER);
        var four = count(ballot(BallotKind.CHOOSE_UP_TO_K, 1, rule, null, 7, 6), TieBreakFacts.NONE, box(times(4, "11"), times(2, "")));
        assertThat(four.outcome()).isEqualTo(Outcome.DECIDED);
        assertThat(four.winners()).containsExactly(A);
    }

    @Test
    void twoThirdsOfMembersPresentCountsThePresentNotTheBallots() {
        var rule = DecisionRule.twoThirdsOfMembersPresent();
        // 6 present, only 4 voted: 4 ≥ 2/3 of 6.
        assertThat(count(ballot(BallotKind.CHOOSE_UP_TO_K, 1, rule, null, 7, 6), TieBreakFacts.NONE, box(times(4, "12"))).winners()).containsExactly(B);
        // 3 of 6 present: not enough even though all 3 ballots chose B.
        var three = count(ballot(BallotKind.CHOOSE_UP_TO_K, 1, rule, null, 7, 6), TieBreakFacts.NONE, box(times(3, "12")));
        assertThat(three.outcome()).isEqualTo(Outcome.NO_WINNER);
        assertThat(three.denominator()).isEqualTo(6);
    }

    @Test
    void ninetyPercentOfAllMembersFailsWhenTooFewAttend() {
        var rule = DecisionRule.ninetyPercentOfAllMembers();
        // Quorum for this rule not reached: 6 of 7 members present, all 6 for A, 6 < 0.9 × 7.
        var r = count(ballot(BallotKind.CHOOSE_UP_TO_K, 1, rule, null, 7, 6), TieBreakFacts.NONE, box(times(6, "11")));
        assertThat(r.outcome()).isEqualTo(Outcome.NO_WINNER);
        assertThat(r.denominator()).isEqualTo(7);
        var ten = ballot(BallotKind.CHOOSE_UP_TO_K, 1, rule, null, 10, 10);
        assertThat(count(ten, TieBreakFacts.NONE, box(times(9, "11"), times(1, "12"))).winners()).containsExactly(A);
    }

    @Test
    void aTieIsReVotedFirst() {
        var r = count(ballot(BallotKind.CHOOSE_UP_TO_K, 1, DecisionRule.plurality(), null, 7, 6), TieBreakFacts.NONE,
                box(times(3, "11"), times(3, "12")));
        assertThat(r.outcome()).isEqualTo(Outcome.REVOTE_NEEDED);
        assertThat(r.tied()).containsExactlyInAnyOrder(A, B);
        assertThat(r.winners()).isEmpty();
        assertThat(r.tieBreaks()).extracting(BallotResult.TieBreakNote::effect).containsExactly("REVOTE_NEEDED");
    }

    /** The presets' majority rule: a 3–3 at the top reaches nobody's majority, yet it is a tie, and the rule re-votes first. */
    @Test
    void leadersTiedBelowTheMajorityAreReVotedAmongThemselves() {
        var rule = DecisionRule.majorityOfVotesCast();
        var r = count(ballot(BallotKind.CHOOSE_UP_TO_K, 1, rule, null, 7, 6), TieBreakFacts.NONE, box(times(3, "11"), times(3, "12")));
        assertThat(r.outcome()).isEqualTo(Outcome.REVOTE_NEEDED);
        assertThat(r.tied()).containsExactly(A, B);
        assertThat(r.winners()).isEmpty();
        assertThat(r.tieBreaks()).extracting(BallotResult.TieBreakNote::effect).containsExactly("REVOTE_NEEDED");
        // 2–2–2: all three lead together; 2–2–1–1 (one blank): the two leaders.
        assertThat(count(ballot(BallotKind.CHOOSE_UP_TO_K, 1, rule, null, 7, 6), TieBreakFacts.NONE,
                box(times(2, "11"), times(2, "12"), times(2, "13"))).tied()).containsExactly(A, B, C);
        assertThat(count(ballot(BallotKind.CHOOSE_UP_TO_K, 1, rule, null, 7, 6), TieBreakFacts.NONE,
                box(times(2, "11"), times(2, "12"), times(1, "13"), times(1, ""))).tied()).containsExactly(A, B);
        // No tie at the top (3–2–1): nobody has the majority and nothing is tied: no winner, no re-vote.
        var short3 = count(ballot(BallotKind.CHOOSE_UP_TO_K, 1, rule, null, 7, 6), TieBreakFacts.NONE, box(times(3, "11"), times(2, "12"), times(1, "13")));
        assertThat(short3.outcome()).isEqualTo(Outcome.NO_WINNER);
        assertThat(short3.tied()).isEmpty();
        // A rule without a re-vote does not waive its threshold for a first count.
        var noRevote = rule.withTieBreaks(List.of(TieBreakStep.HIGHER_FINAL_SCORE, TieBreakStep.LEAST_RECENTLY_LED));
        assertThat(count(ballot(BallotKind.CHOOSE_UP_TO_K, 1, noRevote, null, 7, 6), TieBreakFacts.NONE, box(times(3, "11"), times(3, "12")))
                .outcome()).isEqualTo(Outcome.NO_WINNER);
        // All blank is no tie.
        assertThat(count(ballot(BallotKind.CHOOSE_UP_TO_K, 1, rule, null, 7, 6), TieBreakFacts.NONE, box(times(6, ""))).outcome())
                .isEqualTo(Outcome.NO_WINNER);
        // The re-vote tied again at 3–3: the rule's later steps decide (here the higher final score).
        var again = count(ballot(BallotKind.CHOOSE_UP_TO_K, 1, rule, 99L, 7, 6),
                facts(Map.of(101L, new BigDecimal("91.50"), 102L, new BigDecimal("95.25")), Map.of()), box(times(3, "11"), times(3, "12")));
        assertThat(again.outcome()).isEqualTo(Outcome.DECIDED);
        assertThat(again.winners()).containsExactly(B);
        assertThat(again.tieBreaks()).extracting(BallotResult.TieBreakNote::effect).containsExactly("SKIPPED_ALREADY_REVOTED", "APPLIED");
        // ... and when they cannot either, the tie stays unresolved (never "no winner").
        var still = count(ballot(BallotKind.CHOOSE_UP_TO_K, 1, rule, 99L, 7, 6),
                facts(Map.of(101L, BigDecimal.TEN, 102L, BigDecimal.TEN), Map.of(101L, 2028, 102L, 2028)), box(times(3, "11"), times(3, "12")));
        assertThat(still.outcome()).isEqualTo(Outcome.UNRESOLVED_TIE);
        assertThat(still.tied()).containsExactlyInAnyOrder(A, B);
    }

    @Test
    void aTiedReVoteGoesToTheHigherFinalScore() {
        var revote = ballot(BallotKind.CHOOSE_UP_TO_K, 1, DecisionRule.plurality(), 99L, 7, 6);
        var r = count(revote, facts(Map.of(101L, new BigDecimal("91.50"), 102L, new BigDecimal("95.25")), Map.of()),
                box(times(3, "11"), times(3, "12")));
        assertThat(r.outcome()).isEqualTo(Outcome.DECIDED);
        assertThat(r.winners()).containsExactly(B);
        assertThat(r.tieBreaks()).extracting(BallotResult.TieBreakNote::effect).containsExactly("SKIPPED_ALREADY_REVOTED", "APPLIED");
        assertThat(r.tieBreaks().get(1).facts()).contains(new BallotResult.Fact(A, "91.50"), new BallotResult.Fact(B, "95.25"));
    }

    @Test
    void withoutAPublishedTableTheUnitThatLedLeastRecentlyWinsAndNoRecordCountsAsNeverLed() {
        var revote = ballot(BallotKind.CHOOSE_UP_TO_K, 1, DecisionRule.plurality(), 99L, 7, 6);
        var r = count(revote, facts(null, Map.of(101L, 2029)), box(times(3, "11"), times(3, "12")));
        assertThat(r.tieBreaks()).extracting(BallotResult.TieBreakNote::effect)
                .containsExactly("SKIPPED_ALREADY_REVOTED", "SKIPPED_NOT_PUBLISHED", "APPLIED");
        assertThat(r.winners()).containsExactly(B);
        var both = count(revote, facts(null, Map.of(101L, 2027, 102L, 2029)), box(times(3, "11"), times(3, "12")));
        assertThat(both.winners()).containsExactly(A);
    }

    @Test
    void equalScoresAndEqualRotationLeaveTheTieUnresolved() {
        var revote = ballot(BallotKind.CHOOSE_UP_TO_K, 1, DecisionRule.plurality(), 99L, 7, 6);
        var r = count(revote, facts(Map.of(101L, BigDecimal.TEN, 102L, BigDecimal.TEN), Map.of(101L, 2028, 102L, 2028)),
                box(times(3, "11"), times(3, "12")));
        assertThat(r.outcome()).isEqualTo(Outcome.UNRESOLVED_TIE);
        assertThat(r.tied()).containsExactlyInAnyOrder(A, B);
        assertThat(r.tieBreaks()).extracting(BallotResult.TieBreakNote::effect).containsExactly("SKIPPED_ALREADY_REVOTED", "NOT_DECISIVE", "NOT_DECISIVE");
    }

    @Test
    void aTieBreakOnlyDecidesTheSeatsLeft() {
        // Two seats: A is in with 5; B and C tie with 3 for the second seat.
        var rule = DecisionRule.plurality();
        var first = count(ballot(BallotKind.CHOOSE_UP_TO_K, 2, rule, null, 7, 6), TieBreakFacts.NONE,
                box(times(3, "11,12"), times(2, "11,13"), times(1, "13")));
        assertThat(first.outcome()).isEqualTo(Outcome.REVOTE_NEEDED);
        assertThat(first.winners()).containsExactly(A);
        assertThat(first.tied()).containsExactlyInAnyOrder(B, C);
        var steps = rule.withTieBreaks(List.of(TieBreakStep.LEAST_RECENTLY_LED));
        var byRotation = count(ballot(BallotKind.CHOOSE_UP_TO_K, 2, steps, null, 7, 6), facts(null, Map.of(102L, 2030, 103L, 2026)),
                box(times(3, "11,12"), times(2, "11,13"), times(1, "13")));
        assertThat(byRotation.winners()).containsExactly(A, C);
    }

    @Test
    void yesNoAbstainPassesEachCandidateOnItsOwnYesVotes() {
        var r = count(ballot(BallotKind.YES_NO_ABSTAIN, 3, DecisionRule.majorityOfVotesCast(), null, 7, 6), TieBreakFacts.NONE,
                box(times(4, "11=Y,12=N,13=A"), times(2, "11=N,12=Y,13=A")));
        assertThat(r.outcome()).isEqualTo(Outcome.DECIDED);
        assertThat(r.winners()).containsExactly(A);
        assertThat(r.of(A)).isEqualTo(new BallotResult.Tally(A, 4, 2, 0));
        assertThat(r.of(B)).isEqualTo(new BallotResult.Tally(B, 2, 4, 0));
        var plurality = count(ballot(BallotKind.YES_NO_ABSTAIN, 3, DecisionRule.plurality(), null, 7, 6), TieBreakFacts.NONE,
                box(times(2, "11=Y,12=N,13=A"), times(1, "11=N,12=Y,13=A"), times(3, "11=A,12=A,13=A")));
        assertThat(plurality.winners()).containsExactly(A);
    }

    @Test
    void rankedChoiceRunsOffRoundByRound() {
        // Round 1: A 3, B 2, C 2 → B and C tie for last; together they could overtake A, so earlier rounds can't help → not a batch.
        // With C 1 instead: C goes out, its ballot moves to B: A 3, B 3 → tie → re-vote.
        var rule = DecisionRule.majorityOfVotesCast();
        var b = ballot(BallotKind.RANKED_CHOICE, 3, rule, null, 7, 7);
        var r = count(b, TieBreakFacts.NONE, box(times(3, "11>12"), times(2, "12>13"), times(2, "13>12")));
        // Round 1: A3 B2 C2; B and C tied last with 4 together ≥ A's 3: cannot eliminate both → re-vote among all.
        assertThat(r.outcome()).isEqualTo(Outcome.REVOTE_NEEDED);
        var clear = count(b, TieBreakFacts.NONE, box(times(3, "11>12"), times(3, "12>13"), times(1, "13>12")));
        assertThat(clear.rounds()).hasSize(2);
        assertThat(clear.rounds().get(0).eliminated()).containsExactly(C);
        assertThat(clear.rounds().get(1).counts()).extracting(BallotResult.Tally::votes).containsExactly(3, 4);
        assertThat(clear.winners()).containsExactly(B);
        var exhausted = count(b, TieBreakFacts.NONE, box(times(3, "11"), times(2, "12"), times(1, "13")));
        assertThat(exhausted.rounds().get(1).exhausted()).isEqualTo(1);
        assertThat(exhausted.outcome()).isEqualTo(Outcome.DECIDED);
        assertThat(exhausted.winners()).containsExactly(A);
    }

    @Test
    void choicesAreCheckedAgainstTheBallot() {
        var b = ballot(BallotKind.CHOOSE_UP_TO_K, 1, DecisionRule.majorityOfVotesCast(), null, 7, 6);
        assertThat(ChoiceCodec.encode(b, 104L, Choices.select(12L))).isEqualTo("12");
        assertThat(ChoiceCodec.encode(b, 104L, Choices.blank())).isEmpty();
        assertThatThrownBy(() -> ChoiceCodec.encode(b, 104L, Choices.select(11L, 12L))).hasMessage("ballot.choice.tooMany");
        assertThatThrownBy(() -> ChoiceCodec.encode(b, 101L, Choices.select(11L))).hasMessage("ballot.choice.self");
        assertThatThrownBy(() -> ChoiceCodec.encode(b, 104L, Choices.select(99L))).hasMessage("ballot.choice.unknown");
        var self = ballot(BallotKind.CHOOSE_UP_TO_K, 1, DecisionRule.majorityOfVotesCast().withSelfVote(true), null, 7, 6);
        assertThat(ChoiceCodec.encode(self, 101L, Choices.select(11L))).isEqualTo("11");
        var yn = ballot(BallotKind.YES_NO_ABSTAIN, 3, DecisionRule.majorityOfVotesCast(), null, 7, 6);
        assertThat(ChoiceCodec.encode(yn, 101L, Choices.answers(Map.of(C, Choices.Answer.NO, B, Choices.Answer.YES)))).isEqualTo("11=A,12=Y,13=N");
        assertThatThrownBy(() -> ChoiceCodec.encode(yn, 101L, Choices.answers(Map.of(A, Choices.Answer.YES)))).isInstanceOf(BusinessRuleException.class);
        var ranked = ballot(BallotKind.RANKED_CHOICE, 3, DecisionRule.majorityOfVotesCast(), null, 7, 6);
        assertThat(ChoiceCodec.encode(ranked, 104L, Choices.ranked(List.of(C, A)))).isEqualTo("13>11");
        assertThatThrownBy(() -> ChoiceCodec.encode(ranked, 104L, Choices.ranked(List.of(C, C)))).hasMessage("ballot.choice.duplicate");
    }

    @Test
    void theSealFollowsTheDocumentedFormula() {
        var entries = List.of(new Seal.Entry("ff", "12"), new Seal.Entry("0a", ""));
        assertThat(Seal.of(7, entries)).isEqualTo(Seal.sha256("ballot:7\n0a:\nff:12\n"))
                .isEqualTo("%064x".formatted(new java.math.BigInteger(1, sha("ballot:7\n0a:\nff:12\n"))));
        assertThat(Seal.ofPaper(7, new PaperCounts(6, 1, List.of(PaperCounts.Count.votes(12, 3), PaperCounts.Count.votes(11, 2)))))
                .isEqualTo(Seal.sha256("ballot:7\npaper\ncast:6\ninvalid:1\n11:2/0/0\n12:3/0/0\n"));
    }

    static byte[] sha(String s) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

package vn.vusta.thidua.ballot;

import java.util.List;

/**
 * When a candidate is chosen: {@code threshold} of {@code denominator}; whether a unit's ballot may select the unit
 * itself (default not); and the tie-break sequence when more candidates qualify with equal votes than seats are left.
 */
public record DecisionRule(Threshold threshold, Denominator denominator, boolean selfVoteAllowed, List<TieBreakStep> tieBreaks) {
    public static final List<TieBreakStep> USUAL_TIE_BREAKS =
            List.of(TieBreakStep.REVOTE, TieBreakStep.HIGHER_FINAL_SCORE, TieBreakStep.LEAST_RECENTLY_LED);

    public DecisionRule {
        if (threshold == null || denominator == null) throw new IllegalArgumentException("threshold and denominator are required");
        tieBreaks = tieBreaks == null ? List.of() : List.copyOf(tieBreaks);
        if (tieBreaks.stream().distinct().count() != tieBreaks.size()) throw new IllegalArgumentException("tie-break steps repeat");
    }

    /** Quá 1/2 số phiếu bầu; no self-vote; re-vote, then score, then least recently led. */
    public static DecisionRule majorityOfVotesCast() {
        return new DecisionRule(Threshold.MORE_THAN_HALF, Denominator.VOTES_CAST, false, USUAL_TIE_BREAKS);
    }

    /** Quá 1/2 số thành viên có mặt. */
    public static DecisionRule majorityOfMembersPresent() {
        return new DecisionRule(Threshold.MORE_THAN_HALF, Denominator.MEMBERS_PRESENT, false, USUAL_TIE_BREAKS);
    }

    /** Từ 2/3 số thành viên có mặt trở lên. */
    public static DecisionRule twoThirdsOfMembersPresent() {
        return new DecisionRule(Threshold.AT_LEAST_TWO_THIRDS, Denominator.MEMBERS_PRESENT, false, USUAL_TIE_BREAKS);
    }

    /** Từ 90 % tổng số thành viên trở lên (acclaim). */
    public static DecisionRule ninetyPercentOfAllMembers() {
        return new DecisionRule(Threshold.AT_LEAST_NINETY_PERCENT, Denominator.ALL_MEMBERS, false, USUAL_TIE_BREAKS);
    }

    /** Nhiều phiếu nhất; no self-vote; re-vote, then score, then least recently led. */
    public static DecisionRule plurality() {
        return new DecisionRule(Threshold.PLURALITY, Denominator.VOTES_CAST, false, USUAL_TIE_BREAKS);
    }

    public DecisionRule withSelfVote(boolean allowed) { return new DecisionRule(threshold, denominator, allowed, tieBreaks); }

    public DecisionRule withTieBreaks(List<TieBreakStep> steps) { return new DecisionRule(threshold, denominator, selfVoteAllowed, steps); }
}

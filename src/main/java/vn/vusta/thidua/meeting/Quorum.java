package vn.vusta.thidua.meeting;

/** Attendance against the meeting's rule: {@code present} of {@code members} units, {@code needed} to decide. */
public record Quorum(QuorumRule rule, int present, int members, int needed) {
    public static Quorum of(QuorumRule rule, int present, int members) {
        return new Quorum(rule, present, members, rule.needed(members));
    }

    public boolean reached() { return rule.reached(present, members); }
}

package vn.vusta.thidua.ballot;

/** A candidate on a new ballot: a unit ({@code unitId}), a person ({@code personName}) or an option, shown as {@code label}. */
public record CandidateSpec(Long unitId, String personName, String label) {
    public static CandidateSpec unit(long unitId, String label) { return new CandidateSpec(unitId, null, label); }

    public static CandidateSpec person(String name) { return new CandidateSpec(null, name, name); }
}

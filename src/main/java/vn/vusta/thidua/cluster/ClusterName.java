package vn.vusta.thidua.cluster;

/**
 * A cluster-year as lists and choices name it, without members: its id, code, year, name, level and its owner (when
 * asked for): the union of an internal cluster, whose code and name repeat across unions ("MAU-01", "Cụm thi đua số 1")
 * but are unique within the union.
 */
public record ClusterName(long id, String code, int year, String name, ClusterLevel level, UnitRef owner) {
    /** The owner's short name, or null (a VUSTA cluster, or the owner not asked for). */
    public String ownerName() { return owner == null ? null : owner.shortName(); }
}

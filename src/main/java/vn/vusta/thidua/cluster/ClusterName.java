package vn.vusta.thidua.cluster;

/**
 * A cluster-year as lists and choices name it, without members: its id, code, year, name, level and the short name of
 * its owner (when asked for) (the union of an internal cluster, whose code and name repeat across unions: "MAU-01", "Cụm thi đua số 1").
 */
public record ClusterName(long id, String code, int year, String name, ClusterLevel level, String ownerName) {}

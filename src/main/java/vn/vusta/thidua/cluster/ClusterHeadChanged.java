package vn.vusta.thidua.cluster;

/** Published when the head or deputy of a cluster's year is recorded. */
public record ClusterHeadChanged(String clusterCode, int year, Long headUnitId, Long deputyUnitId) {}

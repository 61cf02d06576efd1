package vn.vusta.thidua.cluster;

/** VUSTA's clusters of provincial unions, or a provincial union's internal clusters. Never ranked across levels. */
public enum ClusterLevel { VUSTA, PROVINCIAL }

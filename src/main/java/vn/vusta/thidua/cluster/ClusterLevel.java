package vn.vusta.thidua.cluster;

/**
 * The three levels of clusters, never ranked across (domain.md §3): the Central Emulation-Commendation Council's
 * cluster that VUSTA belongs to, VUSTA's clusters of provincial unions (and blocks of associations), and a provincial
 * union's internal clusters of its member organisations.
 */
public enum ClusterLevel { CENTRAL, VUSTA, PROVINCIAL }

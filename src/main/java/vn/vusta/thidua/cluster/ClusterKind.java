package vn.vusta.thidua.cluster;

public enum ClusterKind { CLUSTER, BLOCK }

package vn.vusta.thidua.cluster;

import jakarta.validation.constraints.Size;

/** A new cluster or block for a year: VUSTA's own, or a provincial union's internal one. */
record NewClusterForm(@Size(max = 40, message = "{validation.maxLength}") String code, Integer year,
                      @Size(max = 200, message = "{validation.maxLength}") String name,
                      ClusterKind kind, ClusterLevel level, Long ownerUnitId) {}

package vn.vusta.thidua.campaign;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The final scores of a cluster's published league table, for other modules (a ballot's tie-break on the higher final
 * score). Empty when no campaign of that year has published a table for the cluster.
 */
public interface PublishedScores {
    /** Final total per unit id in the published table of cluster-year {@code clusterId} in {@code year}. */
    Optional<Map<Long, BigDecimal>> finalScores(long clusterId, int year);
}

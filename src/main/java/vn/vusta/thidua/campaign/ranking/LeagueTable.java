package vn.vusta.thidua.campaign.ranking;

import java.math.BigDecimal;
import java.util.List;

import vn.vusta.thidua.campaign.assessment.ScoreSheetStatus;
import vn.vusta.thidua.campaign.assessment.TotalsTree;

/**
 * A cluster's league table (bảng tổng hợp kết quả chấm điểm) in one campaign: members in rank order with the final
 * subtotal of every top-level group, and the self, review and final totals. {@code published} false: provisional.
 * {@code clusterOwner} is the union of an internal cluster (null for VUSTA's clusters).
 */
public record LeagueTable(long campaignId, int year, String campaignName, boolean published, TieBreak tieBreak,
                          long clusterId, String clusterCode, String clusterName, Unit clusterOwner, List<TotalsTree.Group> groups,
                          BigDecimal maxTotal, List<Row> rows) {

    public record Unit(long id, String code, String name, String shortName) {}

    public record Row(Integer rank, boolean shared, Unit unit, BigDecimal self, BigDecimal review, BigDecimal fin,
                      List<BigDecimal> groups, ScoreSheetStatus status) {}
}

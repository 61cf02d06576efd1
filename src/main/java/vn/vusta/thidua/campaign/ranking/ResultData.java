package vn.vusta.thidua.campaign.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.campaign.assessment.ScoreSheetStatus;
import vn.vusta.thidua.campaign.assessment.SheetTotals;
import vn.vusta.thidua.campaign.assessment.TotalsTree;

/**
 * Reads the points of every sheet of a campaign (or of one cluster) in ONE statement, however many sheets and
 * criteria there are: the raw material of league tables, the comparison and the bulk recompute.
 */
@Component
class ResultData {
    private final JdbcTemplate jdbc;

    ResultData(JdbcTemplate jdbc) { this.jdbc = jdbc; }

    /** One unit's sheet: what it holds per leaf criterion id (points of the three columns, the review's value). */
    record SheetPoints(long sheetId, long clusterId, long unitId, ScoreSheetStatus status, String reviewedBy, Map<Long, TotalsTree.Entry> entries) {
        SheetPoints(long sheetId, long clusterId, long unitId, ScoreSheetStatus status, String reviewedBy) {
            this(sheetId, clusterId, unitId, status, reviewedBy, new HashMap<>());
        }

        /** This sheet as the totals ({@link TotalsTree}) read it. */
        TotalsTree.Sheet input() {
            return new TotalsTree.Sheet(sheetId, unitId, clusterId, status.ordinal() >= ScoreSheetStatus.REVIEWED.ordinal(), entries);
        }

        /** The ranking's view of this sheet, from its totals over the tree: a ranked unit has every group's subtotal. */
        Standing standing(TotalsTree tree, SheetTotals.Totals t) {
            var fin = t.total().fin();
            var groups = t.groups().stream().map(g -> g.points().fin() == null && fin != null ? BigDecimal.ZERO.setScale(2) : g.points().fin()).toList();
            return new Standing(unitId, t.total().self(), t.total().review(), fin, groups, tree.penalties(t));
        }
    }

    /** The standings of these sheets (relative-to-best criteria against each sheet's cluster among them), in their order. */
    static List<Standing> standings(TotalsTree tree, List<SheetPoints> sheets) {
        var totals = tree.totals(sheets.stream().map(SheetPoints::input).toList());
        return sheets.stream().map(s -> s.standing(tree, totals.get(s.sheetId()))).toList();
    }

    private static final String SQL = """
            select s.id, s.cluster_id, s.unit_id, s.status, s.reviewed_by, e.criterion_id, e.self_score, e.review_value, e.review_score,
              e.final_score
            from score_sheet s left join score_entry e on e.score_sheet_id = s.id
            where s.campaign_id = ?""";

    List<SheetPoints> ofCampaign(long campaignId) { return read(SQL + " order by s.id", campaignId); }

    List<SheetPoints> ofCluster(long campaignId, long clusterId) {
        return read(SQL + " and s.cluster_id = ? order by s.id", campaignId, clusterId);
    }

    /** The clusters that hold a sheet of the campaign. */
    List<Long> clusterIds(long campaignId) {
        return jdbc.queryForList("select distinct cluster_id from score_sheet where campaign_id = ?", Long.class, campaignId);
    }

    /** Which of these clusters hold a sheet of the campaign (one statement). */
    List<Long> clusterIdsAmong(long campaignId, List<Long> clusterIds) {
        if (clusterIds.isEmpty()) return List.of();
        var args = new ArrayList<Object>(clusterIds.size() + 1);
        args.add(campaignId);
        args.addAll(clusterIds);
        var marks = String.join(", ", java.util.Collections.nCopies(clusterIds.size(), "?"));
        return jdbc.queryForList("select distinct cluster_id from score_sheet where campaign_id = ? and cluster_id in (" + marks + ")", Long.class,
                args.toArray());
    }

    java.util.Optional<Long> clusterOfUnit(long campaignId, long unitId) {
        return jdbc.queryForList("select cluster_id from score_sheet where campaign_id = ? and unit_id = ?", Long.class, campaignId, unitId)
                .stream().findFirst();
    }

    private List<SheetPoints> read(String sql, Object... args) {
        var sheets = new LinkedHashMap<Long, SheetPoints>();
        jdbc.query(sql, rs -> {
            long id = rs.getLong(1);
            var sheet = sheets.computeIfAbsent(id, k -> {
                try {
                    return new SheetPoints(id, rs.getLong(2), rs.getLong(3), ScoreSheetStatus.valueOf(rs.getString(4)), rs.getString(5));
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            long criterion = rs.getLong(6);
            if (rs.wasNull()) return;
            sheet.entries().put(criterion, new TotalsTree.Entry(rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBigDecimal(10)));
        }, args);
        return new ArrayList<>(sheets.values());
    }
}

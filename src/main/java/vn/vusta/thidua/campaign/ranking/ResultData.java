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

/**
 * Reads the points of every sheet of a campaign (or of one cluster) in ONE statement, however many sheets and
 * criteria there are: the raw material of league tables, the comparison and the bulk recompute.
 */
@Component
class ResultData {
    private final JdbcTemplate jdbc;

    ResultData(JdbcTemplate jdbc) { this.jdbc = jdbc; }

    /** One unit's sheet: its points per leaf criterion id in the three columns. */
    record SheetPoints(long sheetId, long clusterId, long unitId, ScoreSheetStatus status, String reviewedBy,
                       Map<Long, BigDecimal> self, Map<Long, BigDecimal> review, Map<Long, BigDecimal> fin) {
        SheetPoints(long sheetId, long clusterId, long unitId, ScoreSheetStatus status, String reviewedBy) {
            this(sheetId, clusterId, unitId, status, reviewedBy, new HashMap<>(), new HashMap<>(), new HashMap<>());
        }

        /** The ranking's view of this sheet over the tree. */
        Standing standing(SheetTree tree) {
            var f = tree.totals(fin);
            return new Standing(unitId, tree.totals(self).total(), tree.totals(review).total(), f.total(), f.groups(), tree.penalties(fin));
        }
    }

    private static final String SQL = """
            select s.id, s.cluster_id, s.unit_id, s.status, s.reviewed_by, e.criterion_id, e.self_score, e.review_score, e.final_score
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
            sheet.self().put(criterion, rs.getBigDecimal(7));
            sheet.review().put(criterion, rs.getBigDecimal(8));
            sheet.fin().put(criterion, rs.getBigDecimal(9));
        }, args);
        return new ArrayList<>(sheets.values());
    }
}

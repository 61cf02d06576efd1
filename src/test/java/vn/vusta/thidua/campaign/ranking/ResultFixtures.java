package vn.vusta.thidua.campaign.ranking;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.vusta.thidua.campaign.Campaign;
import vn.vusta.thidua.campaign.Campaigns;
import vn.vusta.thidua.campaign.Deadlines;
import vn.vusta.thidua.campaign.assessment.ScoreSheet;
import vn.vusta.thidua.campaign.assessment.ScoreSheets;
import vn.vusta.thidua.campaign.sheet.CriterionSpec;
import vn.vusta.thidua.campaign.sheet.CriterionType;
import vn.vusta.thidua.campaign.sheet.ScoringSheet;
import vn.vusta.thidua.campaign.sheet.ScoringSheets;
import vn.vusta.thidua.cluster.ClusterKind;
import vn.vusta.thidua.cluster.ClusterLevel;

/**
 * Campaigns built with the core classes for the ranking's tests: a sheet of two judged groups (I: 60, II: 40), an open
 * campaign, and a sheet per unit reviewed with the given points of group I and II (final unless told otherwise).
 * Each campaign has its own owner unit, so that it never collides with the demo's or another test's campaign.
 */
record ResultFixtures(JdbcTemplate jdbc, TransactionTemplate tx, ScoringSheets sheets, Campaigns campaigns, ScoreSheets scoreSheets) {

    long unit(String code) { return jdbc.queryForObject("select id from unit where code = ?", Long.class, code); }

    long cluster(String code, int year) {
        return jdbc.queryForObject("select id from cluster where code = ? and cluster_year = ? and level = 'VUSTA'", Long.class, code, year);
    }

    List<Long> members(long clusterId) {
        return jdbc.queryForList("select unit_id from cluster_member where cluster_id = ? order by unit_id", Long.class, clusterId);
    }

    /** An open campaign of {@code year} owned by {@code ownerCode} with the two-group sheet. */
    long campaign(int year, String ownerCode, String tieBreak) { return campaign(year, ownerCode, tieBreak, ClusterLevel.VUSTA); }

    /** The same at a level: {@code PROVINCIAL} for a union's (or a national) campaign of internal clusters. */
    long campaign(int year, String ownerCode, String tieBreak, ClusterLevel level) {
        return tx.execute(s -> {
            var sheet = new ScoringSheet("KQ-" + ownerCode + "-" + year + "-" + System.nanoTime() % 100000, 1, "Bảng điểm thử", ClusterLevel.VUSTA,
                    unit("LHHVN"), LocalDate.of(year, 1, 1));
            var g1 = sheet.add(null, new CriterionSpec("I", "Công tác tổ chức", null, CriterionType.GROUP, null, new BigDecimal("60"), null, false, null));
            sheet.add(g1, new CriterionSpec("I.1", "Tổ chức", null, CriterionType.JUDGED, null, new BigDecimal("60"), null, false, null));
            var g2 = sheet.add(null, new CriterionSpec("II", "Tư vấn, phản biện", null, CriterionType.GROUP, null, new BigDecimal("40"), null, false, null));
            sheet.add(g2, new CriterionSpec("II.1", "Phản biện", null, CriterionType.JUDGED, null, new BigDecimal("40"), null, false, null));
            sheets.save(sheet);
            var c = new Campaign(year, "Thi đua thử " + year + " " + ownerCode, level, ClusterKind.CLUSTER, unit(ownerCode));
            c.useSheet(sheet.getId());
            c.schedule(new Deadlines(LocalDate.of(year, 3, 31), LocalDate.of(year, 6, 30), LocalDate.of(year, 9, 30),
                    LocalDate.of(year, 11, 30), LocalDate.of(year, 12, 10), LocalDate.of(year, 12, 11), LocalDate.of(year, 12, 20),
                    LocalDate.of(year, 12, 31)));
            c.configureReview(c.getReviewMode(), tieBreak);
            c.open("vanphong.demo", Instant.parse(year + "-01-05T02:00:00Z"));
            return campaigns.save(c).getId();
        });
    }

    /** A sheet reviewed with {@code group I, group II} points; FINAL when {@code fin}, else left REVIEWED. */
    long sheet(long campaignId, long clusterId, long unitId, String one, String two, boolean fin) {
        return tx.execute(s -> {
            var campaign = campaigns.findById(campaignId).orElseThrow();
            var leaves = sheets.withCriteria(campaign.getScoringSheetId()).orElseThrow().leaves().stream().map(c -> c.getId()).toList();
            var sheet = new ScoreSheet(campaignId, clusterId, unitId, leaves);
            var points = Map.of(leaves.get(0), new BigDecimal(one), leaves.get(1), new BigDecimal(two));
            points.forEach((id, p) -> sheet.fillSelf(id, p, p.add(BigDecimal.ONE), null));
            sheet.submit("test", Instant.parse("2024-11-30T02:00:00Z"));
            points.forEach((id, p) -> sheet.fillReview(id, p, p, null));
            sheet.completeReview("reviewer-" + clusterId, Instant.parse("2024-12-05T02:00:00Z"));
            if (fin) sheet.finalise();
            return scoreSheets.save(sheet).getId();
        });
    }

    void finaliseAll(long campaignId) {
        tx.executeWithoutResult(s -> scoreSheets.findByCampaignId(campaignId).forEach(x -> {
            if (x.getStatus() == vn.vusta.thidua.campaign.assessment.ScoreSheetStatus.REVIEWED) x.finalise();
        }));
    }
}

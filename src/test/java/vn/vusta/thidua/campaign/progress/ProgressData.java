package vn.vusta.thidua.campaign.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vusta.thidua.campaign.Campaign;
import vn.vusta.thidua.campaign.Campaigns;
import vn.vusta.thidua.campaign.Deadlines;
import vn.vusta.thidua.campaign.assessment.ScoreSheet;
import vn.vusta.thidua.campaign.assessment.ScoreSheetStatus;
import vn.vusta.thidua.campaign.assessment.ScoreSheets;
import vn.vusta.thidua.campaign.registration.Registration;
import vn.vusta.thidua.campaign.registration.Registrations;
import vn.vusta.thidua.campaign.registration.TargetSpec;
import vn.vusta.thidua.campaign.sheet.CriterionSpec;
import vn.vusta.thidua.campaign.sheet.CriterionType;
import vn.vusta.thidua.campaign.sheet.ScoringSheet;
import vn.vusta.thidua.campaign.sheet.ScoringSheets;
import vn.vusta.thidua.cluster.ClusterKind;
import vn.vusta.thidua.cluster.ClusterLevel;

/**
 * Test data for progress and reminders built with the core classes: an open campaign of a year's VUSTA clusters with
 * a one-criterion sheet, registrations and score sheets brought to any state.
 */
record ProgressData(JdbcTemplate jdbc, TransactionTemplate tx, Campaigns campaigns, ScoringSheets sheets,
                    Registrations registrations, ScoreSheets scoreSheets) {

    long unit(String code) { return jdbc.queryForObject("select id from unit where code = ?", Long.class, code); }

    long cluster(String code, int year) {
        return jdbc.queryForObject("select id from cluster where code = ? and cluster_year = ? and level = 'VUSTA'", Long.class, code, year);
    }

    int memberCount(int year) {
        return jdbc.queryForObject("""
                select count(*) from cluster_member m join cluster c on c.id = m.cluster_id
                where c.cluster_year = ? and c.level = 'VUSTA' and c.kind = 'CLUSTER'""", Integer.class, year);
    }

    /** Deadlines of {@code year}: registration 31/03, reports, self-assessment 30/11, review 10/12, explanation to 20/12. */
    static Deadlines deadlinesOf(int year) {
        return new Deadlines(LocalDate.of(year, 3, 31), LocalDate.of(year, 6, 30), LocalDate.of(year, 9, 30),
                LocalDate.of(year, 11, 30), LocalDate.of(year, 12, 10), LocalDate.of(year, 12, 11), LocalDate.of(year, 12, 20),
                LocalDate.of(year, 12, 31));
    }

    record Opened(long campaignId, long criterionId) {}

    /**
     * The open campaign of {@code year}'s VUSTA clusters with a one-criterion scoring sheet: found when a test class of
     * the same context made it already, else made (every helper here is idempotent, as test classes share a database).
     */
    Opened openCampaign(int year, String name) {
        var existing = jdbc.queryForList("""
                select c.id, (select min(k.id) from criterion k where k.sheet_id = c.scoring_sheet_id) as criterion from campaign c
                where c.campaign_year = ? and c.level = 'VUSTA' and c.kind = 'CLUSTER' and c.status = 'OPEN'
                  and c.owner_unit_id = (select id from unit where code = 'LHHVN')""", year);
        if (!existing.isEmpty()) {
            return new Opened(((Number) existing.getFirst().get("id")).longValue(), ((Number) existing.getFirst().get("criterion")).longValue());
        }
        return tx.execute(s -> {
            var sheet = new ScoringSheet("P-" + year + "-" + System.nanoTime() % 100000, 1, "Bảng điểm " + name, ClusterLevel.VUSTA,
                    unit("LHHVN"), LocalDate.of(year, 1, 1));
            sheet.add(null, new CriterionSpec("I", "Báo cáo đúng hạn", null, CriterionType.PASS_FAIL, null, new BigDecimal("10"), null, false, null));
            sheet = sheets.save(sheet);
            var c = new Campaign(year, name, ClusterLevel.VUSTA, ClusterKind.CLUSTER, unit("LHHVN"));
            c.useSheet(sheet.getId());
            c.schedule(deadlinesOf(year));
            c.open("vanphong.demo", Instant.parse(year + "-01-05T02:00:00Z"));
            long id = campaigns.save(c).getId();
            return new Opened(id, sheet.leaves().getFirst().getId());
        });
    }

    /**
     * The dashboard's scenario in {@code year}'s campaign: in Cụm 2 Hà Nội (head in 2023) registered and submitted,
     * Hải Phòng registered and had its sheet returned, Hải Dương only drafted; in Cụm 9 Cần Thơ is in explanation.
     */
    Opened scenario(int year) {
        var c = openCampaign(year, "Thi đua cụm năm " + year);
        long cum2 = cluster("CUM-02", year);
        register(c.campaignId(), cum2, "LHH-HNI");
        sheet(c, cum2, "LHH-HNI", ScoreSheetStatus.SUBMITTED);
        register(c.campaignId(), cum2, "LHH-HPG");
        sheet(c, cum2, "LHH-HPG", ScoreSheetStatus.RETURNED);
        sheet(c, cum2, "LHH-HDG", ScoreSheetStatus.DRAFT);
        // Cụm 2's covenant: Hà Nội confirmed on 25/03, Hải Phòng not yet; the new Hải Phòng confirmed for Hải Dương (a carried party)
        covenant(c.campaignId(), cum2, year, "LHH-HNI", "LHH-HPG", "LHH-HPG25");
        long cum9 = cluster("CUM-09", year);
        register(c.campaignId(), cum9, "LHH-CTO");
        sheet(c, cum9, "LHH-CTO", ScoreSheetStatus.IN_EXPLANATION);
        return c;
    }

    /** A compiled covenant of the cluster with these parties: the first confirmed on 25/03, the second not, the third (if any) carrying Hải Dương, confirmed on 26/03. */
    void covenant(long campaignId, long clusterId, int year, String confirmed, String pending, String carrierOfHaiDuong) {
        if (jdbc.queryForObject("select count(*) from covenant where campaign_id = ? and cluster_id = ?", Integer.class, campaignId, clusterId) > 0) return;
        jdbc.update("insert into covenant (campaign_id, cluster_id, status, commitments, compiled_by, compiled_at) values (?, ?, 'COMPILED', 'Cam kết chung', 'head', ?)",
                campaignId, clusterId, java.sql.Timestamp.from(Instant.parse(year + "-03-22T03:00:00Z")));
        long covenant = jdbc.queryForObject("select id from covenant where campaign_id = ? and cluster_id = ?", Long.class, campaignId, clusterId);
        jdbc.update("insert into covenant_party (covenant_id, position, unit_id, confirmed_by, confirmed_at) values (?, 1, ?, 'hanoi.demo', ?)",
                covenant, unit(confirmed), java.sql.Timestamp.from(Instant.parse(year + "-03-25T03:00:00Z")));
        jdbc.update("insert into covenant_party (covenant_id, position, unit_id) values (?, 2, ?)", covenant, unit(pending));
        jdbc.update("insert into covenant_party (covenant_id, position, unit_id, carried_from_unit_id, confirmed_by, confirmed_at) values (?, 3, ?, ?, 'haiphong', ?)",
                covenant, unit(carrierOfHaiDuong), unit("LHH-HDG"), java.sql.Timestamp.from(Instant.parse(year + "-03-26T03:00:00Z")));
    }

    void register(long campaignId, long clusterId, String unitCode) {
        if (registrations.findByCampaignIdAndUnitId(campaignId, unit(unitCode)).isPresent()) return;
        tx.executeWithoutResult(s -> {
            var r = new Registration(campaignId, clusterId, unit(unitCode));
            r.fill(List.of(new TargetSpec(null, "Số hội thành viên mới", "hội", new BigDecimal("2"))), "Cờ thi đua");
            r.submit(unitCode.toLowerCase() + ".officer", Instant.parse("2023-03-20T03:00:00Z"));
            registrations.save(r);
        });
    }

    /** A score sheet of the unit brought to {@code target} along the state machine. */
    void sheet(Opened c, long clusterId, String unitCode, ScoreSheetStatus target) {
        if (scoreSheets.findByCampaignIdAndUnitId(c.campaignId(), unit(unitCode)).isPresent()) return;
        tx.executeWithoutResult(s -> {
            var sheet = new ScoreSheet(c.campaignId(), clusterId, unit(unitCode), List.of(c.criterionId()));
            var at = Instant.parse("2023-11-20T03:00:00Z");
            if (target != ScoreSheetStatus.DRAFT) {
                sheet.fillSelf(c.criterionId(), BigDecimal.ONE, BigDecimal.TEN, null);
                sheet.submit("unit", at);
            }
            if (target == ScoreSheetStatus.RETURNED) sheet.returnToUnit("Thiếu minh chứng");
            if (target.ordinal() >= ScoreSheetStatus.REVIEWED.ordinal()) {
                sheet.fillReview(c.criterionId(), BigDecimal.ONE, BigDecimal.TEN, null);
                sheet.completeReview("head", at);
            }
            if (target == ScoreSheetStatus.IN_EXPLANATION) sheet.contest();
            if (target == ScoreSheetStatus.FINAL) sheet.finalise();
            scoreSheets.save(sheet);
        });
    }
}

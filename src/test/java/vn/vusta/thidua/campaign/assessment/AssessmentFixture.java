package vn.vusta.thidua.campaign.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vusta.thidua.campaign.Campaign;
import vn.vusta.thidua.campaign.CampaignOpened;
import vn.vusta.thidua.campaign.Campaigns;
import vn.vusta.thidua.campaign.Deadlines;
import vn.vusta.thidua.campaign.ReviewMode;
import vn.vusta.thidua.campaign.registration.Registration;
import vn.vusta.thidua.campaign.registration.Registrations;
import vn.vusta.thidua.campaign.registration.TargetSpec;
import vn.vusta.thidua.campaign.sheet.CriterionSpec;
import vn.vusta.thidua.campaign.sheet.CriterionType;
import vn.vusta.thidua.campaign.sheet.Formula;
import vn.vusta.thidua.campaign.sheet.ScoringSheet;
import vn.vusta.thidua.campaign.sheet.ScoringSheets;
import vn.vusta.thidua.cluster.ClusterKind;
import vn.vusta.thidua.cluster.ClusterLevel;

/**
 * Test data for the assessment: a VUSTA cluster of {@code year} whose members are Hà Nội (deputy, hanoi.demo), Cần Thơ
 * (head, cantho.demo) and the new Hải Phòng (haiphong25.assess), with phutrach.demo in charge; a scoring sheet with every
 * type of criterion; an opened campaign with deadlines in that year. Each test class takes its own year.
 */
public record AssessmentFixture(JdbcTemplate jdbc, TransactionTemplate tx, ScoringSheets scoringSheets, Campaigns campaigns,
                         Registrations registrations, ApplicationEventPublisher events) {
    public static final String PASSWORD = "demo-2026!";

    public long unit(String code) { return jdbc.queryForObject("select id from unit where code = ?", Long.class, code); }

    /** An officer account for the new Hải Phòng (no demo account acts for it), with the demo password. */
    public void ensureHaiPhongOfficer() {
        if (jdbc.queryForObject("select count(*) from account where username = 'haiphong25.assess'", Integer.class) > 0) {
            jdbc.update("update account set enabled = true where username = 'haiphong25.assess'");
            return;
        }
        var hash = jdbc.queryForObject("select password_hash from account where username = 'hanoi.demo'", String.class);
        jdbc.update("insert into account (username, display_name, password_hash, unit_id, enabled, demo) values (?, ?, ?, ?, true, true)",
                "haiphong25.assess", "Cán bộ TĐKT Hải Phòng mới (kiểm thử)", hash, unit("LHH-HPG25"));
        jdbc.update("insert into account_role (account_id, role) select id, 'UNIT_OFFICER' from account where username = 'haiphong25.assess'");
    }

    /**
     * Removes what a test class made for its own year: score sheets (entries, evidence, reviews and explanations go
     * with them), registrations, covenants, campaigns and the test cluster. Run after the class, so that the next
     * classes see only the reference years (the home page's years, "led by", "in charge of").
     */
    public static void removeYear(JdbcTemplate jdbc, int year, String clusterCode) {
        String campaigns = "(select id from campaign where campaign_year = " + year + ")";
        jdbc.update("delete from score_sheet where campaign_id in " + campaigns);
        jdbc.update("delete from registration_target where registration_id in (select id from registration where campaign_id in " + campaigns + ")");
        jdbc.update("delete from registration where campaign_id in " + campaigns);
        jdbc.update("delete from covenant where campaign_id in " + campaigns);
        jdbc.update("delete from campaign where campaign_year = ?", year);
        jdbc.update("delete from cluster_member where cluster_year = ? and cluster_id in (select id from cluster where code = ?)", year, clusterCode);
        jdbc.update("delete from cluster where cluster_year = ? and code = ?", year, clusterCode);
        jdbc.update("delete from emulation_cluster e where e.code = ? and e.level = 'VUSTA' and e.owner_key = 0"
                + " and not exists (select 1 from cluster c where c.cluster_id = e.id)", clusterCode);
    }

    /** The cluster's year row id: members HNI, CTO25, HPG25; head CTO25, deputy HNI, phutrach.demo in charge. */
    public long cluster(int year, String code) {
        ensureHaiPhongOfficer();
        return tx.execute(s -> {
            jdbc.update("insert into emulation_cluster (code, name, kind, level, owner_key, first_year) values (?, ?, 'CLUSTER', 'VUSTA', 0, ?)",
                    code, "Cụm kiểm thử " + code, year);
            long identity = jdbc.queryForObject("select id from emulation_cluster where code = ? and level = 'VUSTA' and owner_key = 0", Long.class, code);
            jdbc.update("""
                    insert into cluster (cluster_id, code, cluster_year, name, kind, level, membership_confirmed, head_unit_id, deputy_unit_id,
                                         supervisor_name, supervisor_username)
                    values (?, ?, ?, ?, 'CLUSTER', 'VUSTA', true, ?, ?, 'Ủy viên phụ trách (demo)', 'phutrach.demo')""",
                    identity, code, year, "Cụm kiểm thử " + code, unit("LHH-CTO25"), unit("LHH-HNI"));
            long id = jdbc.queryForObject("select id from cluster where cluster_id = ? and cluster_year = ?", Long.class, identity, year);
            for (var u : List.of("LHH-HNI", "LHH-CTO25", "LHH-HPG25")) {
                jdbc.update("insert into cluster_member (cluster_id, unit_id, cluster_year, level, confirmed) values (?, ?, ?, 'VUSTA', true)",
                        id, unit(u), year);
            }
            return id;
        });
    }

    /** A sheet with every type: I (max 50) quantitative with evidence, pass/fail, judged; II relative to best; III bonus; IV penalty. */
    public long scoringSheet(String code, int year) {
        return tx.execute(s -> {
            var sheet = new ScoringSheet(code, 1, "Bảng điểm kiểm thử " + code, ClusterLevel.VUSTA, unit("LHHVN"), LocalDate.of(year, 1, 1));
            var g = sheet.add(null, spec("I", "Công tác tổ chức, hội viên", CriterionType.GROUP, null, "50", null, false));
            sheet.add(g, new CriterionSpec("I.1", "Số hội thành viên mới", "Theo quyết định thành lập hội", CriterionType.QUANTITATIVE,
                    Formula.PROPORTIONAL, new BigDecimal("20"), null, true, "hội"));
            sheet.add(g, spec("I.2", "Báo cáo 6 tháng đúng hạn", CriterionType.PASS_FAIL, null, "5", null, false));
            sheet.add(g, spec("I.3", "Chất lượng hoạt động tư vấn, phản biện", CriterionType.JUDGED, null, "30", null, false));
            var g2 = sheet.add(null, spec("II", "Phổ biến kiến thức", CriterionType.GROUP, null, "0", null, false));
            sheet.add(g2, new CriterionSpec("II.1", "Số lớp tập huấn", null, CriterionType.QUANTITATIVE, Formula.RELATIVE_TO_BEST,
                    new BigDecimal("10"), null, false, "lớp"));
            sheet.add(null, spec("III", "Điểm thưởng: giải thưởng sáng tạo", CriterionType.BONUS, null, "5", "1", false));
            sheet.add(null, spec("IV", "Điểm trừ: báo cáo chậm", CriterionType.PENALTY, null, "10", "2", false));
            return scoringSheets.save(sheet).getId();
        });
    }

    private static CriterionSpec spec(String code, String name, CriterionType type, Formula f, String max, String perOccurrence, boolean evidence) {
        return new CriterionSpec(code, name, null, type, f, new BigDecimal(max), perOccurrence == null ? null : new BigDecimal(perOccurrence), evidence, null);
    }

    /** An opened campaign of {@code year} using {@code sheetId}; the explanation window is 11–20 December. */
    public long openCampaign(int year, long sheetId, ReviewMode mode) {
        return tx.execute(s -> {
            var c = new Campaign(year, "Thi đua cụm năm " + year, ClusterLevel.VUSTA, ClusterKind.CLUSTER, unit("LHHVN"));
            c.useSheet(sheetId);
            c.configureReview(mode, "GROUPS_IN_ORDER");
            c.schedule(new Deadlines(LocalDate.of(year, 3, 31), LocalDate.of(year, 6, 30), LocalDate.of(year, 9, 30),
                    LocalDate.of(year, 11, 30), LocalDate.of(year, 12, 10), LocalDate.of(year, 12, 11), LocalDate.of(year, 12, 20),
                    LocalDate.of(year, 12, 31)));
            c.open("vanphong.demo", Instant.parse(year + "-01-05T02:00:00Z"));
            long id = campaigns.save(c).getId();
            events.publishEvent(new CampaignOpened(id, year));
            return id;
        });
    }

    /** A submitted registration with a target for criterion I.1. */
    public void register(long campaignId, long clusterId, String unitCode, long sheetId, String target) {
        tx.executeWithoutResult(s -> {
            var r = new Registration(campaignId, clusterId, unit(unitCode));
            r.fill(List.of(new TargetSpec(criterion(sheetId, "I.1"), "Số hội thành viên mới", "hội", new BigDecimal(target))), "Cờ thi đua");
            r.submit("test", Instant.now());
            registrations.save(r);
        });
    }

    public long criterion(long sheetId, String code) {
        return jdbc.queryForObject("select id from criterion where sheet_id = ? and code = ?", Long.class, sheetId, code);
    }

    public long sheetOf(long campaignId, String unitCode) {
        return jdbc.queryForObject("select id from score_sheet where campaign_id = ? and unit_id = ?", Long.class, campaignId, unit(unitCode));
    }

    public long version(long sheetId) { return jdbc.queryForObject("select version from score_sheet where id = ?", Long.class, sheetId); }

    public String status(long sheetId) { return jdbc.queryForObject("select status from score_sheet where id = ?", String.class, sheetId); }

    /** Form parameters value_/comment_ for the given criterion codes. */
    public Map<String, String> values(long sheetId, Map<String, String> byCode) {
        var out = new java.util.LinkedHashMap<String, String>();
        byCode.forEach((code, v) -> out.put("value_" + criterion(sheetId, code), v));
        return out;
    }
}

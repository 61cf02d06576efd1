package vn.vusta.thidua.campaign;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;
import vn.vusta.thidua.campaign.sheet.CriterionSpec;
import vn.vusta.thidua.campaign.sheet.CriterionType;
import vn.vusta.thidua.campaign.sheet.Formula;
import vn.vusta.thidua.campaign.sheet.ScoringSheet;
import vn.vusta.thidua.campaign.sheet.ScoringSheets;
import vn.vusta.thidua.cluster.ClusterKind;
import vn.vusta.thidua.cluster.ClusterLevel;

/** Test data for campaigns: a small VUSTA scoring sheet of a year, and an open campaign of VUSTA's clusters using it. */
public final class TestCampaigns {
    private TestCampaigns() {}

    public static long unit(JdbcTemplate jdbc, String code) { return jdbc.queryForObject("select id from unit where code = ?", Long.class, code); }

    public static long cluster(JdbcTemplate jdbc, String code, int year) {
        return jdbc.queryForObject("select id from cluster where code = ? and cluster_year = ? and level = 'VUSTA'", Long.class, code, year);
    }

    /** A sheet with two quantitative criteria (targets registered), a judged one and a bonus. Call inside a transaction. */
    public static ScoringSheet sheet(ScoringSheets sheets, long owner, String code, int year) {
        var sheet = new ScoringSheet(code, 1, "Bảng điểm thi đua cụm Liên hiệp Hội tỉnh, thành phố năm " + year, ClusterLevel.VUSTA, owner,
                LocalDate.of(year, 1, 1));
        var g = sheet.add(null, new CriterionSpec("I", "Công tác tổ chức, phát triển hội viên", null, CriterionType.GROUP, null,
                new BigDecimal("40"), null, false, null));
        sheet.add(g, new CriterionSpec("I.1", "Số hội thành viên mới được thành lập", null, CriterionType.QUANTITATIVE,
                Formula.PROPORTIONAL, new BigDecimal("20"), null, true, "hội"));
        sheet.add(g, new CriterionSpec("I.2", "Số hội thảo tư vấn, phản biện và giám định xã hội", null, CriterionType.QUANTITATIVE,
                Formula.FULL_AT_TARGET, new BigDecimal("15"), null, true, "hội thảo"));
        sheet.add(g, new CriterionSpec("I.3", "Chất lượng báo cáo định kỳ", null, CriterionType.JUDGED, null, new BigDecimal("5"), null, false, null));
        sheet.add(null, new CriterionSpec("II", "Điểm thưởng", null, CriterionType.BONUS, null, new BigDecimal("5"), null, false, null));
        return sheets.save(sheet);
    }

    /** An open campaign of VUSTA's clusters of {@code year} with every deadline. Call inside a transaction. */
    public static Campaign openCampaign(Campaigns campaigns, long owner, long sheetId, int year, String name) {
        return openCampaign(campaigns, owner, sheetId, year, name, ClusterLevel.VUSTA);
    }

    /** The same at a level: {@code PROVINCIAL} for a union's campaign of its internal clusters ({@code owner}: the union). */
    public static Campaign openCampaign(Campaigns campaigns, long owner, long sheetId, int year, String name, ClusterLevel level) {
        var c = new Campaign(year, name, level, ClusterKind.CLUSTER, owner);
        c.useSheet(sheetId);
        c.schedule(new Deadlines(LocalDate.of(year, 3, 31), LocalDate.of(year, 7, 15), LocalDate.of(year, 10, 15),
                LocalDate.of(year, 11, 20), LocalDate.of(year, 12, 5), LocalDate.of(year, 12, 6), LocalDate.of(year, 12, 15),
                LocalDate.of(year, 12, 25)));
        c.open("vanphong.demo", Instant.parse(year + "-01-05T02:00:00Z"));
        return campaigns.save(c);
    }
}

package vn.vusta.thidua;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Data the scope matrix's score-sheet rows act on, inserted inside the cell's transaction (rolled back after it):
 * an open 2025 campaign for VUSTA's clusters with a two-criterion sheet, Hải Phòng's submitted score sheet in Cụm 2
 * with an evidence file and an explanation, and Hải Dương recorded as Cụm 2's 2025 head (so its officer reviews).
 */
final class ScopeAssessmentData {
    private ScopeAssessmentData() {}

    static final String CAMPAIGN = "Ma trận: thi đua cụm năm 2025";

    /** Inserts the data when the row concerns score sheets or a cluster's review (before the cell's fingerprint). */
    static void prepare(JdbcTemplate jdbc, String pattern) {
        if (!pattern.contains("score-sheets") && !pattern.endsWith("/review") && !pattern.endsWith("/close-scores")
                && !pattern.equals("/campaigns/{id}/explanations")) return;
        long vusta = id(jdbc, "select id from unit where code = 'LHHVN'");
        long hpg = id(jdbc, "select id from unit where code = 'LHH-HPG'");
        long hdg = id(jdbc, "select id from unit where code = 'LHH-HDG'");
        long cluster = id(jdbc, "select id from cluster where code = 'CUM-02' and cluster_year = 2025");
        jdbc.update("update cluster set head_unit_id = ? where id = ?", hdg, cluster);
        jdbc.update("insert into scoring_sheet (code, sheet_version, name, level, owner_unit_id, valid_from) values ('MA-TRAN-CS', 1, 'Bảng ma trận', 'VUSTA', ?, date '2025-01-01')", vusta);
        long sheet = id(jdbc, "select id from scoring_sheet where code = 'MA-TRAN-CS'");
        jdbc.update("insert into criterion (sheet_id, position, code, name, type, max_points, evidence_required) values (?, 0, 'A', 'Tiêu chí A', 'JUDGED', 10, true)", sheet);
        jdbc.update("insert into criterion (sheet_id, position, code, name, type, max_points, evidence_required) values (?, 1, 'B', 'Tiêu chí B', 'PASS_FAIL', 5, false)", sheet);
        jdbc.update("""
                insert into campaign (campaign_year, name, level, kind, owner_unit_id, scoring_sheet_id, status, registration_due, six_month_due,
                  nine_month_due, self_assessment_due, review_due, explanation_from, explanation_due, publication_due)
                values (2025, ?, 'CENTRAL', 'BLOCK', ?, ?, 'OPEN', date '2025-01-31', date '2025-02-10', date '2025-02-20', date '2025-02-25',
                  date '2025-02-27', date '2025-02-28', date '2025-03-10', date '2025-03-31')""", CAMPAIGN, vusta, sheet);
        long campaign = campaign(jdbc);
        jdbc.update("insert into score_sheet (campaign_id, cluster_id, unit_id, status, submitted_by) values (?, ?, ?, 'SUBMITTED', 'haiphong.demo')",
                campaign, cluster, hpg);
        long scoreSheet = sheet(jdbc);
        jdbc.update("insert into score_entry (score_sheet_id, criterion_id, self_value, self_score) select ?, id, 1, 1 from criterion where sheet_id = ?",
                scoreSheet, sheet);
        jdbc.update("""
                insert into evidence_file (score_sheet_id, criterion_id, purpose, file_name, file_type, size_bytes, sha256, uploaded_by, uploaded_at)
                select ?, id, 'SELF', 'minh-chung.pdf', 'PDF', 8, 'x', 'haiphong.demo', current_timestamp from criterion where sheet_id = ? and code = 'A'""",
                scoreSheet, sheet);
        jdbc.update("insert into evidence_content (evidence_id, content) values (?, ?)", evidence(jdbc), "%PDF-1.4".getBytes());
        jdbc.update("""
                insert into explanation (score_sheet_id, criterion_id, text, filed_by, filed_at, status)
                select ?, id, 'Giải trình ma trận', 'haiphong.demo', current_timestamp, 'PENDING' from criterion where sheet_id = ? and code = 'B'""",
                scoreSheet, sheet);
    }

    private static long id(JdbcTemplate jdbc, String sql) { return jdbc.queryForObject(sql, Long.class); }

    static long campaign(JdbcTemplate jdbc) { return jdbc.queryForObject("select id from campaign where name = ?", Long.class, CAMPAIGN); }

    static long sheet(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select s.id from score_sheet s join campaign c on c.id = s.campaign_id where c.name = ?", Long.class, CAMPAIGN);
    }

    static long version(JdbcTemplate jdbc) { return jdbc.queryForObject("select version from score_sheet where id = ?", Long.class, sheet(jdbc)); }

    static long evidence(JdbcTemplate jdbc) { return jdbc.queryForObject("select id from evidence_file where score_sheet_id = ?", Long.class, sheet(jdbc)); }

    static long explanation(JdbcTemplate jdbc) { return jdbc.queryForObject("select id from explanation where score_sheet_id = ?", Long.class, sheet(jdbc)); }

    static long criterion(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select c.id from criterion c join scoring_sheet s on s.id = c.sheet_id where s.code = 'MA-TRAN-CS' and c.code = 'A'", Long.class);
    }
}

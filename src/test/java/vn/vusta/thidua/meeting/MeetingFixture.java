package vn.vusta.thidua.meeting;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A 7-unit cluster of its own test year (and the year after, where next year's head is recorded), with an officer
 * account for every member (password {@link #PASSWORD}); {@link #remove} deletes all of it again. Each test class
 * takes its own year and code.
 */
record MeetingFixture(JdbcTemplate jdbc, int year, String code) {
    static final String PASSWORD = "demo-2026!";
    /** Members (codes); pages list them by Vietnamese name order. */
    static final List<String> MEMBERS = List.of("LHH-BNH25", "LHH-HNI", "LHH-HPG25", "LHH-HYN25", "LHH-LSN", "LHH-NBH25", "LHH-QNH");

    long unit(String code) { return jdbc.queryForObject("select id from unit where code = ?", Long.class, code); }

    String account(String unitCode) { return "m" + year + "." + unitCode.toLowerCase().replace("lhh-", ""); }

    /** Creates the cluster's two years (members in both, head {@code head} in the first) and the officers' accounts. */
    MeetingFixture create(String head) {
        remove();
        jdbc.update("insert into emulation_cluster (code, name, kind, level, owner_key, first_year) values (?, ?, 'CLUSTER', 'VUSTA', 0, ?)",
                code, "Cụm kiểm thử " + year, year);
        long identity = jdbc.queryForObject("select id from emulation_cluster where code = ? and level = 'VUSTA' and owner_key = 0", Long.class, code);
        for (int y : new int[] {year, year + 1}) {
            jdbc.update("insert into cluster (cluster_id, code, cluster_year, name, kind, level, membership_confirmed) values (?, ?, ?, ?, 'CLUSTER', 'VUSTA', true)",
                    identity, code, y, "Cụm kiểm thử " + year);
            for (var m : MEMBERS) {
                jdbc.update("insert into cluster_member (cluster_id, unit_id, cluster_year, level, confirmed) values (?, ?, ?, 'VUSTA', true)", cluster(y), unit(m), y);
            }
        }
        jdbc.update("update cluster set head_unit_id = ?, supervisor_name = 'Nguyễn Văn Phụ Trách' where id = ?", unit(head), cluster(year));
        var hash = jdbc.queryForObject("select password_hash from account where username = 'hanoi.demo'", String.class);
        for (var m : MEMBERS) {
            jdbc.update("insert into account (username, display_name, password_hash, unit_id, enabled, demo) values (?, ?, ?, ?, true, true)",
                    account(m), "Cán bộ " + m + " (kiểm thử " + year + ")", hash, unit(m));
            jdbc.update("insert into account_role (account_id, role) select id, 'UNIT_OFFICER' from account where username = ?", account(m));
        }
        return this;
    }

    long cluster(int y) { return jdbc.queryForObject("select id from cluster where code = ? and cluster_year = ?", Long.class, code, y); }

    long cluster() { return cluster(year); }

    /** Everything of the test year: meetings (with their children), the cluster's years, the accounts. */
    void remove() {
        jdbc.update("delete from ballot where meeting_id in (select id from meeting where meeting_year in (?, ?)) or cluster_id in"
                + " (select id from cluster where code = ?)", year, year + 1, code);
        jdbc.update("delete from meeting where meeting_year in (?, ?)", year, year + 1);
        jdbc.update("delete from cluster_member where cluster_id in (select id from cluster where code = ?)", code);
        jdbc.update("delete from cluster where code = ?", code);
        jdbc.update("delete from emulation_cluster where code = ? and level = 'VUSTA' and owner_key = 0", code);
        for (var m : MEMBERS) {
            jdbc.update("delete from account_role where account_id in (select id from account where username = ?)", account(m));
            jdbc.update("delete from account where username = ?", account(m));
        }
    }
}

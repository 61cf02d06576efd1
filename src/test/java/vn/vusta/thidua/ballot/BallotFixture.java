package vn.vusta.thidua.ballot;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test data for ballots: a VUSTA test cluster CUM-BL with seven unchanged provinces' unions (Cao Bằng, Hà Tĩnh, Lạng
 * Sơn, Nghệ An, Quảng Ninh, Sơn La, Thanh Hóa) in the given year (test classes keep their years at least 3 apart), with earlier years on record where Lạng Sơn (year-2)
 * and Quảng Ninh (year-1) headed it; Thanh Hóa heads the year. Each unit has an officer account {@code bl.<code>}
 * (demo password). Everything is created once and reused; {@link #removeBallots} removes a year's ballots.
 */
record BallotFixture(JdbcTemplate jdbc, TransactionTemplate tx) {
    static final String PASSWORD = "demo-2026!";
    static final List<String> CODES = List.of("CBG", "HTH", "LSN", "NAN", "QNH", "SLA", "THA");

    long unit(String code) { return jdbc.queryForObject("select id from unit where code = ?", Long.class, "LHH-" + code); }

    static String account(String code) { return "bl." + code.toLowerCase(); }

    /** Unit id by code, in the order of {@link #CODES}. */
    Map<String, Long> units() {
        var out = new LinkedHashMap<String, Long>();
        CODES.forEach(c -> out.put(c, unit(c)));
        return out;
    }

    void ensureAccounts() {
        var hash = jdbc.queryForObject("select password_hash from account where username = 'hanoi.demo'", String.class);
        for (var code : CODES) {
            if (jdbc.queryForObject("select count(*) from account where username = ?", Integer.class, account(code)) > 0) continue;
            jdbc.update("insert into account (username, display_name, password_hash, unit_id, enabled, demo) values (?, ?, ?, ?, true, true)",
                    account(code), "Đại biểu LHH " + code + " (kiểm thử phiếu kín)", hash, unit(code));
            jdbc.update("insert into account_role (account_id, role) select id, 'UNIT_OFFICER' from account where username = ?", account(code));
        }
    }

    /** The cluster year row id of CUM-BL in {@code year} (created with years year-2 and year-1 on first use). */
    long cluster(int year) {
        ensureAccounts();
        var existing = jdbc.queryForList("select id from cluster where code = 'CUM-BL' and cluster_year = ?", Long.class, year);
        if (!existing.isEmpty()) return existing.getFirst();
        return tx.execute(s -> {
            if (jdbc.queryForObject("select count(*) from emulation_cluster where code = 'CUM-BL' and level = 'VUSTA' and owner_key = 0", Integer.class) == 0) {
                jdbc.update("insert into emulation_cluster (code, name, kind, level, owner_key, first_year) values ('CUM-BL', 'Cụm kiểm thử phiếu kín', 'CLUSTER', 'VUSTA', 0, ?)", year - 2);
            }
            long identity = jdbc.queryForObject("select id from emulation_cluster where code = 'CUM-BL' and level = 'VUSTA' and owner_key = 0", Long.class);
            long id = 0;
            for (int y = year - 2; y <= year; y++) {
                if (!jdbc.queryForList("select id from cluster where code = 'CUM-BL' and cluster_year = ?", Long.class, y).isEmpty()) continue;
                String head = y == year - 2 ? "LSN" : y == year - 1 ? "QNH" : "THA";
                jdbc.update("""
                        insert into cluster (cluster_id, code, cluster_year, name, kind, level, membership_confirmed, head_unit_id,
                                             supervisor_name, supervisor_username)
                        values (?, 'CUM-BL', ?, 'Cụm kiểm thử phiếu kín', 'CLUSTER', 'VUSTA', true, ?, 'Ủy viên phụ trách (demo)', 'phutrach.demo')""",
                        identity, y, unit(head));
                id = jdbc.queryForObject("select id from cluster where cluster_id = ? and cluster_year = ?", Long.class, identity, y);
                for (var code : CODES) {
                    jdbc.update("insert into cluster_member (cluster_id, unit_id, cluster_year, level, confirmed) values (?, ?, ?, 'VUSTA', true)", id, unit(code), y);
                }
            }
            return id;
        });
    }

    /** Removes the year's ballots and the test cluster's years made for it ({@link #cluster}), so no later class sees them. */
    static void removeBallots(JdbcTemplate jdbc, int year) {
        jdbc.update("update ballot set parent_id = null where ballot_year = ?", year);
        jdbc.update("delete from ballot where ballot_year = ?", year);
        jdbc.update("delete from cluster where code = 'CUM-BL' and cluster_year between ? and ?", year - 2, year);
        jdbc.update("delete from emulation_cluster e where code = 'CUM-BL' and not exists (select 1 from cluster c where c.cluster_id = e.id)");
    }

    /** Acts as {@code username} for service calls (the account is read from the database by the policy). */
    static void signIn(String username) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_UNIT_OFFICER"))));
    }

    static void signOut() { SecurityContextHolder.clearContext(); }

    /** A choose-one acclaim ballot of the cluster managed by Thanh Hóa, electorate: the six units but Cao Bằng (absent). */
    BallotSpec acclaim(int year, DecisionRule rule, Instant closesAt) {
        var u = units();
        var electorate = CODES.stream().filter(c -> !c.equals("CBG")).map(u::get).toList();
        var candidates = List.of(CandidateSpec.unit(u.get("LSN"), "LHH Lạng Sơn"), CandidateSpec.unit(u.get("QNH"), "LHH Quảng Ninh"),
                CandidateSpec.unit(u.get("THA"), "LHH Thanh Hóa"));
        return new BallotSpec(null, cluster(year), year, u.get("THA"), BallotPurpose.ACCLAIM_LEADER, "Suy tôn đơn vị dẫn đầu cụm năm " + year,
                BallotKind.CHOOSE_UP_TO_K, 1, candidates, electorate, 7, 6, rule, closesAt);
    }
}

package vn.vusta.thidua.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import vn.vusta.thidua.support.IntegrationTest;
import vn.vusta.thidua.support.Statements;

/**
 * No page or API call issues a query per row it lists: the SQL statements of a request do not grow with the rows it
 * shows (the same page with many rows and with few), and stay under a small ceiling. A list that fits on one page
 * needs no count query, so a short list may cost one statement less than a long one.
 */
@IntegrationTest
class StatementCountIntegrationTests {
    @Autowired MockMvc mvc;
    @Autowired Statements statements;
    @Autowired JdbcTemplate jdbc;

    long unit(String code) { return jdbc.queryForObject("select id from unit where code = ?", Long.class, code); }

    long successorWithPredecessors(int n) {
        return jdbc.queryForObject("select min(successor_id) from (select successor_id from unit_lineage group by successor_id"
                + " having count(*) = ?) s", Long.class, n);
    }

    long cluster(String code, int year) {
        return jdbc.queryForObject("select id from cluster where code = ? and cluster_year = ?", Long.class, code, year);
    }

    Statements.Count count(RequestBuilder request) {
        return statements.during(() -> mvc.perform(request).andExpect(status().isOk()));
    }

    /** {@code many} shows more rows than {@code few}: it may cost one paging count more, nothing per row. */
    static void noQueryPerRow(Statements.Count many, Statements.Count few, int ceiling) {
        assertThat(many.total()).as(many.toString()).isLessThanOrEqualTo(ceiling).isLessThanOrEqualTo(few.total() + 1);
        assertThat(few.total()).as(few.toString()).isLessThanOrEqualTo(many.total());
    }

    @Test
    void unitList() {
        var all = count(get("/units"));
        var asOf2024 = count(get("/units").param("date", "2024-01-01"));
        var asOf2026 = count(get("/units").param("date", "2026-01-01"));
        var one = count(get("/units").param("q", "can tho").param("date", "2024-01-01"));
        noQueryPerRow(all, one, 2);
        noQueryPerRow(asOf2024, asOf2026, 2);
        noQueryPerRow(all, asOf2026, 2);
    }

    @Test
    void unitListForASignedInAccount() {
        var officer = user("haiphong.demo").roles("UNIT_OFFICER");
        var all = count(get("/units").with(officer));
        var one = count(get("/units").param("q", "can tho").with(officer));
        // the account and its roles are read once; MockMvc's user() stores its security context in a new session (2 inserts)
        noQueryPerRow(all, one, 6);
    }

    @Test
    void unitDetail() {
        var three = count(get("/units/" + successorWithPredecessors(3)));
        var two = count(get("/units/" + successorWithPredecessors(2)));
        var merged = count(get("/units/" + unit("LHH-YBI")));
        var none = count(get("/units/" + unit("LHH-HNI")));
        assertThat(three.total()).as(three.toString()).isEqualTo(two.total()).isEqualTo(merged.total()).isLessThanOrEqualTo(4);
        assertThat(none.total()).isLessThanOrEqualTo(three.total());
    }

    @Test
    void unitApiList() {
        var all = count(get("/api/v1/units").param("date", "2024-01-01"));
        var one = count(get("/api/v1/units").param("date", "2024-01-01").param("q", "can tho"));
        var paged = count(get("/api/v1/units").param("date", "2024-01-01").param("page", "1").param("size", "10"));
        noQueryPerRow(all, one, 2);
        assertThat(paged.total()).as(paged.toString()).isLessThanOrEqualTo(2);
    }

    @Test
    void unitApiDetail() {
        var three = count(get("/api/v1/units/" + successorWithPredecessors(3)));
        var two = count(get("/api/v1/units/" + successorWithPredecessors(2)));
        var merged = count(get("/api/v1/units/" + unit("LHH-YBI")));
        assertThat(three.total()).as(three.toString()).isEqualTo(two.total()).isEqualTo(merged.total()).isLessThanOrEqualTo(4);
    }

    @Test
    void accountList() {
        var admin = user("quantri.demo").roles("SYSTEM_ADMIN");
        var before = count(get("/admin/accounts").with(admin));
        try {
            for (var code : new String[] {"LHH-YBI", "LHH-HDG", "LHH-BKN", "LHH-HNI", "LHH-PTO25", "LHH-VPC"}) {
                long id = jdbc.queryForObject("insert into account (username, display_name, password_hash, unit_id) values (?, ?, 'x', ?)"
                        + " returning id", Long.class, "count." + code.toLowerCase(), "Cán bộ " + code, unit(code));
                jdbc.update("insert into account_role (account_id, role) values (?, 'UNIT_OFFICER'), (?, 'COUNCIL_MEMBER')", id, id);
            }
            var after = count(get("/admin/accounts").with(admin));
            assertThat(after.total()).as(after.toString()).isEqualTo(before.total()).isLessThanOrEqualTo(8);
        } finally {
            jdbc.update("delete from account where username like 'count.%'");
        }
    }

    @Test
    void accountsToMoveAfterAMerger() {
        var office = user("vanphong.demo").roles("OFFICE");
        var before = count(get("/admin/account-moves").with(office));
        try {
            for (var code : new String[] {"LHH-YBI", "LHH-HDG", "LHH-BKN", "LHH-VPC", "LHH-HNI"}) {
                long id = jdbc.queryForObject("insert into account (username, display_name, password_hash, unit_id) values (?, ?, 'x', ?)"
                        + " returning id", Long.class, "move." + code.toLowerCase(), "Cán bộ " + code, unit(code));
                jdbc.update("insert into account_role (account_id, role) values (?, 'UNIT_OFFICER')", id);
            }
            var after = count(get("/admin/account-moves").with(office));
            assertThat(after.total()).as(after.toString()).isEqualTo(before.total()).isLessThanOrEqualTo(10);
        } finally {
            jdbc.update("delete from account where username like 'move.%'");
        }
    }

    @Test
    void anonymousPagesTouchNoSession() {
        for (var url : new String[] {"/", "/units", "/units/" + unit("LHH-HNI"), "/clusters", "/api/v1/units"}) {
            var count = statements.during(() -> mvc.perform(get(url)).andExpect(status().isOk())
                    .andExpect(result -> assertThat(result.getResponse().getCookie("SESSION")).as(url).isNull()));
            assertThat(count.sql()).as(url).noneMatch(sql -> sql.toLowerCase().contains("spring_session"));
        }
    }

    // Before issue 6 (main 58fe0e1 + the unit work): / 46 statements, /clusters?year=2022 15, ?year=2025 45, /clusters/{id} 9.
    @Test
    void homeAndClusterList() {
        var home = count(get("/"));
        var y2022 = count(get("/clusters").param("year", "2022"));
        var y2025 = count(get("/clusters").param("year", "2025"));
        assertThat(home.total()).as(home.toString()).isLessThanOrEqualTo(8);
        noQueryPerRow(y2025, y2022, 8);
    }

    @Test
    void clusterPage() {
        var big = count(get("/clusters/" + cluster("CUM-02", 2025)));
        var small = count(get("/clusters/" + cluster("CUM-09", 2025)));
        noQueryPerRow(big, small, 6);
        var signedIn = count(get("/clusters/" + cluster("CUM-09", 2025)).with(user("cantho.demo").roles("UNIT_OFFICER")));
        assertThat(signedIn.total()).as(signedIn.toString()).isLessThanOrEqualTo(14);
    }

    /** Review P3: the 2026 draft from 63 units of 2025 once cost about 245 statements (a lineage walk per unit). */
    @Test
    void regroupingDraft() {
        var office = user("vanphong.demo").roles("OFFICE");
        var draft = count(get("/admin/regrouping").param("year", "2026").with(office));
        assertThat(draft.total()).as(draft.toString()).isLessThanOrEqualTo(9);
    }

    @Test
    void clusterApi() {
        var y2025 = count(get("/api/v1/clusters").param("year", "2025"));
        var y2022 = count(get("/api/v1/clusters").param("year", "2022"));
        noQueryPerRow(y2025, y2022, 4);
    }
}

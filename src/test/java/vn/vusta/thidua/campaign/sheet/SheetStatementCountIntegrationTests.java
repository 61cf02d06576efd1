package vn.vusta.thidua.campaign.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vusta.thidua.cluster.ClusterLevel;
import vn.vusta.thidua.support.IntegrationTest;
import vn.vusta.thidua.support.Statements;

/** The sheet list, the sheet page and the sheet API cost the same statements for 2 criteria as for 61, for 1 sheet as for 6. */
@IntegrationTest
class SheetStatementCountIntegrationTests {
    @Autowired MockMvc mvc;
    @Autowired Statements statements;
    @Autowired JdbcTemplate jdbc;
    @Autowired ScoringSheets sheets;
    @Autowired TransactionTemplate tx;

    /** Equal but for one statement (a session written or not). */
    static void same(Statements.Count a, Statements.Count b, int ceiling) {
        assertThat(a.total()).as(a.toString()).isBetween(b.total() - 1, b.total() + 1).isLessThanOrEqualTo(ceiling);
    }

    /** The request's statements, without the session clean-up that the session repository may run at any request. */
    Statements.Count count(RequestBuilder request) {
        var all = statements.during(() -> mvc.perform(request).andExpect(status().isOk()));
        var own = all.sql().stream().filter(sql -> !sql.startsWith("DELETE FROM SPRING_SESSION WHERE EXPIRY_TIME")).toList();
        return new Statements.Count(own.size(), own);
    }

    long small(String code, long owner) {
        return tx.execute(s -> {
            var sheet = new ScoringSheet(code, 1, "Bảng nhỏ " + code, ClusterLevel.PROVINCIAL, owner, LocalDate.of(2026, 1, 1));
            var g = sheet.add(null, new CriterionSpec("I", "Nhóm", null, CriterionType.GROUP, null, new BigDecimal("10"), null, false, null));
            sheet.add(g, new CriterionSpec("I.1", "Tiêu chí", null, CriterionType.JUDGED, null, new BigDecimal("10"), null, false, null));
            return sheets.save(sheet).getId();
        });
    }

    long unit(String code) { return jdbc.queryForObject("select id from unit where code = ?", Long.class, code); }

    /** The demo sheet's editable version (version 1 is locked by the demo's published 2024 results). */
    long demo() { return jdbc.queryForObject("select id from scoring_sheet where code = ? and sheet_version = 2", Long.class, DemoSheets.CODE); }

    @Test
    void theSheetPageAndTheApiDoNotQueryPerCriterion() {
        long two = small("SC-NHO", unit("LHH-HNI"));
        var office = user("vanphong.demo");
        var big = count(get("/admin/sheets/" + demo()).with(office));
        var little = count(get("/admin/sheets/" + two).with(office));
        same(big, little, 8);
        var editing = count(get("/admin/sheets/" + demo()).param("edit", String.valueOf(
                jdbc.queryForObject("select id from criterion where sheet_id = ? and code = 'IV.4.b'", Long.class, demo()))).with(office));
        same(editing, big, 8);
        var apiBig = count(get("/api/v1/sheets/" + demo()).with(office));
        var apiLittle = count(get("/api/v1/sheets/" + two).with(office));
        same(apiBig, apiLittle, 7);
        var xlsx = count(get("/admin/sheets/" + demo() + "/xlsx").with(office));
        assertThat(xlsx.total()).as(xlsx.toString()).isLessThanOrEqualTo(apiBig.total() + 1);
    }

    @Test
    void theListDoesNotQueryPerSheet() {
        var office = user("vanphong.demo");
        var before = count(get("/admin/sheets").with(office));
        for (var code : new String[] {"SC-A", "SC-B", "SC-C", "SC-D", "SC-E"}) small(code, unit(code.equals("SC-A") ? "LHH-HPG" : "LHH-HDG"));
        var after = count(get("/admin/sheets").with(office));
        same(after, before, 10);
        var union = count(get("/admin/sheets").with(user("haiphong.demo")));
        assertThat(union.total()).as(union.toString()).isLessThanOrEqualTo(after.total() + 2);
    }
}

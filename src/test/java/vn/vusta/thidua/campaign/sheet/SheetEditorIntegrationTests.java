package vn.vusta.thidua.campaign.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.vusta.thidua.support.IntegrationTest;

/** The sheet editor as the office and a union's officer use it: tree edits, audit, scope, locks, two editors at once. */
@IntegrationTest
class SheetEditorIntegrationTests {
    static final RequestPostProcessor OFFICE = user("vanphong.demo");
    static final RequestPostProcessor HAI_PHONG = user("haiphong.demo");
    static final RequestPostProcessor HAI_DUONG = user("haiduong.demo");

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

    long create(RequestPostProcessor who, String code) throws Exception {
        mvc.perform(post("/admin/sheets").with(who).with(csrf()).param("code", code).param("name", "Bảng điểm " + code)
                .param("level", "VUSTA").param("validFrom", "2026-01-01")).andExpect(status().is3xxRedirection());
        return jdbc.queryForObject("select id from scoring_sheet where code = ?", Long.class, code);
    }

    long version(long sheet) { return jdbc.queryForObject("select version from scoring_sheet where id = ?", Long.class, sheet); }

    long criterion(long sheet, String code) {
        return jdbc.queryForObject("select id from criterion where sheet_id = ? and code = ?", Long.class, sheet, code);
    }

    MockHttpServletRequestBuilder criterionForm(String url, long version, String code, String name, String type, String max) {
        return post(url).with(csrf()).param("version", String.valueOf(version)).param("code", code).param("name", name)
                .param("type", type).param("maxPoints", max);
    }

    long add(RequestPostProcessor who, long sheet, Long parent, String code, String type, String max) throws Exception {
        var request = criterionForm("/admin/sheets/" + sheet + "/criteria", version(sheet), code, "Tiêu chí " + code, type, max).with(who);
        if (parent != null) request.param("parentId", String.valueOf(parent));
        if (type.equals("QUANTITATIVE")) request.param("formula", "PROPORTIONAL");
        mvc.perform(request).andExpect(status().is3xxRedirection());
        return criterion(sheet, code);
    }

    List<String> audit(long sheet, String action) {
        return jdbc.queryForList("""
                select coalesce(old_value::text, '') || ' → ' || coalesce(new_value::text, '') from (
                  select action, entity_id, old_value, new_value from audit_journal
                  union all select action, entity_id, old_value, new_value from audit_entry) a
                where action = ? and entity_id = ?""", String.class, action, String.valueOf(sheet));
    }

    @Test
    void theOfficeBuildsATreeMovesAndRemovesNodesAndEveryChangeIsAuditedWithOldAndNewValues() throws Exception {
        long sheet = create(OFFICE, "T-EDIT");
        long group = add(OFFICE, sheet, null, "I", "GROUP", "100");
        add(OFFICE, sheet, group, "I.1", "QUANTITATIVE", "60");
        long second = add(OFFICE, sheet, group, "I.2", "PASS_FAIL", "30");
        mvc.perform(criterionForm("/admin/sheets/" + sheet + "/criteria/" + second, version(sheet), "I.2", "Báo cáo đúng hạn", "PASS_FAIL", "35")
                .with(OFFICE)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/sheets/" + sheet + "/criteria/" + second + "/move").with(OFFICE).with(csrf())
                .param("version", String.valueOf(version(sheet))).param("direction", "up")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForList("select code from criterion where parent_id = ? order by position", String.class, group))
                .containsExactly("I.2", "I.1");

        var page = mvc.perform(get("/admin/sheets/" + sheet).with(OFFICE)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Báo cáo đúng hạn", "Đạt/Không đạt", "Định lượng", "Tỷ lệ")
                .contains("Các mục con cộng lại chỉ được 95 điểm").doesNotContain("total-warning");

        mvc.perform(get("/admin/sheets/" + sheet).param("remove", String.valueOf(group)).with(OFFICE))
                .andExpect(status().isOk()).andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("cùng 2 mục bên trong"));
        mvc.perform(post("/admin/sheets/" + sheet + "/criteria/" + group + "/remove").with(OFFICE).with(csrf())
                .param("version", String.valueOf(version(sheet)))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from criterion where sheet_id = ?", Long.class, sheet)).isZero();

        assertThat(audit(sheet, "SHEET_CREATED")).hasSize(1);
        assertThat(audit(sheet, "CRITERION_ADDED")).hasSize(3);
        assertThat(audit(sheet, "CRITERION_CHANGED")).singleElement().asString()
                .contains("\"maxPoints\":30", "\"maxPoints\":35").contains("Tiêu chí I.2", "Báo cáo đúng hạn");
        assertThat(audit(sheet, "CRITERION_MOVED")).hasSize(1);
        assertThat(audit(sheet, "CRITERION_REMOVED")).singleElement().asString().contains("\"code\":\"I\"", "\"removedWithIt\":2");
    }

    @Test
    void theSecondOfTwoOfficersEditingOneSheetGetsAClearMessageAndWhatTheyTypedIsKept() throws Exception {
        long sheet = create(OFFICE, "T-TWO");
        long c = add(OFFICE, sheet, null, "I", "JUDGED", "10");
        long seen = version(sheet); // both officers opened the page at this version
        mvc.perform(criterionForm("/admin/sheets/" + sheet + "/criteria/" + c, seen, "I", "Cách viết của người thứ nhất", "JUDGED", "10")
                .with(OFFICE)).andExpect(status().is3xxRedirection());
        var second = mvc.perform(criterionForm("/admin/sheets/" + sheet + "/criteria/" + c, seen, "I", "Cách viết của người thứ hai", "JUDGED", "12")
                .with(user("admin"))).andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(second).contains("vừa được người khác sửa").contains("value=\"Cách viết của người thứ hai\"")
                .contains("value=\"" + version(sheet) + "\"");
        assertThat(jdbc.queryForObject("select name from criterion where id = ?", String.class, c)).isEqualTo("Cách viết của người thứ nhất");
        assertThat(audit(sheet, "CRITERION_CHANGED")).hasSize(1);

        // adding under a stale version is refused the same way
        mvc.perform(criterionForm("/admin/sheets/" + sheet + "/criteria", seen, "II", "Mới", "JUDGED", "5").with(OFFICE))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select count(*) from criterion where sheet_id = ?", Long.class, sheet)).isOne();
    }

    @Test
    void badInputIsRefusedWithTheRuleAndNothingChanges() throws Exception {
        long sheet = create(OFFICE, "T-BAD");
        var html = mvc.perform(criterionForm("/admin/sheets/" + sheet + "/criteria", version(sheet), "I", "Định lượng không công thức",
                "QUANTITATIVE", "5").with(OFFICE)).andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("chỉ tiêu chí định lượng mới có công thức").contains("value=\"Định lượng không công thức\"");
        mvc.perform(criterionForm("/admin/sheets/" + sheet + "/criteria", version(sheet), "I 1", "", "JUDGED", "-1").with(OFFICE))
                .andExpect(status().isBadRequest())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("Cần nhập.", "Điểm phải từ 0 đến 1.000", "các cấp cách nhau bằng dấu chấm"));
        assertThat(jdbc.queryForObject("select count(*) from criterion where sheet_id = ?", Long.class, sheet)).isZero();
    }

    @Test
    void aUnionsOfficerManagesItsOwnSheetsOnlyAndReadsVustas() throws Exception {
        long own = create(HAI_PHONG, "T-HPG");
        assertThat(jdbc.queryForMap("select s.level, u.code from scoring_sheet s join unit u on u.id = s.owner_unit_id where s.id = ?", own))
                .containsEntry("level", "PROVINCIAL").containsEntry("code", "LHH-HPG");
        add(HAI_PHONG, own, null, "I", "JUDGED", "100");
        mvc.perform(get("/admin/sheets/" + own).with(HAI_DUONG)).andExpect(status().isForbidden());
        mvc.perform(criterionForm("/admin/sheets/" + own + "/criteria", version(own), "II", "Của Hải Dương", "JUDGED", "1").with(HAI_DUONG))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/sheets/" + own).with(OFFICE)).andExpect(status().isOk());
        var list = mvc.perform(get("/admin/sheets").with(HAI_DUONG)).andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain("T-HPG").contains(DemoSheets.CODE);

        long vusta = jdbc.queryForObject("select id from scoring_sheet where code = ? and sheet_version = 1", Long.class, DemoSheets.CODE);
        mvc.perform(get("/admin/sheets/" + vusta).with(HAI_PHONG)).andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).doesNotContain("criterion-form", "add-top"));
        // another union's sheet cannot be copied
        mvc.perform(post("/admin/sheets/" + own + "/copy").with(HAI_DUONG).with(csrf()).param("validFrom", "2027-01-01"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aUnionStartsItsOwnSheetFromACopyOfVustasAndVustasStaysAsItIs() throws Exception {
        long vusta = jdbc.queryForObject("select id from scoring_sheet where code = ? and sheet_version = 1 and level = 'VUSTA'", Long.class, DemoSheets.CODE);
        String nodes = "select count(*) from criterion where sheet_id = ?";
        int vustaNodes = jdbc.queryForObject(nodes, Integer.class, vusta);
        long vustaVersion = version(vusta);
        assertThat(mvc.perform(get("/admin/sheets/" + vusta).with(HAI_PHONG)).andReturn().getResponse().getContentAsString())
                .contains("copy-for-union-button", "Sao chép làm bảng điểm của đơn vị");
        mvc.perform(post("/admin/sheets/" + vusta + "/copy").with(HAI_PHONG).with(csrf()).param("validFrom", "2027-01-01"))
                .andExpect(status().is3xxRedirection());
        try {
            var copy = jdbc.queryForMap("""
                    select s.id, s.level, s.sheet_version, s.copied_from_id, s.valid_from::text as valid_from from scoring_sheet s
                    where s.code = ? and s.owner_unit_id = (select id from unit where code = 'LHH-HPG')""", DemoSheets.CODE);
            long id = ((Number) copy.get("id")).longValue();
            assertThat(copy).containsEntry("level", "PROVINCIAL").containsEntry("sheet_version", 1).containsEntry("valid_from", "2027-01-01");
            assertThat(((Number) copy.get("copied_from_id")).longValue()).isEqualTo(vusta);
            assertThat(jdbc.queryForObject(nodes, Integer.class, id)).isEqualTo(vustaNodes);
            assertThat(audit(id, "SHEET_COPIED")).hasSize(1);
            // the union edits its copy, another union cannot see it, VUSTA's sheet is untouched
            add(HAI_PHONG, id, null, "HP1", "JUDGED", "1");
            mvc.perform(get("/admin/sheets/" + id).with(HAI_DUONG)).andExpect(status().isForbidden());
            assertThat(jdbc.queryForObject(nodes, Integer.class, vusta)).isEqualTo(vustaNodes);
            assertThat(version(vusta)).isEqualTo(vustaVersion);
            // copying again gives the union's next version of its own sheet
            mvc.perform(post("/admin/sheets/" + vusta + "/copy").with(HAI_PHONG).with(csrf()).param("validFrom", "2028-01-01"))
                    .andExpect(status().is3xxRedirection());
            assertThat(jdbc.queryForList("select sheet_version from scoring_sheet where code = ? and owner_unit_id = (select id from unit where code = 'LHH-HPG') order by 1",
                    Integer.class, DemoSheets.CODE)).containsExactly(1, 2);
        } finally {
            jdbc.update("delete from scoring_sheet where code = ? and owner_unit_id = (select id from unit where code = 'LHH-HPG')", DemoSheets.CODE);
        }
    }

    @Test
    void aLockedSheetSaysWhyAndOffersOnlyACopyForANewYear() throws Exception {
        long sheet = create(OFFICE, "T-LOCK");
        long group = add(OFFICE, sheet, null, "I", "GROUP", "0");
        add(OFFICE, sheet, group, "I.1", "JUDGED", "100");
        jdbc.update("update scoring_sheet set locked = true, locked_reason = 'Kết quả năm 2025 đã công bố' where id = ?", sheet);
        var html = mvc.perform(get("/admin/sheets/" + sheet).with(OFFICE)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Kết quả năm 2025 đã công bố", "copy-sheet").doesNotContain("add-top", "criterion-form", "save-details");
        mvc.perform(criterionForm("/admin/sheets/" + sheet + "/criteria", version(sheet), "II", "Không được", "JUDGED", "1").with(OFFICE))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/admin/sheets/" + sheet + "/copy").with(OFFICE).with(csrf()).param("validFrom", "2026-01-01"))
                .andExpect(status().is3xxRedirection());
        var copy = jdbc.queryForMap("select id, sheet_version, locked, valid_from::text as valid_from from scoring_sheet where code = 'T-LOCK' and sheet_version = 2");
        assertThat(copy).containsEntry("locked", false).containsEntry("valid_from", "2026-01-01");
        assertThat(jdbc.queryForList("select code from criterion where sheet_id = ? order by code", String.class, copy.get("id"))).containsExactly("I", "I.1");
        assertThat(audit((Long) copy.get("id"), "SHEET_COPIED")).hasSize(1);
    }

    @Test
    void theApiGivesTheTreeWithItsTotals() throws Exception {
        long vusta = jdbc.queryForObject("select id from scoring_sheet where code = ? and sheet_version = 1", Long.class, DemoSheets.CODE);
        mvc.perform(get("/api/v1/sheets/" + vusta).with(HAI_DUONG)).andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString())
                        .contains("\"maxTotal\":100", "\"bonusCap\":10", "\"penaltyCap\":10", "\"demo\":true", "\"code\":\"I.6.a\"",
                                "\"formula\":\"RELATIVE_TO_BEST\""));
        mvc.perform(get("/api/v1/sheets/" + vusta)).andExpect(status().isUnauthorized());
    }
}

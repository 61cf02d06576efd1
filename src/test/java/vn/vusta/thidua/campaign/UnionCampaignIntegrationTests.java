package vn.vusta.thidua.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.vusta.thidua.support.IntegrationTest;

/**
 * The office prepares a provincial union's campaign for the union's internal clusters on its behalf: the form offers
 * the union's own sheets, the campaign belongs to the union (level PROVINCIAL), and the union's officer manages it
 * too; a unit that is not a union is refused with a message and nothing is saved. Test year 2051, removed afterwards.
 */
@IntegrationTest
class UnionCampaignIntegrationTests {
    static final RequestPostProcessor OFFICE = user("vanphong.demo").roles("OFFICE");
    static final RequestPostProcessor HANOI = user("hanoi.demo").roles("UNIT_OFFICER");
    static final String NAME = "Thi đua các cụm nội bộ Liên hiệp Hội Hà Nội năm 2051";
    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void removeIt() {
        jdbc.update("delete from campaign where campaign_year = 2051 and name = ?", NAME);
        jdbc.update("delete from scoring_sheet where code = 'BD-HNI-2051'");
    }

    long unit(String code) { return jdbc.queryForObject("select id from unit where code = ?", Long.class, code); }

    @Test
    void theOfficePreparesHanoisInternalCampaignAndHanoiManagesIt() throws Exception {
        long hanoi = unit("LHH-HNI");
        jdbc.update("insert into scoring_sheet (code, sheet_version, name, level, owner_unit_id, valid_from) values ('BD-HNI-2051', 1, ?, 'PROVINCIAL', ?, date '2051-01-01')",
                "Bảng điểm cụm nội bộ Hà Nội 2051", hanoi);
        long sheet = jdbc.queryForObject("select id from scoring_sheet where code = 'BD-HNI-2051'", Long.class);
        var form = mvc.perform(get("/campaigns/new").param("year", "2051").param("union", String.valueOf(hanoi)).with(OFFICE))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Các cụm thi đua nội bộ của Liên hiệp Hội – Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Hà Nội",
                "Bảng điểm cụm nội bộ Hà Nội 2051 (BD-HNI-2051, v1)", "name=\"union\"");
        mvc.perform(post("/campaigns/new").with(OFFICE).with(csrf()).param("union", String.valueOf(hanoi)).param("name", NAME)
                        .param("year", "2051").param("scoringSheetId", String.valueOf(sheet)).param("reviewMode", "HEAD"))
                .andExpect(status().is3xxRedirection());
        var saved = jdbc.queryForMap("select id, level, kind, owner_unit_id, scoring_sheet_id from campaign where name = ?", NAME);
        assertThat(saved).containsEntry("level", "PROVINCIAL").containsEntry("kind", "CLUSTER");
        assertThat(((Number) saved.get("owner_unit_id")).longValue()).isEqualTo(hanoi);
        assertThat(((Number) saved.get("scoring_sheet_id")).longValue()).isEqualTo(sheet);
        mvc.perform(get("/campaigns/" + saved.get("id") + "/edit").with(HANOI)).andExpect(status().isOk());
    }

    @Test
    void aUnitThatIsNotAUnionIsRefusedAndNothingIsSaved() throws Exception {
        int before = jdbc.queryForObject("select count(*) from campaign", Integer.class);
        var page = mvc.perform(post("/campaigns/new").with(OFFICE).with(csrf()).param("union", String.valueOf(unit("LHHVN"))).param("name", NAME)
                .param("year", "2051").param("reviewMode", "HEAD")).andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Đơn vị được chọn không phải là một Liên hiệp Hội tỉnh, thành phố.");
        assertThat(jdbc.queryForObject("select count(*) from campaign", Integer.class)).isEqualTo(before);
        // a union's officer cannot prepare another union's campaign by naming it: its own scope stays
        mvc.perform(get("/campaigns/new").param("year", "2051").param("union", String.valueOf(unit("LHH-HPG25"))).with(HANOI))
                .andExpect(status().isOk()).andExpect(r -> assertThat(r.getResponse().getContentAsString()).doesNotContain("name=\"union\""));
    }
}

package vn.vusta.thidua.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import vn.vusta.thidua.support.IntegrationTest;

/**
 * The write API of campaigns and registrations: the pages' rules, problem details in Vietnamese, nothing changed by a
 * refused write, optimistic locking by version, an audit entry per write. Each test runs in a transaction that is
 * rolled back (so opening a campaign delivers no event and nothing stays behind).
 */
@IntegrationTest
@Transactional // its own year (2034): CampaignCoreIntegrationTests commits a 2031 campaign
class CampaignWriteApiIntegrationTests {
    private static final String DEADLINES = """
            "registration":"2034-03-31","sixMonth":"2034-07-15","nineMonth":"2034-10-15","selfAssessment":"2034-11-20",
            "review":"2034-12-05","explanationFrom":"2034-12-06","explanationUntil":"2034-12-15","publication":"2034-12-25\"""";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).content(body);
    }

    long audits(String action, long entityId) {
        return jdbc.queryForObject("select count(*) from audit_journal where action = ? and entity_id = ?", Long.class, action, String.valueOf(entityId))
                + jdbc.queryForObject("select count(*) from audit_entry where action = ? and entity_id = ?", Long.class, action, String.valueOf(entityId));
    }

    long campaigns() { return jdbc.queryForObject("select count(*) from campaign", Long.class); }

    @Test
    void theOfficePreparesEditsAndOpensACampaignThroughTheApi() throws Exception {
        long before = campaigns();
        mvc.perform(json(post("/api/v1/campaigns"), "{\"name\":\"\",\"year\":2034}").with(user("vanphong.demo")))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")))
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("Cần nhập."));
        mvc.perform(json(post("/api/v1/campaigns"), "{\"name\":\"Đợt API 2034\",\"year\":2034,\"registration\":\"2034-08-01\",\"sixMonth\":\"2034-07-15\"}")
                        .with(user("vanphong.demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Hạn báo cáo 6 tháng không được trước Hạn đăng ký thi đua."));
        assertThat(campaigns()).as("a refused write creates nothing").isEqualTo(before);

        var created = mvc.perform(json(post("/api/v1/campaigns"), "{\"name\":\"Đợt API 2034\",\"year\":2034,\"kind\":\"CLUSTER\","
                        + DEADLINES + ",\"reviewMode\":\"HEAD\",\"tieBreak\":\"GROUPS_IN_ORDER\"}").with(user("vanphong.demo")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.level").value("VUSTA"))
                .andExpect(jsonPath("$.deadlines.registration").value("2034-03-31"))
                .andReturn().getResponse();
        long id = jdbc.queryForObject("select id from campaign where name = 'Đợt API 2034'", Long.class);
        assertThat(created.getHeader("Location")).isEqualTo("/api/v1/campaigns/" + id);
        assertThat(audits("CAMPAIGN_CREATED", id)).isOne();
        long version = jdbc.queryForObject("select version from campaign where id = ?", Long.class, id);

        // two editors: the second sends the version both read and is refused, nothing of it saved
        mvc.perform(json(put("/api/v1/campaigns/{id}", id), "{\"version\":" + version + ",\"name\":\"Đợt API 2034 (sửa)\",\"year\":2034,"
                        + DEADLINES + "}").with(user("vanphong.demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("Đợt API 2034 (sửa)"));
        mvc.perform(json(put("/api/v1/campaigns/{id}", id), "{\"version\":" + version + ",\"name\":\"Đợt API 2034 (ghi đè)\",\"year\":2034,"
                        + DEADLINES + "}").with(user("vanphong.demo")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Dữ liệu này vừa được người khác thay đổi")));
        assertThat(jdbc.queryForObject("select name from campaign where id = ?", String.class, id)).isEqualTo("Đợt API 2034 (sửa)");
        assertThat(audits("CAMPAIGN_UPDATED", id)).isOne();

        long current = jdbc.queryForObject("select version from campaign where id = ?", Long.class, id);
        mvc.perform(json(post("/api/v1/campaigns/{id}/open", id), "{\"version\":" + current + "}").with(user("vanphong.demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Chưa chọn bảng chấm điểm cho đợt thi đua."));
        mvc.perform(json(post("/api/v1/campaigns/{id}/open", id), "{}").with(user("vanphong.demo")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
        long sheet = jdbc.queryForObject("select id from scoring_sheet where code = 'BD-CUM-LHH-MAU' and sheet_version = 1", Long.class);
        mvc.perform(json(put("/api/v1/campaigns/{id}", id), "{\"version\":" + current + ",\"name\":\"Đợt API 2034 (sửa)\",\"year\":2034,"
                        + "\"scoringSheetId\":" + sheet + "," + DEADLINES + "}").with(user("vanphong.demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.scoringSheetId").value(sheet));
        current = jdbc.queryForObject("select version from campaign where id = ?", Long.class, id);
        mvc.perform(json(post("/api/v1/campaigns/{id}/open", id), "{\"version\":" + current + "}").with(user("vanphong.demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("OPEN"));
        assertThat(audits("CAMPAIGN_OPENED", id)).isOne();

        // every tie-break rule of the ranking is accepted; an unknown one is refused, nothing changed
        for (var rule : vn.vusta.thidua.campaign.ranking.TieBreak.values()) {
            current = jdbc.queryForObject("select version from campaign where id = ?", Long.class, id);
            mvc.perform(json(put("/api/v1/campaigns/{id}", id), "{\"version\":" + current + ",\"name\":\"Đợt API 2034 (sửa)\",\"year\":2034,"
                            + DEADLINES + ",\"tieBreak\":\"" + rule.name() + "\"}").with(user("vanphong.demo")))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.tieBreak").value(rule.name()));
        }
        current = jdbc.queryForObject("select version from campaign where id = ?", Long.class, id);
        mvc.perform(json(put("/api/v1/campaigns/{id}", id), "{\"version\":" + current + ",\"name\":\"Đợt API 2034 (sửa)\",\"year\":2034,"
                        + DEADLINES + ",\"tieBreak\":\"BY_LOT\"}").with(user("vanphong.demo")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("Cách xếp khi bằng điểm không hợp lệ."));
        assertThat(jdbc.queryForObject("select tie_break from campaign where id = ?", String.class, id)).isEqualTo("SHARED");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/v3/api-docs"))
                .andExpect(jsonPath("$.components.schemas.CampaignForm.properties.tieBreak.enum",
                        org.hamcrest.Matchers.contains("GROUPS_IN_ORDER", "FEWER_PENALTIES", "REVIEW_THEN_SELF", "SHARED")));

        // a union's officer may not edit VUSTA's campaign: refused, nothing changed
        mvc.perform(json(put("/api/v1/campaigns/{id}", id), "{\"version\":" + current + ",\"name\":\"Không được\",\"year\":2034}")
                        .with(user("hanoi.demo")))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select name from campaign where id = ?", String.class, id)).isEqualTo("Đợt API 2034 (sửa)");
    }

    /** An open 2025 campaign of VUSTA's clusters without a sheet (Hà Nội is a member of Cụm 2 in 2025). */
    long openCampaign() {
        jdbc.update("""
                insert into campaign (campaign_year, name, level, kind, owner_unit_id, status, registration_due, six_month_due,
                    nine_month_due, self_assessment_due, review_due, explanation_from, explanation_due, publication_due, opened_by, opened_at)
                values (2025, 'Đợt API đăng ký 2025', 'VUSTA', 'CLUSTER', (select id from unit where code = 'LHHVN'), 'OPEN',
                    date '2025-03-31', date '2025-07-15', date '2025-10-15', date '2025-11-20', date '2025-12-05', date '2025-12-06',
                    date '2025-12-15', date '2025-12-25', 'vanphong.demo', timestamp with time zone '2025-01-05 02:00:00+00')""");
        return jdbc.queryForObject("select id from campaign where name = 'Đợt API đăng ký 2025'", Long.class);
    }

    @Test
    void aUnitRegistersThroughTheApiAndTheOfficeReopensIt() throws Exception {
        long id = openCampaign();
        var url = "/api/v1/campaigns/" + id + "/registration";
        var body = "{\"targets\":[{\"indicator\":\"Số hội thảo khoa học\",\"unitOfMeasure\":\"hội thảo\",\"targetValue\":4}],"
                + "\"titles\":[\"CO_THI_DUA_VUSTA\"],\"otherTitles\":\"Bằng khen của UBND tỉnh\"";
        mvc.perform(json(put(url), body + "}").with(user("hanoi.demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.unit.code").value("LHH-HNI"))
                .andExpect(jsonPath("$.targets[0].targetValue").value(4))
                .andExpect(jsonPath("$.aimedTitles[0]").value("CO_THI_DUA_VUSTA"));
        long registration = jdbc.queryForObject("select id from registration where campaign_id = ?", Long.class, id);
        assertThat(audits("REGISTRATION_SAVED", registration)).isOne();

        // a second save without the version read: refused as a concurrent edit
        mvc.perform(json(put(url), body + "}").with(user("hanoi.demo"))).andExpect(status().isConflict());
        long version = jdbc.queryForObject("select version from registration where id = ?", Long.class, registration);
        mvc.perform(json(put(url), "{\"version\":" + version + ",\"targets\":[{\"indicator\":\"Số hội thảo\",\"targetValue\":-1}]}")
                        .with(user("hanoi.demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Chỉ tiêu phải là số không âm."));
        assertThat(jdbc.queryForObject("select target_value from registration_target where registration_id = ?", java.math.BigDecimal.class,
                registration)).isEqualByComparingTo("4");

        mvc.perform(json(post(url + "/submit"), body + ",\"version\":" + version + "}").with(user("hanoi.demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));
        assertThat(audits("REGISTRATION_SUBMITTED", registration)).isOne();

        var reopen = "/api/v1/campaigns/" + id + "/registrations/" + registration + "/reopen";
        mvc.perform(json(post(reopen), "{\"reason\":\"Sửa chỉ tiêu\"}").with(user("cantho.demo"))).andExpect(status().isForbidden());
        mvc.perform(json(post(reopen), "{\"reason\":\" \"}").with(user("vanphong.demo")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(json(post(reopen), "{\"reason\":\"Sửa chỉ tiêu\"}").with(user("vanphong.demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DRAFT"));
        assertThat(audits("REGISTRATION_REOPENED", registration)).isOne();

        mvc.perform(post("/api/v1/campaigns/" + id + "/registrations/" + registration + "/carry-over").with(user("hanoi.demo")))
                .andExpect(status().isForbidden());
        // Hà Nội has no successor: the office's carry-over is refused with the rule, nothing changed
        mvc.perform(post("/api/v1/campaigns/" + id + "/registrations/" + registration + "/carry-over").with(user("vanphong.demo")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").isString());
        assertThat(jdbc.queryForObject("select u.code from registration r join unit u on u.id = r.unit_id where r.id = ?", String.class,
                registration)).isEqualTo("LHH-HNI");
        assertThat(audits("REGISTRATION_CARRIED_OVER", registration)).isZero();
    }
}

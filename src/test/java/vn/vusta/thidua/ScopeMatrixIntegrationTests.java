package vn.vusta.thidua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static vn.vusta.thidua.ScopeMatrixIntegrationTests.Who.ANONYMOUS;
import static vn.vusta.thidua.ScopeMatrixIntegrationTests.Who.OFFICE;
import static vn.vusta.thidua.ScopeMatrixIntegrationTests.Who.OTHER_UNIT_OFFICER;
import static vn.vusta.thidua.ScopeMatrixIntegrationTests.Who.PRESIDIUM_MEMBER;
import static vn.vusta.thidua.ScopeMatrixIntegrationTests.Who.SYSTEM_ADMIN;
import static vn.vusta.thidua.ScopeMatrixIntegrationTests.Who.UNIT_OFFICER;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import vn.vusta.thidua.audit.AuditSealer;
import vn.vusta.thidua.support.IntegrationTest;
import vn.vusta.thidua.support.TestClock;

/**
 * THE SCOPE MATRIX: for every endpoint the application maps, and every actor (anonymous, each role, a unit's own
 * officer and another unit's officer), whether the call is allowed; a denied call answers "log in" (page: redirect to
 * /login, API: 401) or 403, and a denied write changes nothing (every table and the audit trail are compared).
 *
 * <h2>How to add a row (a new endpoint FAILS {@link #everyMappedEndpointHasARow} until it has one)</h2>
 * <ol>
 *   <li>Add one line to {@link #ENDPOINTS} per HTTP method and path pattern, written exactly as mapped
 *       ({@code "/clusters/{id}/members"}); an endpoint mapped without a method is written {@code ANY}.</li>
 *   <li>{@code page(...)} sends the request as a browser does (session, CSRF token); {@code api(...)} as a script
 *       does (stateless). Build the request from the fixture {@code f} (ids and versions of the demo data) with
 *       parameters that an allowed actor could really save.</li>
 *   <li>End with who is ALLOWED: {@code PUBLIC} (everyone, anonymous too), {@code SIGNED_IN} (every account), or the
 *       actors of {@link Who}. Everyone else must be denied.</li>
 *   <li>A new role: add it to {@link Who} with a demo account holding only that role.</li>
 * </ol>
 * Each cell runs in its own transaction that is rolled back, so allowed writes leave nothing behind.
 */
@IntegrationTest
@Transactional
class ScopeMatrixIntegrationTests {

    /** The actors: anonymous, one demo account per role, and two unit officers. */
    enum Who {
        ANONYMOUS(null),
        OFFICE("vanphong.demo"),
        SYSTEM_ADMIN("quantri.demo"),
        COUNCIL_STANDING("thuongtruc.demo"),
        COUNCIL_SECRETARY("thuky.demo"),
        COUNCIL_MEMBER("uyvien.demo"),
        PRESIDIUM_MEMBER("phutrach.demo"),
        /** Officer of the unit the row acts on (Hải Phòng, LHH-HPG; head of Cụm 2 in 2024). */
        UNIT_OFFICER("haiphong.demo"),
        /** Officer of another unit (Hải Dương, LHH-HDG) acting on Hải Phòng's unit or Cụm 2. */
        OTHER_UNIT_OFFICER("haiduong.demo");

        final String username;

        Who(String username) { this.username = username; }
    }

    /** An endpoint mapped without an HTTP method (it is called with GET). */
    static final HttpMethod ANY = HttpMethod.valueOf("ANY");
    static final Set<Who> PUBLIC = EnumSet.allOf(Who.class);
    static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(ANONYMOUS));

    // ---------------------------------------------------------------------------------------------------------------
    // THE TABLE. One row per endpoint (method + pattern as mapped). Keep it sorted by module.
    // ---------------------------------------------------------------------------------------------------------------
    static final List<Row> ENDPOINTS = List.of(
            // framework: error dispatch, OpenAPI, Swagger UI, actuator
            page(ANY, "/error", f -> get("/error"), PUBLIC),
            api(GET, "/v3/api-docs", f -> get("/v3/api-docs"), PUBLIC),
            api(GET, "/v3/api-docs.yaml", f -> get("/v3/api-docs.yaml").accept("application/vnd.oai.openapi"), PUBLIC),
            api(GET, "/v3/api-docs/swagger-config", f -> get("/v3/api-docs/swagger-config"), PUBLIC),
            page(GET, "/swagger-ui.html", f -> get("/swagger-ui.html"), PUBLIC),
            api(GET, "/actuator", f -> get("/actuator"), SIGNED_IN),
            api(GET, "/actuator/health", f -> get("/actuator/health"), PUBLIC),
            api(GET, "/actuator/health/**", f -> get("/actuator/health/ping"), PUBLIC),

            // identity
            page(GET, "/login", f -> get("/login"), PUBLIC),
            page(GET, "/account", f -> get("/account"), SIGNED_IN),
            page(POST, "/account/password", f -> post("/account/password").param("current", "sai-mat-khau")
                    .param("next", "mat-khau-moi-2026").param("confirm", "mat-khau-moi-2026"), SIGNED_IN),
            page(GET, "/admin/accounts", f -> get("/admin/accounts"), SYSTEM_ADMIN),
            page(GET, "/admin/accounts/new", f -> get("/admin/accounts/new"), SYSTEM_ADMIN),
            page(POST, "/admin/accounts/new", f -> post("/admin/accounts/new").param("username", "ma.tran")
                    .param("displayName", "Tài khoản ma trận").param("roles", "COUNCIL_MEMBER").param("enabled", "true")
                    .param("password", "mat-khau-ma-tran-2026"), SYSTEM_ADMIN),
            page(GET, "/admin/accounts/{id}", f -> get("/admin/accounts/{id}", f.officerAccount()), SYSTEM_ADMIN),
            page(POST, "/admin/accounts/{id}", f -> post("/admin/accounts/{id}", f.officerAccount())
                    .param("version", f.accountVersion()).param("username", "haiphong.demo").param("displayName", "Đổi tên")
                    .param("roles", "OFFICE").param("enabled", "true").param("password", ""), SYSTEM_ADMIN),
            page(POST, "/admin/accounts/{id}/unlock", f -> post("/admin/accounts/{id}/unlock", f.officerAccount()), SYSTEM_ADMIN),
            page(POST, "/admin/accounts/unlock-address", f -> post("/admin/accounts/unlock-address").param("address", "203.0.113.9"),
                    SYSTEM_ADMIN),
            page(GET, "/units/{unitId}/accounts", f -> get("/units/{unitId}/accounts", f.unit()), OFFICE, SYSTEM_ADMIN, UNIT_OFFICER),
            page(GET, "/admin/account-moves", f -> get("/admin/account-moves"), OFFICE, SYSTEM_ADMIN),
            page(POST, "/admin/account-moves/{accountId}", f -> post("/admin/account-moves/{accountId}", f.officerAccount())
                    .param("version", f.accountVersion()).param("toUnitId", f.unitCode("LHH-HPG25")), OFFICE, SYSTEM_ADMIN),
            api(GET, "/api/v1/units/{unitId}/accounts", f -> get("/api/v1/units/{unitId}/accounts", f.unit()),
                    OFFICE, SYSTEM_ADMIN, UNIT_OFFICER),

            // organization
            page(GET, "/units", f -> get("/units"), PUBLIC),
            page(GET, "/units/{id}", f -> get("/units/{id}", f.unit()), PUBLIC),
            page(GET, "/units/{id}/edit", f -> get("/units/{id}/edit", f.unit()), OFFICE, UNIT_OFFICER),
            page(POST, "/units/{id}/edit", f -> post("/units/{id}/edit", f.unit()).param("version", f.unitVersion())
                    .param("phone", "0225 3 000 111"), OFFICE, UNIT_OFFICER),
            page(GET, "/admin/units/new", f -> get("/admin/units/new"), OFFICE),
            page(POST, "/admin/units/new", f -> post("/admin/units/new").param("code", "HOI-MA-TRAN").param("name", "Hội ma trận")
                    .param("shortName", "Hội ma trận").param("type", "NATIONAL_ASSOCIATION").param("status", "ACTIVE"), OFFICE),
            page(GET, "/admin/mergers/new", f -> get("/admin/mergers/new"), OFFICE),
            page(POST, "/admin/mergers/new", f -> post("/admin/mergers/new").param("predecessorIds", f.unitCode("LHH-HNI"))
                    .param("successorId", f.unitCode("LHH-HPG25")).param("effectiveDate", "2026-01-01")
                    .param("legalRef", "QĐ ma trận"), OFFICE),
            page(POST, "/units/{id}/union-decision", f -> post("/units/{id}/union-decision", f.unitCode("LHH-HPG25"))
                    .param("reference", "QĐ ma trận").param("date", "2025-08-01"), OFFICE),
            page(GET, "/units/{id}/associations", f -> get("/units/{id}/associations", f.unit()).param("q", "ma tran"), PUBLIC),
            page(GET, "/units/{id}/associations/new", f -> get("/units/{id}/associations/new", f.unit()), OFFICE, UNIT_OFFICER),
            page(POST, "/units/{id}/associations/new", f -> post("/units/{id}/associations/new", f.unit())
                    .param("name", "Hội Vật lý ma trận").param("shortName", "Hội Vật lý"), OFFICE, UNIT_OFFICER),
            page(POST, "/units/{id}/end", f -> post("/units/{id}/end", f.unitCode("HOI-MT-1")).param("version", "0")
                    .param("lastDay", "2025-03-01"), OFFICE, UNIT_OFFICER),
            api(GET, "/api/v1/units", f -> get("/api/v1/units"), PUBLIC),
            api(GET, "/api/v1/units/{id}", f -> get("/api/v1/units/{id}", f.unit()), PUBLIC),
            api(PUT, "/api/v1/units/{id}/contact", f -> json(put("/api/v1/units/{id}/contact", f.unit()),
                    "{\"version\":" + f.unitVersion() + ",\"phone\":\"0225 3 000 222\"}"), OFFICE, UNIT_OFFICER),

            // cluster
            page(GET, "/", f -> get("/"), PUBLIC),
            page(GET, "/clusters", f -> get("/clusters"), PUBLIC),
            page(GET, "/clusters/{id}", f -> get("/clusters/{id}", f.cluster()), PUBLIC),
            page(GET, "/clusters/{id}/leadership", f -> get("/clusters/{id}/leadership", f.cluster()), OFFICE, UNIT_OFFICER),
            page(POST, "/clusters/{id}/leadership", f -> post("/clusters/{id}/leadership", f.cluster())
                    .param("version", f.clusterVersion()).param("headUnitId", f.unitCode("LHH-HDG"))
                    .param("date", "2025-01-10").param("reference", "Biên bản ma trận"), OFFICE, UNIT_OFFICER),
            page(POST, "/clusters/{id}/leadership/confirm", f -> post("/clusters/{id}/leadership/confirm", f.cluster())
                    .param("version", f.clusterVersion()), OFFICE),
            page(POST, "/clusters/{id}/details", f -> post("/clusters/{id}/details", f.cluster()).param("version", f.clusterVersion())
                    .param("name", "Cụm ma trận"), OFFICE),
            page(POST, "/clusters/{id}/members", f -> post("/clusters/{id}/members", f.cluster()).param("version", f.clusterVersion())
                    .param("unitId", f.unitCode("LHH-HNI")), OFFICE),
            page(POST, "/clusters/{id}/members/{unitId}/remove", f -> post("/clusters/{id}/members/{unitId}/remove", f.cluster(),
                    f.unitCode("LHH-TBH")).param("version", f.clusterVersion()), OFFICE),
            page(GET, "/admin/clusters/new", f -> get("/admin/clusters/new"), OFFICE),
            page(POST, "/admin/clusters/new", f -> post("/admin/clusters/new").param("code", "KHOI-MA-TRAN").param("year", "2026")
                    .param("name", "Khối ma trận").param("kind", "BLOCK").param("level", "VUSTA"), OFFICE),
            page(GET, "/admin/regrouping", f -> get("/admin/regrouping"), OFFICE),
            page(POST, "/admin/regrouping", f -> post("/admin/regrouping").param("year", "2026").param("action", "check"), OFFICE),
            page(GET, "/units/{unitId}/clusters", f -> get("/units/{unitId}/clusters", f.unit()), PUBLIC),
            page(GET, "/units/{id}/clusters/new", f -> get("/units/{id}/clusters/new", f.unit()), OFFICE, UNIT_OFFICER),
            page(POST, "/units/{id}/clusters/new", f -> post("/units/{id}/clusters/new", f.unit()).param("code", "NB-MOI")
                    .param("year", "2025").param("name", "Cụm nội bộ mới"), OFFICE, UNIT_OFFICER),
            page(GET, "/account/clusters", f -> get("/account/clusters"), SIGNED_IN),
            api(GET, "/api/v1/clusters", f -> get("/api/v1/clusters").param("year", "2025"), PUBLIC),
            api(GET, "/api/v1/clusters/{code}/head", f -> get("/api/v1/clusters/{code}/head", "CUM-02").param("date", "2024-06-01"), PUBLIC),
            api(GET, "/api/v1/clusters/{id}/rotation-proposal", f -> get("/api/v1/clusters/{id}/rotation-proposal", f.cluster()),
                    OFFICE, UNIT_OFFICER),
            api(POST, "/api/v1/clusters/{id}/leadership", f -> json(post("/api/v1/clusters/{id}/leadership", f.cluster()),
                    "{\"version\":" + f.clusterVersion() + ",\"headUnitId\":" + f.unitCode("LHH-HDG")
                            + ",\"date\":\"2025-01-10\",\"reference\":\"Biên bản ma trận\"}"), OFFICE, UNIT_OFFICER),

            // meeting (a 2025 six-month review of Cụm 2 hosted by Hải Phòng, head that year; Hải Dương a member: meetingFixture)
            page(GET, "/meetings", f -> get("/meetings").param("year", "2025"), SIGNED_IN),
            page(GET, "/meetings/new", f -> get("/meetings/new").param("cluster", String.valueOf(f.cluster())), OFFICE, UNIT_OFFICER),
            page(POST, "/meetings/new", f -> post("/meetings/new").param("type", "NINE_MONTH_BRIEFING").param("clusterId", String.valueOf(f.cluster()))
                    .param("title", "Giao ban ma trận").param("hostUnitId", f.unit()).param("startsAt", "2025-10-09T08:00")
                    .param("place", "Hải Phòng").param("quorumRule", "MORE_THAN_HALF"), OFFICE, UNIT_OFFICER),
            page(GET, "/meetings/{id}", f -> get("/meetings/{id}", f.meeting()), OFFICE, UNIT_OFFICER, OTHER_UNIT_OFFICER),
            page(POST, "/meetings/{id}", f -> post("/meetings/{id}", f.meeting()).param("version", f.meetingVersion())
                    .param("title", "Sơ kết ma trận (sửa)").param("hostUnitId", f.unit()).param("startsAt", "2025-06-20T08:00")
                    .param("place", "Hải Phòng").param("quorumRule", "MORE_THAN_HALF"), OFFICE, UNIT_OFFICER),
            page(POST, "/meetings/{id}/agenda", f -> post("/meetings/{id}/agenda", f.meeting()).param("version", f.meetingVersion())
                    .param("title", "Nội dung ma trận"), OFFICE, UNIT_OFFICER),
            page(POST, "/meetings/{id}/agenda/{itemId}", f -> post("/meetings/{id}/agenda/{itemId}", f.meeting(), f.agendaItem())
                    .param("version", f.meetingVersion()).param("title", "Báo cáo sơ kết").param("conclusion", "Thống nhất"), OFFICE, UNIT_OFFICER),
            page(POST, "/meetings/{id}/agenda/{itemId}/remove", f -> post("/meetings/{id}/agenda/{itemId}/remove", f.meeting(), f.agendaItem())
                    .param("version", f.meetingVersion()), OFFICE, UNIT_OFFICER),
            page(POST, "/meetings/{id}/attendance", f -> post("/meetings/{id}/attendance", f.meeting()).param("version", f.meetingVersion())
                    .param("unit-" + f.unit(), "1").param("present-" + f.unit(), "on").param("name-" + f.unit(), "Nguyễn Văn A"), OFFICE, UNIT_OFFICER),
            page(POST, "/meetings/{id}/agenda/{itemId}/reports", f -> post("/meetings/{id}/agenda/{itemId}/reports", f.meeting(), f.agendaItem())
                    .param("unitId", f.unitCode("LHH-HDG")).param("text", "Báo cáo 6 tháng của Hải Dương"), OFFICE, UNIT_OFFICER, OTHER_UNIT_OFFICER),
            page(GET, "/meetings/{id}/reports/{documentId}", f -> get("/meetings/{id}/reports/{documentId}", f.meeting(), f.meetingDocument()),
                    OFFICE, UNIT_OFFICER, OTHER_UNIT_OFFICER),
            page(GET, "/clusters/{id}/meetings", f -> get("/clusters/{id}/meetings", f.cluster()), PUBLIC),
            page(POST, "/meetings/{id}/ballots/preset", f -> post("/meetings/{id}/ballots/preset", f.meeting())
                    .param("purpose", "ACCLAIM_LEADER"), OFFICE, UNIT_OFFICER),
            page(POST, "/meetings/{id}/ballots", f -> post("/meetings/{id}/ballots", f.meeting()).param("question", "Câu hỏi ma trận")
                    .param("kind", "CHOOSE_UP_TO_K").param("maxChoices", "1").param("candidates", f.unit()), OFFICE, UNIT_OFFICER),
            page(POST, "/meetings/{id}/minutes/generate", f -> post("/meetings/{id}/minutes/generate", f.meeting())
                    .param("version", f.minutesVersion()), OFFICE, UNIT_OFFICER),
            page(POST, "/meetings/{id}/minutes", f -> post("/meetings/{id}/minutes", f.meeting()).param("version", f.minutesVersion())
                    .param("body", "I. THỜI GIAN\nBiên bản sửa"), OFFICE, UNIT_OFFICER),
            page(POST, "/meetings/{id}/minutes/restore", f -> post("/meetings/{id}/minutes/restore", f.meeting())
                    .param("version", f.minutesVersion()), OFFICE, UNIT_OFFICER),
            page(POST, "/meetings/{id}/minutes/finalise", f -> post("/meetings/{id}/minutes/finalise", f.meeting())
                    .param("version", f.minutesVersion()), OFFICE, UNIT_OFFICER),
            page(GET, "/meetings/{id}/minutes.pdf", f -> get("/meetings/{id}/minutes.pdf", f.meeting()), OFFICE, UNIT_OFFICER, OTHER_UNIT_OFFICER),
            page(GET, "/meetings/{id}/minutes.docx", f -> get("/meetings/{id}/minutes.docx", f.meeting()), OFFICE, UNIT_OFFICER, OTHER_UNIT_OFFICER),

            // campaign progress (a 2022 campaign of the VUSTA clusters: both officers' units are members of Cụm 2)
            page(GET, "/campaigns/{id}/progress", f -> get("/campaigns/{id}/progress", f.progressCampaign()),
                    OFFICE, PRESIDIUM_MEMBER, UNIT_OFFICER, OTHER_UNIT_OFFICER),
            // campaign: scoring sheets (the demo sheet is VUSTA's; both unit officers are provincial unions' officers)
            page(GET, "/admin/sheets", f -> get("/admin/sheets"), OFFICE, UNIT_OFFICER, OTHER_UNIT_OFFICER),
            page(POST, "/admin/sheets", f -> post("/admin/sheets").param("code", "BD-MA-TRAN").param("name", "Bảng điểm ma trận")
                    .param("level", "VUSTA").param("validFrom", "2026-01-01"), OFFICE, UNIT_OFFICER, OTHER_UNIT_OFFICER),
            page(GET, "/admin/sheets/{id}", f -> get("/admin/sheets/{id}", f.sheet()), SIGNED_IN),
            page(POST, "/admin/sheets/{id}/details", f -> post("/admin/sheets/{id}/details", f.sheet()).param("version", f.sheetVersion())
                    .param("name", "Bảng điểm ma trận").param("validFrom", "2024-01-01"), OFFICE),
            page(POST, "/admin/sheets/{id}/criteria", f -> post("/admin/sheets/{id}/criteria", f.sheet()).param("version", f.sheetVersion())
                    .param("parentId", f.criterion("I")).param("code", "I.9").param("name", "Tiêu chí ma trận").param("type", "JUDGED")
                    .param("maxPoints", "1"), OFFICE),
            page(POST, "/admin/sheets/{id}/criteria/{criterionId}", f -> post("/admin/sheets/{id}/criteria/{criterionId}", f.sheet(),
                    f.criterion("I.4")).param("version", f.sheetVersion()).param("code", "I.4").param("name", "Tiêu chí ma trận")
                    .param("type", "JUDGED").param("maxPoints", "2"), OFFICE),
            page(POST, "/admin/sheets/{id}/criteria/{criterionId}/remove", f -> post("/admin/sheets/{id}/criteria/{criterionId}/remove",
                    f.sheet(), f.criterion("I.5")).param("version", f.sheetVersion()), OFFICE),
            page(POST, "/admin/sheets/{id}/criteria/{criterionId}/move", f -> post("/admin/sheets/{id}/criteria/{criterionId}/move",
                    f.sheet(), f.criterion("I.5")).param("version", f.sheetVersion()).param("direction", "up"), OFFICE),
            page(POST, "/admin/sheets/{id}/copy", f -> post("/admin/sheets/{id}/copy", f.sheet()).param("validFrom", "2027-01-01"),
                    OFFICE, UNIT_OFFICER, OTHER_UNIT_OFFICER),
            page(GET, "/admin/sheets/{id}/xlsx", f -> get("/admin/sheets/{id}/xlsx", f.sheet()), SIGNED_IN),
            page(GET, "/admin/sheets/import", f -> get("/admin/sheets/import"), OFFICE, UNIT_OFFICER, OTHER_UNIT_OFFICER),
            // (an upload without a file: MockMvc's multipart builder is not a MockHttpServletRequestBuilder; the refusal of a
            // non-XLSX upload is SheetXlsxIntegrationTests')
            page(POST, "/admin/sheets/import", f -> post("/admin/sheets/import"), OFFICE, UNIT_OFFICER, OTHER_UNIT_OFFICER),
            api(GET, "/api/v1/sheets/{id}", f -> get("/api/v1/sheets/{id}", f.sheet()), SIGNED_IN),
            api(GET, "/api/v1/sheets/{id}/xlsx", f -> get("/api/v1/sheets/{id}/xlsx", f.sheet())
                    .accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), SIGNED_IN),

            // campaign (a 2025 campaign of VUSTA's clusters is open; Hải Phòng holds Cụm 2's head's place, see campaignFixture)
            page(GET, "/campaigns", f -> get("/campaigns").param("year", "2025"), PUBLIC),
            page(GET, "/campaigns/{id}", f -> get("/campaigns/{id}", f.campaign()), PUBLIC),
            page(GET, "/campaigns/new", f -> get("/campaigns/new"), OFFICE, UNIT_OFFICER, OTHER_UNIT_OFFICER),
            page(POST, "/campaigns/new", f -> post("/campaigns/new").param("name", "Đợt ma trận").param("year", "2025")
                    .param("kind", "BLOCK").param("reviewMode", "HEAD").param("tieBreak", "GROUPS_IN_ORDER"),
                    OFFICE, UNIT_OFFICER, OTHER_UNIT_OFFICER),
            page(GET, "/campaigns/{id}/edit", f -> get("/campaigns/{id}/edit", f.campaign()), OFFICE),
            page(POST, "/campaigns/{id}/edit", f -> post("/campaigns/{id}/edit", f.campaign()).param("version", f.campaignVersion())
                    .param("name", "Đợt ma trận đổi tên").param("year", "2025").param("reviewMode", "HEAD")
                    .param("tieBreak", "GROUPS_IN_ORDER"), OFFICE),
            page(POST, "/campaigns/{id}/open", f -> post("/campaigns/{id}/open", f.campaign()).param("version", f.campaignVersion()), OFFICE),
            api(GET, "/api/v1/campaigns", f -> get("/api/v1/campaigns").param("year", "2025"), PUBLIC),
            api(GET, "/api/v1/campaigns/{id}", f -> get("/api/v1/campaigns/{id}", f.campaign()), SIGNED_IN),
            api(GET, "/api/v1/campaigns/{id}/registrations", f -> get("/api/v1/campaigns/{id}/registrations", f.campaign()), SIGNED_IN),
            api(POST, "/api/v1/campaigns", f -> json(post("/api/v1/campaigns"), "{\"name\":\"Đợt ma trận API\",\"year\":2025,\"kind\":\"BLOCK\","
                    + "\"reviewMode\":\"HEAD\",\"tieBreak\":\"GROUPS_IN_ORDER\"}"), OFFICE, UNIT_OFFICER, OTHER_UNIT_OFFICER),
            api(PUT, "/api/v1/campaigns/{id}", f -> json(put("/api/v1/campaigns/{id}", f.campaign()), "{\"version\":" + f.campaignVersion()
                    + ",\"name\":\"Đợt ma trận API đổi tên\",\"year\":2025,\"reviewMode\":\"HEAD\",\"tieBreak\":\"GROUPS_IN_ORDER\"}"), OFFICE),
            api(POST, "/api/v1/campaigns/{id}/open", f -> json(post("/api/v1/campaigns/{id}/open", f.campaign()),
                    "{\"version\":" + f.campaignVersion() + "}"), OFFICE),
            api(PUT, "/api/v1/campaigns/{id}/registration", f -> json(put("/api/v1/campaigns/{id}/registration", f.campaign()),
                    "{\"targets\":[{\"indicator\":\"Số hội thảo\",\"unitOfMeasure\":\"hội thảo\",\"targetValue\":4}]}"), UNIT_OFFICER, OTHER_UNIT_OFFICER),
            api(POST, "/api/v1/campaigns/{id}/registration/submit", f -> json(post("/api/v1/campaigns/{id}/registration/submit", f.campaign()),
                    "{\"targets\":[{\"indicator\":\"Số hội thảo\",\"unitOfMeasure\":\"hội thảo\",\"targetValue\":4}]}"), UNIT_OFFICER, OTHER_UNIT_OFFICER),
            api(POST, "/api/v1/campaigns/{id}/registrations/{registrationId}/reopen", f -> json(post(
                    "/api/v1/campaigns/{id}/registrations/{registrationId}/reopen", f.campaign(), f.registration()), "{\"reason\":\"Sửa chỉ tiêu\"}"),
                    OFFICE, UNIT_OFFICER),
            api(POST, "/api/v1/campaigns/{id}/registrations/{registrationId}/carry-over", f -> post(
                    "/api/v1/campaigns/{id}/registrations/{registrationId}/carry-over", f.campaign(), f.registration()), OFFICE),
            page(GET, "/campaigns/{id}/registration", f -> get("/campaigns/{id}/registration", f.campaign()), UNIT_OFFICER, OTHER_UNIT_OFFICER),
            page(POST, "/campaigns/{id}/registration", f -> post("/campaigns/{id}/registration", f.campaign()).param("action", "save")
                    .param("targets[0].indicator", "Số hội thảo").param("targets[0].unitOfMeasure", "hội thảo")
                    .param("targets[0].targetValue", "4"), UNIT_OFFICER, OTHER_UNIT_OFFICER),
            page(GET, "/campaigns/{id}/registrations/{registrationId}", f -> get("/campaigns/{id}/registrations/{registrationId}",
                    f.campaign(), f.registration()), OFFICE, UNIT_OFFICER),
            page(POST, "/campaigns/{id}/registrations/{registrationId}/reopen", f -> post("/campaigns/{id}/registrations/{registrationId}/reopen",
                    f.campaign(), f.registration()).param("reason", "Sửa chỉ tiêu"), OFFICE, UNIT_OFFICER),
            page(POST, "/campaigns/{id}/registrations/{registrationId}/carry-over", f -> post("/campaigns/{id}/registrations/{registrationId}/carry-over",
                    f.campaign(), f.registration()), OFFICE),
            page(GET, "/campaigns/{id}/clusters/{clusterId}/covenant", f -> get("/campaigns/{id}/clusters/{clusterId}/covenant",
                    f.campaign(), f.cluster()), OFFICE, PRESIDIUM_MEMBER, UNIT_OFFICER, OTHER_UNIT_OFFICER),
            page(GET, "/campaigns/{id}/clusters/{clusterId}/covenant.pdf", f -> get("/campaigns/{id}/clusters/{clusterId}/covenant.pdf",
                    f.campaign(), f.cluster()), OFFICE, PRESIDIUM_MEMBER, UNIT_OFFICER, OTHER_UNIT_OFFICER),
            page(POST, "/campaigns/{id}/clusters/{clusterId}/covenant/compile", f -> post("/campaigns/{id}/clusters/{clusterId}/covenant/compile",
                    f.campaign(), f.cluster()).param("commitments", "Cam kết ma trận").param("version", f.covenantVersion()), OFFICE, UNIT_OFFICER),
            page(POST, "/campaigns/{id}/clusters/{clusterId}/covenant/confirm", f -> post("/campaigns/{id}/clusters/{clusterId}/covenant/confirm",
                    f.campaign(), f.cluster()).param("version", f.covenantVersion()), UNIT_OFFICER, OTHER_UNIT_OFFICER),
            page(POST, "/campaigns/{id}/clusters/{clusterId}/covenant/reopen", f -> post("/campaigns/{id}/clusters/{clusterId}/covenant/reopen",
                    f.campaign(), f.cluster()).param("reason", "Sửa cam kết").param("version", f.covenantVersion()), OFFICE, UNIT_OFFICER),

            // campaign: score sheets (self-assessment, evidence, review, explanation), see ScopeAssessmentData
            page(GET, "/score-sheets/{id}", f -> get("/score-sheets/{id}", f.scoreSheet()), OFFICE, UNIT_OFFICER, OTHER_UNIT_OFFICER),
            page(POST, "/score-sheets/{id}", f -> post("/score-sheets/{id}", f.scoreSheet()).param("version", f.scoreSheetVersion())
                    .param("action", "save").param("value_" + f.criterion(), "5"), UNIT_OFFICER),
            page(POST, "/score-sheets/{id}/evidence", f -> post("/score-sheets/{id}/evidence", f.scoreSheet())
                    .param("criterionId", String.valueOf(f.criterion())), UNIT_OFFICER),
            page(GET, "/score-sheets/{id}/evidence/{evidenceId}", f -> get("/score-sheets/{id}/evidence/{evidenceId}", f.scoreSheet(), f.evidence()),
                    OFFICE, UNIT_OFFICER, OTHER_UNIT_OFFICER),
            page(POST, "/score-sheets/{id}/evidence/{evidenceId}/delete", f -> post("/score-sheets/{id}/evidence/{evidenceId}/delete",
                    f.scoreSheet(), f.evidence()), UNIT_OFFICER),
            page(POST, "/score-sheets/{id}/review", f -> post("/score-sheets/{id}/review", f.scoreSheet()).param("version", f.scoreSheetVersion())
                    .param("action", "save").param("value_" + f.criterion(), "4"), OTHER_UNIT_OFFICER),
            page(POST, "/score-sheets/{id}/return", f -> post("/score-sheets/{id}/return", f.scoreSheet()).param("version", f.scoreSheetVersion())
                    .param("reason", "Thiếu minh chứng"), OTHER_UNIT_OFFICER),
            page(POST, "/score-sheets/{id}/explanations", f -> post("/score-sheets/{id}/explanations", f.scoreSheet())
                    .param("version", f.scoreSheetVersion()).param("criterionId", String.valueOf(f.criterion())).param("text", "Giải trình"), UNIT_OFFICER),
            page(POST, "/score-sheets/{id}/explanations/{explanationId}", f -> post("/score-sheets/{id}/explanations/{explanationId}",
                    f.scoreSheet(), f.explanation()).param("version", "0").param("decision", "reject").param("note", "Không đủ căn cứ"), OFFICE),
            page(POST, "/score-sheets/{id}/carry", f -> post("/score-sheets/{id}/carry", f.scoreSheet()).param("version", f.scoreSheetVersion()), OFFICE),
            page(GET, "/campaigns/{id}/clusters/{clusterId}/review", f -> get("/campaigns/{id}/clusters/{clusterId}/review", f.assessmentCampaign(),
                    f.cluster()), OFFICE, OTHER_UNIT_OFFICER),
            page(GET, "/campaigns/{id}/explanations", f -> get("/campaigns/{id}/explanations", f.assessmentCampaign()), OFFICE),
            page(POST, "/campaigns/{id}/score-sheets/create-missing", f -> post("/campaigns/{id}/score-sheets/create-missing", f.assessmentCampaign()), OFFICE),
            page(POST, "/campaigns/{id}/close-scores", f -> post("/campaigns/{id}/close-scores", f.assessmentCampaign()), OFFICE),
            api(GET, "/api/v1/score-sheets/{id}", f -> get("/api/v1/score-sheets/{id}", f.scoreSheet()), OFFICE, UNIT_OFFICER, OTHER_UNIT_OFFICER),
            api(PUT, "/api/v1/score-sheets/{id}/values", f -> json(put("/api/v1/score-sheets/{id}/values", f.scoreSheet()),
                    "{\"version\":" + f.scoreSheetVersion() + ",\"entries\":[{\"criterionId\":" + f.criterion() + ",\"value\":5}]}"), UNIT_OFFICER),
            api(POST, "/api/v1/score-sheets/{id}/submit", f -> json(post("/api/v1/score-sheets/{id}/submit", f.scoreSheet()),
                    "{\"version\":" + f.scoreSheetVersion() + "}"), UNIT_OFFICER),
            api(PUT, "/api/v1/score-sheets/{id}/review", f -> json(put("/api/v1/score-sheets/{id}/review", f.scoreSheet()),
                    "{\"version\":" + f.scoreSheetVersion() + ",\"entries\":[{\"criterionId\":" + f.criterion() + ",\"value\":4}]}"), OTHER_UNIT_OFFICER),
            api(POST, "/api/v1/score-sheets/{id}/review/complete", f -> json(post("/api/v1/score-sheets/{id}/review/complete", f.scoreSheet()),
                    "{\"version\":" + f.scoreSheetVersion() + "}"), OTHER_UNIT_OFFICER),
            api(POST, "/api/v1/score-sheets/{id}/return", f -> json(post("/api/v1/score-sheets/{id}/return", f.scoreSheet()),
                    "{\"version\":" + f.scoreSheetVersion() + ",\"reason\":\"Thiếu minh chứng\"}"), OTHER_UNIT_OFFICER),
            // campaign: ranking (the demo's published 2024 campaign, Cụm 2: Hải Phòng head, Hải Dương member)
            page(GET, "/campaigns/{id}/results", f -> get("/campaigns/{id}/results", f.resultsCampaign()).param("cluster", "CUM-02"),
                    OFFICE, UNIT_OFFICER, OTHER_UNIT_OFFICER),
            page(GET, "/campaigns/{id}/results.xlsx", f -> get("/campaigns/{id}/results.xlsx", f.resultsCampaign()).param("cluster", "CUM-02"),
                    OFFICE, UNIT_OFFICER, OTHER_UNIT_OFFICER),
            page(GET, "/campaigns/{id}/results.pdf", f -> get("/campaigns/{id}/results.pdf", f.resultsCampaign()).param("cluster", "CUM-02"),
                    OFFICE, UNIT_OFFICER, OTHER_UNIT_OFFICER),
            page(POST, "/campaigns/{id}/publish", f -> post("/campaigns/{id}/publish", f.resultsCampaign()).param("version", "0"), OFFICE),
            page(GET, "/campaigns/{id}/comparison", f -> get("/campaigns/{id}/comparison", f.resultsCampaign()), OFFICE),
            page(GET, "/campaigns/{id}/results/clusters", f -> get("/campaigns/{id}/results/clusters", f.resultsCampaign()), OFFICE),
            page(GET, "/public/campaigns/{id}/results/clusters", f -> get("/public/campaigns/{id}/results/clusters", f.resultsCampaign()), PUBLIC),
            page(GET, "/public/campaigns/{id}/results", f -> get("/public/campaigns/{id}/results", f.resultsCampaign()).param("cluster", "CUM-02"), PUBLIC),
            page(GET, "/public/campaigns/{id}/results.xlsx", f -> get("/public/campaigns/{id}/results.xlsx", f.resultsCampaign())
                    .param("cluster", "CUM-02"), PUBLIC),
            page(GET, "/public/campaigns/{id}/results.pdf", f -> get("/public/campaigns/{id}/results.pdf", f.resultsCampaign())
                    .param("cluster", "CUM-02"), PUBLIC),
            api(GET, "/api/v1/campaigns/{id}/results", f -> get("/api/v1/campaigns/{id}/results", f.resultsCampaign()).param("cluster", "CUM-02"), PUBLIC),

            // notification (a notice to Hải Phòng's officer exists in every cell, see inTheYearOfTheRecordedLeadership)
            page(GET, "/notifications", f -> get("/notifications"), SIGNED_IN),
            page(GET, "/notifications/badge", f -> get("/notifications/badge"), SIGNED_IN),
            page(POST, "/notifications/{id}/read", f -> post("/notifications/{id}/read", f.notice()), UNIT_OFFICER),
            page(POST, "/notifications/read-all", f -> post("/notifications/read-all"), SIGNED_IN),

            // ballot: managed by Hải Phòng, whose officer is also the only voter (see ScopeBallotData)
            page(GET, "/ballots/{id}", f -> get("/ballots/{id}", f.ballot("OPEN")), OFFICE, UNIT_OFFICER),
            page(POST, "/ballots/{id}/open", f -> post("/ballots/{id}/open", f.ballot("DRAFT")), OFFICE, UNIT_OFFICER),
            page(POST, "/ballots/{id}/close", f -> post("/ballots/{id}/close", f.ballot("OPEN")), OFFICE, UNIT_OFFICER),
            page(POST, "/ballots/{id}/paper", f -> post("/ballots/{id}/paper", f.ballot("DRAFT")).param("cast", "1").param("invalid", "0"),
                    OFFICE, UNIT_OFFICER),
            page(POST, "/ballots/{id}/revote", f -> post("/ballots/{id}/revote", f.ballot("CLOSED")), OFFICE, UNIT_OFFICER),
            page(POST, "/ballots/{id}/publication", f -> post("/ballots/{id}/publication", f.ballot("CLOSED")).param("publication", "OUTCOME_ONLY")
                    .param("version", "0"), OFFICE, UNIT_OFFICER),
            page(GET, "/ballots/{id}/vote", f -> get("/ballots/{id}/vote", f.ballot("OPEN")), UNIT_OFFICER),
            page(POST, "/ballots/{id}/vote", f -> post("/ballots/{id}/vote", f.ballot("OPEN")).param("choice", f.ballotCandidate("OPEN")), UNIT_OFFICER),
            page(GET, "/ballots/{id}/result", f -> get("/ballots/{id}/result", f.ballot("CLOSED")), OFFICE, UNIT_OFFICER),
            page(POST, "/ballots/{id}/verify", f -> post("/ballots/{id}/verify", f.ballot("CLOSED")).param("tracker", "ab".repeat(16)), OFFICE, UNIT_OFFICER),
            api(GET, "/api/v1/ballots/{id}", f -> get("/api/v1/ballots/{id}", f.ballot("OPEN")), OFFICE, UNIT_OFFICER),
            api(GET, "/api/v1/ballots/{id}/box", f -> get("/api/v1/ballots/{id}/box", f.ballot("CLOSED")), OFFICE, UNIT_OFFICER),

            // audit
            page(GET, "/admin/audit", f -> get("/admin/audit"), OFFICE),
            page(POST, "/admin/audit/verify", f -> post("/admin/audit/verify"), OFFICE),
            page(POST, "/admin/audit/checkpoint", f -> post("/admin/audit/checkpoint"), OFFICE),
            api(GET, "/api/v1/audit/verify", f -> get("/api/v1/audit/verify"), OFFICE)
    );

    /**
     * Endpoints above acting on a provincial union's own things (Hải Phòng's member association HOI-MT-1 and its
     * internal cluster NB-MT of 2025): the union's own officer may, another union's officer may not.
     */
    static final List<Row> INTERNAL = List.of(
            page(POST, "/clusters/{id}/details", f -> post("/clusters/{id}/details", f.internalCluster())
                    .param("version", f.internalClusterVersion()).param("name", "Cụm nội bộ đổi tên"), OFFICE, UNIT_OFFICER),
            page(POST, "/clusters/{id}/members", f -> post("/clusters/{id}/members", f.internalCluster())
                    .param("version", f.internalClusterVersion()).param("unitId", f.unitCode("HOI-MT-2")), OFFICE, UNIT_OFFICER),
            page(POST, "/clusters/{id}/members/{unitId}/remove", f -> post("/clusters/{id}/members/{unitId}/remove", f.internalCluster(),
                    f.unitCode("HOI-MT-3")).param("version", f.internalClusterVersion()), OFFICE, UNIT_OFFICER),
            page(POST, "/clusters/{id}/leadership", f -> post("/clusters/{id}/leadership", f.internalCluster())
                    .param("version", f.internalClusterVersion()).param("headUnitId", f.unitCode("HOI-MT-1"))
                    .param("deputyUnitId", f.unitCode("HOI-MT-3")).param("date", "2025-01-10").param("reference", "Biên bản ma trận"),
                    OFFICE, UNIT_OFFICER),
            page(GET, "/units/{id}/edit", f -> get("/units/{id}/edit", f.unitCode("HOI-MT-1")), OFFICE, UNIT_OFFICER),
            page(POST, "/units/{id}/edit", f -> post("/units/{id}/edit", f.unitCode("HOI-MT-1")).param("version", "0")
                    .param("name", "Hội Tin học ma trận đổi tên").param("shortName", "Hội Tin học"), OFFICE, UNIT_OFFICER),
            api(PUT, "/api/v1/units/{id}/contact", f -> json(put("/api/v1/units/{id}/contact", f.unitCode("HOI-MT-1")),
                    "{\"version\":0,\"phone\":\"0225 3 000 333\"}"), OFFICE, UNIT_OFFICER));

    // ---------------------------------------------------------------------------------------------------------------

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;
    @Autowired TestClock clock;
    @Autowired AuditSealer sealer;

    /**
     * Inside 2025, when Hải Phòng (head of Cụm 2 in 2024) records Cụm 2's 2025 head under any reading of the rules;
     * audit entries other tests committed are sealed first, so the background sealer does not move them mid-cell.
     */
    @BeforeEach
    void inTheYearOfTheRecordedLeadership() {
        clock.setInstant(Instant.parse("2025-03-02T03:00:00Z"));
        sealer.sealNow();
        new Fixture(jdbc).addNotice();
    }

    @AfterEach
    void backToRealTime() { clock.reset(); }

    /** An open 2025 campaign of VUSTA's clusters (rolled back with each cell); Hải Phòng heads Cụm 2 in 2025. */
    @BeforeEach
    void campaignFixture() {
        jdbc.update("""
                insert into campaign (campaign_year, name, level, kind, owner_unit_id, status, registration_due, six_month_due,
                    nine_month_due, self_assessment_due, review_due, explanation_from, explanation_due, publication_due, opened_by, opened_at)
                values (2025, 'Đợt thi đua ma trận 2025', 'VUSTA', 'CLUSTER', (select id from unit where code = 'LHHVN'), 'OPEN',
                    date '2025-03-31', date '2025-07-15', date '2025-10-15', date '2025-11-20', date '2025-12-05', date '2025-12-06',
                    date '2025-12-15', date '2025-12-25', 'vanphong.demo', timestamp with time zone '2025-01-05 02:00:00+00')""");
        jdbc.update("update cluster set head_unit_id = (select id from unit where code = 'LHH-HPG') where code = 'CUM-02' and cluster_year = 2025 and level = 'VUSTA'");
        var f = new Fixture(jdbc);
        jdbc.update("""
                insert into registration (campaign_id, cluster_id, unit_id, status, aimed_titles, submitted_by, submitted_at)
                values (?, ?, (select id from unit where code = 'LHH-HPG'), 'SUBMITTED', 'CO_THI_DUA_VUSTA', 'haiphong.demo',
                        timestamp with time zone '2025-02-01 02:00:00+00')""", f.campaign(), f.cluster());
        jdbc.update("insert into registration_target (registration_id, position, indicator, unit_of_measure, target_value) values (?, 0, 'Số hội thành viên mới', 'hội', 3)",
                f.registration());
        jdbc.update("""
                insert into covenant (campaign_id, cluster_id, status, commitments, place, compiled_by, compiled_at)
                values (?, ?, 'COMPILED', 'Thực hiện tốt các nhiệm vụ', 'Hải Phòng', 'haiphong.demo', timestamp with time zone '2025-02-10 02:00:00+00')""",
                f.campaign(), f.cluster());
        jdbc.update("insert into covenant_party (covenant_id, position, unit_id) values ((select id from covenant where campaign_id = ?), 0, (select id from unit where code = 'LHH-HPG'))",
                f.campaign());
    }

    /** A 2025 six-month review of Cụm 2 hosted by Hải Phòng, Hải Dương invited, with one PDF report (rolled back with each cell). */
    @BeforeEach
    void meetingFixture() {
        var f = new Fixture(jdbc);
        jdbc.update("""
                insert into meeting (meeting_type, cluster_id, meeting_year, title, host_unit_id, starts_at, place, quorum_rule, created_by)
                values ('SIX_MONTH_REVIEW', ?, 2025, 'Sơ kết ma trận 2025', (select id from unit where code = 'LHH-HPG'),
                        timestamp with time zone '2025-06-20 01:00:00+00', 'Hải Phòng', 'MORE_THAN_HALF', 'haiphong.demo')""", f.cluster());
        jdbc.update("insert into meeting_agenda_item (meeting_id, position, title) values (?, 1, 'Báo cáo sơ kết 6 tháng')", f.meeting());
        for (var code : List.of("LHH-HPG", "LHH-HDG")) {
            jdbc.update("insert into meeting_invitation (meeting_id, unit_id) values (?, (select id from unit where code = ?))", f.meeting(), code);
        }
        jdbc.update("""
                insert into meeting_document (meeting_id, agenda_item_id, unit_id, file_name, content_type, file_size, uploaded_by, uploaded_at)
                values (?, ?, (select id from unit where code = 'LHH-HDG'), 'bao-cao.pdf', 'application/pdf', 9, 'haiduong.demo',
                        timestamp with time zone '2025-06-19 01:00:00+00')""", f.meeting(), f.agendaItem());
        jdbc.update("insert into meeting_document_content (document_id, content) values (?, ?)", f.meetingDocument(),
                "%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        jdbc.update("insert into meeting_minutes (meeting_id, body, generated_at) values (?, 'I. THỜI GIAN, ĐỊA ĐIỂM\nBiên bản ma trận', timestamp with time zone '2025-06-20 05:00:00+00')",
                f.meeting());
    }

    static Stream<Arguments> cells() {
        return ENDPOINTS.stream().flatMap(row -> Arrays.stream(Who.values()).map(who -> Arguments.of(row, who)));
    }

    static Stream<Arguments> internalCells() {
        return INTERNAL.stream().flatMap(row -> Arrays.stream(Who.values()).map(who -> Arguments.of(row, who)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cells")
    void allowedOrDeniedAsTheMatrixSays(Row row, Who who) throws Exception { check(row, who); }

    /** A union's own member associations and internal clusters: its officer keeps them, another union's officer does not. */
    @ParameterizedTest(name = "internal: {0} as {1}")
    @MethodSource("internalCells")
    void aUnionKeepsItsOwnAssociationsAndInternalClusters(Row row, Who who) throws Exception { check(row, who); }

    private void check(Row row, Who who) throws Exception {
        var fixture = new Fixture(jdbc);
        fixture.prepare();
        ScopeAssessmentData.prepare(jdbc, row.pattern());
        ScopeBallotData.prepare(jdbc, row.pattern());
        boolean write = row.method() != GET && row.method() != ANY;
        var before = write ? fingerprint() : null;
        var response = mvc.perform(as(who, row, row.request().apply(fixture))).andReturn().getResponse();
        boolean allowed = row.allowed().contains(who);
        if (allowed) {
            assertThat(deniedAs(response, row)).as("%s as %s must be allowed, got %s", row, who, describe(response)).isNull();
            assertThat(response.getStatus()).as("%s as %s: %s", row, who, describe(response)).isLessThan(500);
        } else {
            assertThat(deniedAs(response, row)).as("%s as %s must be denied, got %s", row, who, describe(response))
                    .isEqualTo(who == ANONYMOUS ? "login" : "forbidden");
            if (write) assertThat(fingerprint()).as("a denied %s as %s changed data", row, who).isEqualTo(before);
        }
    }

    /** Reads the handler mappings: every mapped endpoint needs a row, and every row an endpoint. */
    @Test
    void everyMappedEndpointHasARow() {
        var mapped = new TreeSet<String>();
        for (var mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            mapping.getHandlerMethods().keySet().forEach(info -> keys(info).forEach(mapped::add));
        }
        var rows = new TreeSet<String>(ENDPOINTS.stream().map(Row::key).toList());
        var missing = new TreeSet<>(mapped);
        missing.removeAll(rows);
        var stale = new TreeSet<>(rows);
        stale.removeAll(mapped);
        assertThat(missing).as("endpoints without a row in ScopeMatrixIntegrationTests.ENDPOINTS (add one, see the comment at its top)").isEmpty();
        assertThat(stale).as("rows of ScopeMatrixIntegrationTests.ENDPOINTS that no longer match an endpoint").isEmpty();
        assertThat(rows).as("one row per endpoint").hasSize(ENDPOINTS.size());
    }

    /** Fails closed: every handler of the application states its rule (a policy, permitAll() or isAuthenticated()). */
    @Test
    void everyHandlerOfTheApplicationStatesItsRule() {
        var unruled = new TreeSet<String>();
        for (var mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            mapping.getHandlerMethods().forEach((info, handler) -> {
                if (handler.getBeanType().getPackageName().startsWith("vn.vusta.thidua") && !statesARule(handler)) {
                    unruled.add(handler.getShortLogMessage());
                }
            });
        }
        assertThat(unruled).as("handlers without @PreAuthorize (name the policy, or permitAll()/isAuthenticated())").isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------------

    enum Channel { PAGE, API }

    record Row(Channel channel, HttpMethod method, String pattern, Function<Fixture, MockHttpServletRequestBuilder> request,
               Set<Who> allowed) {
        String key() { return method.name() + " " + pattern; }

        @Override
        public String toString() { return key(); }
    }

    static Row page(HttpMethod method, String pattern, Function<Fixture, MockHttpServletRequestBuilder> request, Set<Who> allowed) {
        return new Row(Channel.PAGE, method, pattern, request, allowed);
    }

    static Row page(HttpMethod method, String pattern, Function<Fixture, MockHttpServletRequestBuilder> request, Who... allowed) {
        return page(method, pattern, request, allowed.length == 0 ? EnumSet.noneOf(Who.class) : EnumSet.copyOf(List.of(allowed)));
    }

    static Row api(HttpMethod method, String pattern, Function<Fixture, MockHttpServletRequestBuilder> request, Set<Who> allowed) {
        return new Row(Channel.API, method, pattern, request, allowed);
    }

    static Row api(HttpMethod method, String pattern, Function<Fixture, MockHttpServletRequestBuilder> request, Who... allowed) {
        return api(method, pattern, request, allowed.length == 0 ? EnumSet.noneOf(Who.class) : EnumSet.copyOf(List.of(allowed)));
    }

    static MockHttpServletRequestBuilder get(String url, Object... vars) { return request(GET, url, vars); }

    static MockHttpServletRequestBuilder post(String url, Object... vars) { return request(POST, url, vars); }

    static MockHttpServletRequestBuilder put(String url, Object... vars) { return request(PUT, url, vars); }

    static MockHttpServletRequestBuilder delete(String url, Object... vars) { return request(DELETE, url, vars); }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    /** Ids and versions of the demo data the rows act on. */
    record Fixture(JdbcTemplate jdbc) {
        /**
         * Hải Phòng's member associations HOI-MT-1..3 and its internal cluster NB-MT of 2025 (members 1 and 3), inside
         * the cell's transaction (rolled back with it), before the data is fingerprinted.
         */
        void prepare() {
            for (int i = 1; i <= 3; i++) {
                jdbc.update("""
                        insert into unit (code, name, short_name, type, province, status, valid_from, owner_unit_id)
                        select ?, ?, 'Hội ma trận', 'MEMBER_ASSOCIATION', 'Hải Phòng', 'ACTIVE', DATE '2020-01-01', id from unit where code = 'LHH-HPG'""",
                        "HOI-MT-" + i, "Hội ma trận số " + i + " thành phố Hải Phòng");
            }
            jdbc.update("""
                    insert into emulation_cluster (code, name, kind, level, owner_unit_id, owner_key, first_year)
                    select 'NB-MT', 'Cụm nội bộ ma trận', 'CLUSTER', 'PROVINCIAL', id, id, 2025 from unit where code = 'LHH-HPG'""");
            jdbc.update("""
                    insert into cluster (cluster_id, code, cluster_year, name, kind, level, owner_unit_id, membership_confirmed)
                    select e.id, e.code, 2025, e.name, e.kind, e.level, e.owner_unit_id, true from emulation_cluster e where e.code = 'NB-MT'""");
            for (var code : List.of("HOI-MT-1", "HOI-MT-3")) {
                jdbc.update("""
                        insert into cluster_member (cluster_id, unit_id, cluster_year, level, confirmed)
                        select c.id, u.id, 2025, 'PROVINCIAL', true from cluster c, unit u where c.code = 'NB-MT' and u.code = ?""", code);
            }
        }

        long internalCluster() { return jdbc.queryForObject("select id from cluster where code = 'NB-MT'", Long.class); }

        String internalClusterVersion() {
            return String.valueOf(jdbc.queryForObject("select version from cluster where code = 'NB-MT'", Long.class));
        }

        String unitCode(String code) { return String.valueOf(jdbc.queryForObject("select id from unit where code = ?", Long.class, code)); }

        String unit() { return unitCode("LHH-HPG"); }

        String unitVersion() { return String.valueOf(jdbc.queryForObject("select version from unit where code = 'LHH-HPG'", Long.class)); }

        long cluster() {
            return jdbc.queryForObject("select id from cluster where code = 'CUM-02' and cluster_year = 2025", Long.class);
        }

        String clusterVersion() { return String.valueOf(jdbc.queryForObject("select version from cluster where id = ?", Long.class, cluster())); }

        /** The 2022 campaign of the VUSTA clusters (created inside the cell's rolled-back transaction when missing). */
        long progressCampaign() {
            jdbc.update("""
                    insert into campaign (campaign_year, name, level, kind, owner_unit_id, status)
                    select 2022, 'Thi đua cụm năm 2022 (ma trận)', 'VUSTA', 'CLUSTER', u.id, 'OPEN' from unit u
                    where u.code = 'LHHVN' and not exists (select 1 from campaign c where c.campaign_year = 2022
                      and c.level = 'VUSTA' and c.kind = 'CLUSTER' and c.owner_unit_id = u.id)""");
            return jdbc.queryForObject("""
                    select c.id from campaign c join unit u on u.id = c.owner_unit_id
                    where c.campaign_year = 2022 and c.level = 'VUSTA' and c.kind = 'CLUSTER' and u.code = 'LHHVN'""", Long.class);
        }

        long scoreSheet() { return ScopeAssessmentData.sheet(jdbc); }

        String scoreSheetVersion() { return String.valueOf(ScopeAssessmentData.version(jdbc)); }

        long evidence() { return ScopeAssessmentData.evidence(jdbc); }

        long explanation() { return ScopeAssessmentData.explanation(jdbc); }

        long criterion() { return ScopeAssessmentData.criterion(jdbc); }

        long assessmentCampaign() { return ScopeAssessmentData.campaign(jdbc); }

        long meeting() { return jdbc.queryForObject("select id from meeting where title = 'Sơ kết ma trận 2025'", Long.class); }

        String meetingVersion() { return String.valueOf(jdbc.queryForObject("select version from meeting where id = ?", Long.class, meeting())); }

        long agendaItem() { return jdbc.queryForObject("select min(id) from meeting_agenda_item where meeting_id = ?", Long.class, meeting()); }

        String minutesVersion() {
            return String.valueOf(jdbc.queryForObject("select version from meeting_minutes where meeting_id = ?", Long.class, meeting()));
        }

        long meetingDocument() { return jdbc.queryForObject("select id from meeting_document where meeting_id = ?", Long.class, meeting()); }

        /** The demo's published 2024 campaign (DemoResults). */
        long ballot(String status) { return ScopeBallotData.ballot(jdbc, status); }

        String ballotCandidate(String status) { return String.valueOf(ScopeBallotData.candidate(jdbc, status)); }

        long resultsCampaign() {
            return jdbc.queryForObject("select id from campaign where campaign_year = 2024 and name like 'Thi đua cụm%(dữ liệu mẫu)'", Long.class);
        }

        /** An unread notice to Hải Phòng's officer (made before the cell's fingerprint, rolled back with the cell). */
        void addNotice() {
            jdbc.update("""
                    insert into notification (recipient, kind, params, link, once_key, created_at)
                    values ('haiphong.demo', 'CAMPAIGN_OPENED', '["Ma trận","31/03/2025"]', '/', 'matrix', current_timestamp)""");
        }

        long notice() {
            return jdbc.queryForObject("select id from notification where recipient = 'haiphong.demo' and once_key = 'matrix'", Long.class);
        }

        long officerAccount() { return jdbc.queryForObject("select id from account where username = 'haiphong.demo'", Long.class); }

        long sheet() {
            // version 2: the demo's 2024 results lock version 1, the next year's copy stays editable
            return jdbc.queryForObject("select id from scoring_sheet where code = ? and sheet_version = 2", Long.class,
                    vn.vusta.thidua.campaign.sheet.DemoSheets.CODE);
        }

        String sheetVersion() { return String.valueOf(jdbc.queryForObject("select version from scoring_sheet where id = ?", Long.class, sheet())); }

        String criterion(String code) {
            return String.valueOf(jdbc.queryForObject("select id from criterion where sheet_id = ? and code = ?", Long.class, sheet(), code));
        }

        long campaign() { return jdbc.queryForObject("select id from campaign where name = 'Đợt thi đua ma trận 2025'", Long.class); }

        String campaignVersion() { return String.valueOf(jdbc.queryForObject("select version from campaign where id = ?", Long.class, campaign())); }

        long registration() { return jdbc.queryForObject("select id from registration where campaign_id = ?", Long.class, campaign()); }

        String covenantVersion() { return String.valueOf(jdbc.queryForObject("select version from covenant where campaign_id = ?", Long.class, campaign())); }

        String accountVersion() {
            return String.valueOf(jdbc.queryForObject("select version from account where username = 'haiphong.demo'", Long.class));
        }
    }

    /** Pages as a signed-in browser (session, CSRF token); the API as a stateless script with the account's roles. */
    private MockHttpServletRequestBuilder as(Who who, Row row, MockHttpServletRequestBuilder request) {
        if (row.channel() == Channel.PAGE) {
            request.accept(MediaType.TEXT_HTML);
            if (row.method() != GET && row.method() != ANY) request.with(csrf());
        } else if (request.buildRequest(new org.springframework.mock.web.MockServletContext()).getHeader("Accept") == null) {
            request.accept(MediaType.APPLICATION_JSON);
        }
        if (who == ANONYMOUS) return request;
        var roles = jdbc.queryForList("select r.role from account_role r join account a on a.id = r.account_id where a.username = ?",
                String.class, who.username);
        return request.with(user(who.username).authorities(roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList()));
    }

    /** "login" when asked to log in, "forbidden" when refused, null when let through. */
    private static String deniedAs(MockHttpServletResponse response, Row row) {
        if (response.getStatus() == 401) return "login";
        if (response.getStatus() == 302 && String.valueOf(response.getRedirectedUrl()).endsWith("/login")) return "login";
        if (response.getStatus() == 403) return "forbidden";
        return null;
    }

    private static String describe(MockHttpServletResponse response) {
        return response.getStatus() + (response.getRedirectedUrl() == null ? "" : " → " + response.getRedirectedUrl());
    }

    /** Every table's content (sessions aside), so that a denied write is seen to have changed nothing. */
    private Map<String, String> fingerprint() {
        var tables = jdbc.queryForList("""
                select table_name from information_schema.tables
                where table_schema = current_schema() and table_type = 'BASE TABLE'
                  and table_name not in ('flyway_schema_history', 'spring_session', 'spring_session_attributes')
                order by table_name""", String.class);
        var result = new LinkedHashMap<String, String>();
        for (var table : tables) {
            result.put(table, jdbc.queryForObject("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from \""
                    + table + "\" t", String.class));
        }
        return result;
    }

    private static List<String> keys(RequestMappingInfo info) {
        var methods = info.getMethodsCondition().getMethods().stream().map(Enum::name).toList();
        var patterns = info.getPathPatternsCondition() != null ? info.getPathPatternsCondition().getPatternValues()
                : info.getPatternValues();
        var keys = new ArrayList<String>();
        for (var pattern : patterns) {
            if (methods.isEmpty()) keys.add("ANY " + pattern);
            else methods.forEach(m -> keys.add(m + " " + pattern));
        }
        return keys;
    }

    private static boolean statesARule(HandlerMethod handler) {
        return org.springframework.core.annotation.AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PreAuthorize.class)
                || org.springframework.core.annotation.AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class);
    }
}

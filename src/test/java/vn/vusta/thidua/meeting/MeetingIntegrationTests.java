package vn.vusta.thidua.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.vusta.thidua.support.IntegrationTest;
import vn.vusta.thidua.support.Statements;
import vn.vusta.thidua.support.TestClock;

/** Meetings of a 7-unit test cluster of 2051: creation, attendance and quorum, agenda, reports, rights, concurrent edits. */
@IntegrationTest
class MeetingIntegrationTests {
    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    @Autowired Statements statements;
    MeetingFixture f;

    @BeforeEach
    void cluster() {
        clock.setInstant(Instant.parse("2051-11-20T03:00:00Z"));
        f = new MeetingFixture(jdbc, 2051, "CUM-KT-2051").create("LHH-HNI");
    }

    @AfterEach
    void clean() {
        f.remove();
        clock.reset();
    }

    RequestPostProcessor officer(String unitCode) { return user(f.account(unitCode)).roles("UNIT_OFFICER"); }

    long createAsHead() throws Exception {
        mvc.perform(post("/meetings/new").with(officer("LHH-HNI")).with(csrf())
                        .param("type", "YEAR_END_SUMMARY").param("clusterId", String.valueOf(f.cluster()))
                        .param("title", "Hội nghị tổng kết 2051").param("hostUnitId", String.valueOf(f.unit("LHH-HPG25")))
                        .param("startsAt", "2051-12-05T08:00").param("place", "Hải Phòng").param("quorumRule", "MORE_THAN_HALF")
                        .param("inviteSupervisor", "true").param("inviteOffice", "true"))
                .andExpect(status().is3xxRedirection());
        return jdbc.queryForObject("select id from meeting where title = 'Hội nghị tổng kết 2051'", Long.class);
    }

    /** Entries of an action on the meeting, in the journal or already sealed into the trail. */
    int auditCount(String action, long id) {
        return jdbc.queryForObject("select (select count(*) from audit_journal where action = ? and entity_id = ?)"
                + " + (select count(*) from audit_entry where action = ? and entity_id = ?)", Integer.class, action, String.valueOf(id), action, String.valueOf(id));
    }

    long version(long id) { return jdbc.queryForObject("select version from meeting where id = ?", Long.class, id); }

    MockHttpServletRequestBuilder attendance(long id, long version, int present) {
        var request = post("/meetings/{id}/attendance", id).with(csrf()).param("version", String.valueOf(version));
        for (int i = 0; i < MeetingFixture.MEMBERS.size(); i++) {
            long unit = f.unit(MeetingFixture.MEMBERS.get(i));
            request.param("unit-" + unit, "1");
            if (i < present) request.param("present-" + unit, "on").param("name-" + unit, "Đại biểu " + i).param("position-" + unit, "Phó Chủ tịch");
        }
        return request;
    }

    @Test
    void theHeadCreatesAYearEndSummaryWithEveryMemberInvitedAndTheUsualAgenda() throws Exception {
        long id = createAsHead();
        assertThat(jdbc.queryForObject("select count(*) from meeting_invitation where meeting_id = ?", Integer.class, id)).isEqualTo(7);
        assertThat(jdbc.queryForList("select title from meeting_agenda_item where meeting_id = ? order by position", String.class, id))
                .contains("Bình xét, suy tôn đơn vị dẫn đầu", "Giới thiệu cụm trưởng, cụm phó năm sau");
        assertThat(auditCount("MEETING_CREATED", id)).isEqualTo(1);
        mvc.perform(get("/meetings/{id}", id).with(officer("LHH-QNH"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Nguyễn Văn Phụ Trách")));
        mvc.perform(post("/meetings/{id}/minutes/generate", id).with(officer("LHH-HNI")).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/meetings/{id}", id).with(officer("LHH-HNI"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("I. THỜI GIAN, ĐỊA ĐIỂM")));
        mvc.perform(get("/meetings/{id}", id).with(officer("LHH-QNH"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("I. THỜI GIAN, ĐỊA ĐIỂM")));
    }

    @Test
    void sixOfSevenPresentReachTheQuorumAndFourOfSevenDoNotReachTwoThirds() throws Exception {
        long id = createAsHead();
        mvc.perform(attendance(id, version(id), 6).with(officer("LHH-HNI"))).andExpect(flash().attribute("success", "Đã lưu điểm danh."));
        mvc.perform(get("/meetings/{id}", id).with(officer("LHH-HNI")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("6/7 đơn vị thành viên có mặt: hội nghị đủ điều kiện biểu quyết.")));
        jdbc.update("update meeting set quorum_rule = 'AT_LEAST_TWO_THIRDS' where id = ?", id);
        mvc.perform(attendance(id, version(id), 4).with(officer("LHH-HPG25"))).andExpect(flash().attribute("success", "Đã lưu điểm danh."));
        mvc.perform(get("/meetings/{id}", id).with(officer("LHH-HPG25")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("4/7 đơn vị thành viên có mặt: chưa đủ điều kiện biểu quyết.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("cần ít nhất 5 đơn vị có mặt")));
    }

    @Test
    void aPresentUnitWithoutADelegateIsRefusedInVietnameseAndNothingChanges() throws Exception {
        long id = createAsHead();
        long unit = f.unit("LHH-QNH");
        long opened = version(id);
        // refused: the page again with the reason (422), the typed position kept, nothing saved
        mvc.perform(post("/meetings/{id}/attendance", id).with(officer("LHH-HNI")).with(csrf()).param("version", String.valueOf(opened))
                        .param("unit-" + unit, "1").param("present-" + unit, "on").param("name-" + unit, " ").param("position-" + unit, "Phó Chủ tịch gõ dở"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Đơn vị có mặt phải ghi họ tên đại biểu.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Phó Chủ tịch gõ dở\"")));
        assertThat(jdbc.queryForObject("select count(*) from meeting_invitation where meeting_id = ? and present", Integer.class, id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from meeting_invitation where meeting_id = ? and delegate_position is not null", Integer.class, id)).isZero();
        assertThat(version(id)).isEqualTo(opened);
        mvc.perform(post("/meetings/new").with(officer("LHH-HNI")).with(csrf()).param("type", "NINE_MONTH_BRIEFING")
                        .param("clusterId", String.valueOf(f.cluster())).param("title", "Giao ban sai năm")
                        .param("hostUnitId", String.valueOf(f.unit("LHH-HNI"))).param("startsAt", "2050-10-09T08:00").param("place", "Hà Nội"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("phải họp trong năm 2051")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Giao ban sai năm\"")));
        assertThat(jdbc.queryForObject("select count(*) from meeting where title = 'Giao ban sai năm'", Integer.class)).isZero();
    }

    /** A refused agenda change or meeting edit: the page again with the reason, 422 (409 when stale), the typed input kept, nothing changed. */
    @Test
    void refusedAgendaChangesAndMeetingEditsShowThePageAgainAndChangeNothing() throws Exception {
        long id = createAsHead();
        long opened = version(id);
        String items = "select string_agg(id || ':' || title, ',' order by id) from meeting_agenda_item where meeting_id = ?";
        String agenda = jdbc.queryForObject(items, String.class, id);
        mvc.perform(post("/meetings/{id}/agenda", id).with(officer("LHH-HNI")).with(csrf()).param("version", String.valueOf(opened))
                        .param("title", " ").param("presenter", "Người trình bày gõ dở"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Người trình bày gõ dở\"")));
        long item = jdbc.queryForObject("select min(id) from meeting_agenda_item where meeting_id = ?", Long.class, id);
        mvc.perform(post("/meetings/{id}/agenda/{item}/remove", id, item).with(officer("LHH-HNI")).with(csrf()).param("version", String.valueOf(opened + 7)))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("vừa được người khác thay đổi")));
        assertThat(jdbc.queryForObject(items, String.class, id)).isEqualTo(agenda);

        var edit = post("/meetings/{id}", id).with(officer("LHH-HNI")).with(csrf()).param("title", "Ten sua go do")
                .param("hostUnitId", String.valueOf(f.unit("LHH-HPG25"))).param("place", "Hải Phòng").param("quorumRule", "MORE_THAN_HALF");
        mvc.perform(edit.param("version", String.valueOf(opened)).param("startsAt", "2050-12-05T08:00"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("phải họp trong năm 2051")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Ten sua go do\"")));
        mvc.perform(post("/meetings/{id}", id).with(officer("LHH-HNI")).with(csrf()).param("title", "Ten sua go do")
                        .param("hostUnitId", String.valueOf(f.unit("LHH-HPG25"))).param("place", "Hải Phòng").param("quorumRule", "MORE_THAN_HALF")
                        .param("version", String.valueOf(opened + 7)).param("startsAt", "2051-12-06T08:00"))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("vừa được người khác thay đổi")));
        assertThat(jdbc.queryForObject("select title from meeting where id = ?", String.class, id)).isEqualTo("Hội nghị tổng kết 2051");
        assertThat(version(id)).isEqualTo(opened);
    }

    @Test
    void twoPeopleEditingTheSameMeetingTheSecondIsToldAndTheFirstIsKept() throws Exception {
        long id = createAsHead();
        long opened = version(id);
        long item = jdbc.queryForObject("select min(id) from meeting_agenda_item where meeting_id = ?", Long.class, id);
        mvc.perform(post("/meetings/{id}/agenda/{item}", id, item).with(officer("LHH-HNI")).with(csrf()).param("version", String.valueOf(opened))
                .param("title", "Báo cáo tổng kết").param("conclusion", "Thông qua báo cáo")).andExpect(flash().attribute("success", "Đã lưu chương trình hội nghị."));
        long saved = version(id);
        mvc.perform(post("/meetings/{id}/agenda/{item}", id, item).with(officer("LHH-HPG25")).with(csrf()).param("version", String.valueOf(opened))
                        .param("title", "Báo cáo tổng kết").param("conclusion", "Kết luận khác"))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("vừa được")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(">Kết luận khác</textarea>")));
        assertThat(jdbc.queryForObject("select conclusion from meeting_agenda_item where id = ?", String.class, item)).isEqualTo("Thông qua báo cáo");
        assertThat(version(id)).isEqualTo(saved);
    }

    @Test
    void aMemberSeesTheMeetingAndSendsOnlyItsOwnReportWhichIsServedAsAnAttachment() throws Exception {
        long id = createAsHead();
        long item = jdbc.queryForObject("select min(id) from meeting_agenda_item where meeting_id = ?", Long.class, id);
        mvc.perform(post("/meetings/{id}/attendance", id).with(officer("LHH-QNH")).with(csrf()).param("version", String.valueOf(version(id))))
                .andExpect(status().isForbidden());
        var html = new MockMultipartFile("file", "bao-cao.pdf", "application/pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/meetings/{id}/agenda/{item}/reports", id, item).file(html).param("unitId", String.valueOf(f.unit("LHH-QNH")))
                        .with(officer("LHH-QNH")).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Tệp „bao-cao.pdf” không phải PDF hoặc DOCX (kiểm tra theo nội dung tệp).")));
        // a file and a text: refused, the text shown again as typed (a browser never refills a file field)
        mvc.perform(multipart("/meetings/{id}/agenda/{item}/reports", id, item).file(html).param("unitId", String.valueOf(f.unit("LHH-QNH")))
                        .param("text", "Ghi chú gõ dở").with(officer("LHH-QNH")).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(">Ghi chú gõ dở</textarea>")));
        assertThat(jdbc.queryForObject("select count(*) from meeting_document where meeting_id = ?", Integer.class, id)).isZero();
        var pdf = new MockMultipartFile("file", "bao-cao.pdf", "application/pdf", "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII));
        mvc.perform(multipart("/meetings/{id}/agenda/{item}/reports", id, item).file(pdf).param("unitId", String.valueOf(f.unit("LHH-LSN")))
                .with(officer("LHH-QNH")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(multipart("/meetings/{id}/agenda/{item}/reports", id, item).file(pdf).param("unitId", String.valueOf(f.unit("LHH-QNH")))
                .with(officer("LHH-QNH")).with(csrf())).andExpect(flash().attribute("success", "Đã gửi báo cáo."));
        long doc = jdbc.queryForObject("select id from meeting_document where meeting_id = ?", Long.class, id);
        mvc.perform(get("/meetings/{id}/reports/{doc}", id, doc).with(officer("LHH-LSN"))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")));
        mvc.perform(get("/meetings/{id}", id).with(user("cantho.demo").roles("UNIT_OFFICER"))).andExpect(status().isForbidden());
    }

    @Test
    void aPastYearIsReadOnlyExceptForTheOffice() throws Exception {
        long id = createAsHead();
        clock.setInstant(Instant.parse("2052-02-01T03:00:00Z"));
        mvc.perform(attendance(id, version(id), 5).with(officer("LHH-HNI"))).andExpect(status().isForbidden());
        mvc.perform(get("/meetings/{id}", id).with(officer("LHH-HNI"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"save-attendance\""))));
        mvc.perform(get("/meetings/new").param("cluster", String.valueOf(f.cluster())).with(officer("LHH-HNI"))).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from meeting_invitation where meeting_id = ? and present", Integer.class, id)).isZero();
        mvc.perform(attendance(id, version(id), 5).with(user("vanphong.demo").roles("OFFICE"))).andExpect(flash().attribute("success", "Đã lưu điểm danh."));
        assertThat(jdbc.queryForObject("select count(*) from meeting_invitation where meeting_id = ? and present", Integer.class, id)).isEqualTo(5);
    }

    @Test
    void theListsReadAFixedNumberOfStatementsWhateverTheNumberOfMeetings() throws Exception {
        createAsHead();
        var few = statements.during(() -> mvc.perform(get("/meetings").param("year", "2051").with(officer("LHH-HNI"))).andExpect(status().isOk()));
        var fewSection = statements.during(() -> mvc.perform(get("/clusters/{id}/meetings", f.cluster())).andExpect(status().isOk()));
        for (int i = 0; i < 4; i++) {
            jdbc.update("""
                    insert into meeting (meeting_type, cluster_id, meeting_year, title, host_unit_id, starts_at, place, quorum_rule, created_by)
                    values ('EXTRAORDINARY', ?, 2051, ?, ?, timestamp with time zone '2051-03-01 01:00:00+00', 'Hà Nội', 'MORE_THAN_HALF', 'x')""",
                    f.cluster(), "Bất thường " + i, f.unit("LHH-HNI" ));
            long m = jdbc.queryForObject("select id from meeting where title = ?", Long.class, "Bất thường " + i);
            jdbc.update("insert into meeting_invitation (meeting_id, unit_id, present, delegate_name) values (?, ?, true, 'A')", m, f.unit("LHH-LSN"));
        }
        var many = statements.during(() -> mvc.perform(get("/meetings").param("year", "2051").with(officer("LHH-HNI"))).andExpect(status().isOk()));
        var manySection = statements.during(() -> mvc.perform(get("/clusters/{id}/meetings", f.cluster())).andExpect(status().isOk()));
        assertThat(many.total()).as(many.toString()).isLessThanOrEqualTo(few.total());
        assertThat(manySection.total()).as(manySection.toString()).isLessThanOrEqualTo(fewSection.total());
    }
}

package vn.vusta.thidua.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.vusta.thidua.support.IntegrationTest;
import vn.vusta.thidua.support.TestClock;

/** Minutes generated from a 2052 meeting's data, edited, finalised and frozen; PDF and DOCX; the dossier's query. */
@IntegrationTest
class MinutesIntegrationTests {
    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    @Autowired FinalisedMinutes finalised;
    MeetingFixture f;
    long meeting;

    @BeforeEach
    void aMeetingWithAttendanceAndConclusions() throws Exception {
        clock.setInstant(Instant.parse("2052-11-20T03:00:00Z"));
        f = new MeetingFixture(jdbc, 2052, "CUM-KT-2052").create("LHH-HNI");
        mvc.perform(post("/meetings/new").with(head()).with(csrf()).param("type", "YEAR_END_SUMMARY").param("clusterId", String.valueOf(f.cluster()))
                .param("title", "Hội nghị tổng kết công tác thi đua năm 2052").param("hostUnitId", String.valueOf(f.unit("LHH-HNI")))
                .param("startsAt", "2052-12-05T08:30").param("place", "Hội trường Liên hiệp Hội, Hà Nội").param("quorumRule", "MORE_THAN_HALF")
                .param("inviteSupervisor", "true").param("inviteOffice", "true").param("chairName", "Nguyễn Văn Chủ")
                .param("secretaryName", "Trần Thị Thư")).andExpect(status().is3xxRedirection());
        meeting = jdbc.queryForObject("select id from meeting where meeting_year = 2052", Long.class);
        var attendance = post("/meetings/{id}/attendance", meeting).with(head()).with(csrf()).param("version", String.valueOf(version()));
        for (var code : MeetingFixture.MEMBERS) {
            long unit = f.unit(code);
            attendance.param("unit-" + unit, "1");
            if (!code.equals("LHH-QNH")) attendance.param("present-" + unit, "on").param("name-" + unit, "Đại biểu " + code).param("position-" + unit, "Chủ tịch");
        }
        mvc.perform(attendance).andExpect(flash().attribute("success", "Đã lưu điểm danh."));
        long item = jdbc.queryForObject("select min(id) from meeting_agenda_item where meeting_id = ?", Long.class, meeting);
        mvc.perform(post("/meetings/{id}/agenda/{item}", meeting, item).with(head()).with(csrf()).param("version", String.valueOf(version()))
                .param("title", "Báo cáo tổng kết công tác thi đua, khen thưởng của Cụm").param("presenter", "Cụm trưởng")
                .param("conclusion", "Hội nghị nhất trí thông qua báo cáo tổng kết.")).andExpect(flash().attribute("success", "Đã lưu chương trình hội nghị."));
    }

    @AfterEach
    void clean() {
        f.remove();
        clock.reset();
    }

    RequestPostProcessor head() { return user(f.account("LHH-HNI")).roles("UNIT_OFFICER"); }

    RequestPostProcessor member() { return user(f.account("LHH-LSN")).roles("UNIT_OFFICER"); }

    long version() { return jdbc.queryForObject("select version from meeting where id = ?", Long.class, meeting); }

    Long minutesVersion() { return jdbc.queryForObject("select version from meeting_minutes where meeting_id = ?", Long.class, meeting); }

    String body() { return jdbc.queryForObject("select body from meeting_minutes where meeting_id = ?", String.class, meeting); }

    /** Regenerating over the secretary's edits asks first and keeps the replaced text (page and audit); final minutes never change. */
    @Test
    void regeneratingEditedMinutesAsksFirstAndKeepsTheReplacedText() throws Exception {
        mvc.perform(post("/meetings/{id}/minutes/generate", meeting).with(head()).with(csrf()))
                .andExpect(flash().attribute("success", "Đã lập biên bản từ dữ liệu hội nghị."));
        // not edited: regenerating needs no confirmation and keeps no previous version (the text is the same)
        mvc.perform(post("/meetings/{id}/minutes/generate", meeting).with(head()).with(csrf()).param("version", String.valueOf(minutesVersion())))
                .andExpect(flash().attribute("success", "Đã lập biên bản từ dữ liệu hội nghị."));
        mvc.perform(get("/meetings/{id}", meeting).with(head())).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("name=\"replaceEdits\""))));
        var edited = body().replace("Biên bản được lập thành … bản", "Biên bản được lập thành 09 bản");
        mvc.perform(post("/meetings/{id}/minutes", meeting).with(head()).with(csrf()).param("version", String.valueOf(minutesVersion())).param("body", edited))
                .andExpect(flash().attribute("success", "Đã lưu biên bản."));

        // edited: without the confirmation the text stays as the secretary left it
        long before = minutesVersion();
        mvc.perform(post("/meetings/{id}/minutes/generate", meeting).with(head()).with(csrf()).param("version", String.valueOf(minutesVersion())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Biên bản đã được sửa sau khi lập từ dữ liệu")));
        assertThat(body()).isEqualTo(edited);
        assertThat(minutesVersion()).isEqualTo(before);
        // the page asks before sending (data-confirm) and sends the confirmation
        mvc.perform(get("/meetings/{id}", meeting).with(head())).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-confirm=\"Biên bản đã được sửa. Lập lại từ dữ liệu sẽ thay các chỗ đã sửa")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"replaceEdits\" value=\"true\"")));

        mvc.perform(post("/meetings/{id}/minutes/generate", meeting).with(head()).with(csrf()).param("version", String.valueOf(minutesVersion()))
                .param("replaceEdits", "true")).andExpect(flash().attribute("success", "Đã lập biên bản từ dữ liệu hội nghị."));
        assertThat(body()).contains("lập thành … bản").doesNotContain("09 bản");
        assertThat(jdbc.queryForObject("select previous_body from meeting_minutes where meeting_id = ?", String.class, meeting)).isEqualTo(edited);
        assertThat(jdbc.queryForObject("select count(*) from (select old_value from audit_journal where action = 'MEETING_MINUTES_GENERATED' and entity_id = ?"
                + " union all select old_value from audit_entry where action = 'MEETING_MINUTES_GENERATED' and entity_id = ?) a where old_value like ?",
                Integer.class, String.valueOf(meeting), String.valueOf(meeting), "%09 bản%")).as("the audit entry holds the replaced text").isEqualTo(1);
        mvc.perform(get("/meetings/{id}", meeting).with(head())).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"minutes-previous\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Biên bản được lập thành 09 bản")));

        mvc.perform(post("/meetings/{id}/minutes/finalise", meeting).with(head()).with(csrf()).param("version", String.valueOf(minutesVersion())))
                .andExpect(flash().attribute("success", "Đã chốt biên bản."));
        var frozen = body();
        mvc.perform(post("/meetings/{id}/minutes/generate", meeting).with(head()).with(csrf()).param("version", String.valueOf(minutesVersion()))
                .param("replaceEdits", "true")).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Biên bản đã chốt: không sửa được nữa.")));
        assertThat(body()).isEqualTo(frozen);
        mvc.perform(get("/meetings/{id}", meeting).with(head())).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"generate-minutes\""))));
    }

    String previous() { return jdbc.queryForObject("select previous_body from meeting_minutes where meeting_id = ?", String.class, meeting); }

    int restoredAudits(String column, String like) {
        return jdbc.queryForObject("select count(*) from (select " + column + " v from audit_journal where action = 'MEETING_MINUTES_RESTORED' and entity_id = ?"
                + " union all select " + column + " from audit_entry where action = 'MEETING_MINUTES_RESTORED' and entity_id = ?) a where v like ?",
                Integer.class, String.valueOf(meeting), String.valueOf(meeting), like);
    }

    /**
     * The secretary brings back the text a regeneration replaced, and can undo it (the two texts swap). Nothing to
     * restore, a stale page, an account that does not keep the minutes and finalised minutes change nothing.
     */
    @Test
    void theSecretaryRestoresThePreviousTextAndCanUndoIt() throws Exception {
        mvc.perform(post("/meetings/{id}/minutes/generate", meeting).with(head()).with(csrf()))
                .andExpect(flash().attribute("success", "Đã lập biên bản từ dữ liệu hội nghị."));
        var generated = body();
        // nothing kept yet: the meeting's page again with the reason (422)
        mvc.perform(post("/meetings/{id}/minutes/restore", meeting).with(head()).with(csrf()).param("version", String.valueOf(minutesVersion())))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(org.hamcrest.Matchers.containsString("Không có bản trước để khôi phục.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"minutes-body\"")));
        var edited = generated.replace("Biên bản được lập thành … bản", "Biên bản được lập thành 09 bản");
        mvc.perform(post("/meetings/{id}/minutes", meeting).with(head()).with(csrf()).param("version", String.valueOf(minutesVersion())).param("body", edited))
                .andExpect(flash().attribute("success", "Đã lưu biên bản."));
        mvc.perform(post("/meetings/{id}/minutes/generate", meeting).with(head()).with(csrf()).param("version", String.valueOf(minutesVersion()))
                .param("replaceEdits", "true")).andExpect(flash().attribute("success", "Đã lập biên bản từ dữ liệu hội nghị."));
        assertThat(body()).isEqualTo(generated);
        assertThat(previous()).isEqualTo(edited);
        long seen = minutesVersion();
        mvc.perform(get("/meetings/{id}", meeting).with(head())).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"restore-minutes\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-confirm=\"Thay nội dung biên bản hiện tại bằng bản trước?")));
        // a member that does not keep the minutes, and another cluster's officer: refused, nothing changes
        mvc.perform(post("/meetings/{id}/minutes/restore", meeting).with(member()).with(csrf()).param("version", String.valueOf(seen)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/meetings/{id}/minutes/restore", meeting).with(user(f.account("LHH-HPG25")).roles("UNIT_OFFICER")).with(csrf())
                .param("version", String.valueOf(seen))).andExpect(status().isForbidden());
        mvc.perform(get("/meetings/{id}", meeting).with(member())).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("restore-minutes"))));
        assertThat(body()).isEqualTo(generated);
        assertThat(minutesVersion()).isEqualTo(seen);

        // restored: the edited text is back, the regenerated one kept in its place, both in the audit entry
        mvc.perform(post("/meetings/{id}/minutes/restore", meeting).with(head()).with(csrf()).param("version", String.valueOf(seen)))
                .andExpect(flash().attribute("success", "Đã khôi phục bản trước. Nội dung vừa bị thay được giữ lại ở mục bản trước, có thể khôi phục lại."));
        assertThat(body()).isEqualTo(edited);
        assertThat(previous()).isEqualTo(generated);
        assertThat(restoredAudits("old_value", "%lập thành … bản%")).isEqualTo(1);
        assertThat(restoredAudits("new_value", "%lập thành 09 bản%")).isEqualTo(1);
        // the same page sent again (stale): 409 with the reason, nothing changes
        mvc.perform(post("/meetings/{id}/minutes/restore", meeting).with(head()).with(csrf()).param("version", String.valueOf(seen)))
                .andExpect(status().isConflict()).andExpect(content().string(org.hamcrest.Matchers.containsString("vừa được người khác thay đổi")));
        assertThat(body()).isEqualTo(edited);
        assertThat(restoredAudits("new_value", "%")).isEqualTo(1);
        // the restored text counts as edited: regenerating over it asks first
        mvc.perform(post("/meetings/{id}/minutes/generate", meeting).with(head()).with(csrf()).param("version", String.valueOf(minutesVersion())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Biên bản đã được sửa sau khi lập từ dữ liệu")));
        assertThat(body()).isEqualTo(edited);
        // undone: restoring again swaps the texts back
        mvc.perform(post("/meetings/{id}/minutes/restore", meeting).with(head()).with(csrf()).param("version", String.valueOf(minutesVersion())))
                .andExpect(flash().attributeExists("success"));
        assertThat(body()).isEqualTo(generated);
        assertThat(previous()).isEqualTo(edited);

        // finalised minutes: refused with the rule (422), frozen
        mvc.perform(post("/meetings/{id}/minutes/finalise", meeting).with(head()).with(csrf()).param("version", String.valueOf(minutesVersion())))
                .andExpect(flash().attribute("success", "Đã chốt biên bản."));
        mvc.perform(post("/meetings/{id}/minutes/restore", meeting).with(head()).with(csrf()).param("version", String.valueOf(minutesVersion())))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(org.hamcrest.Matchers.containsString("Biên bản đã chốt: không sửa được nữa.")));
        assertThat(body()).isEqualTo(generated);
        assertThat(restoredAudits("new_value", "%")).isEqualTo(2);
    }

    @Test
    void theMinutesAreGeneratedFromTheDataEditedFinalisedAndThenFrozen() throws Exception {
        mvc.perform(post("/meetings/{id}/minutes/generate", meeting).with(head()).with(csrf()))
                .andExpect(flash().attribute("success", "Đã lập biên bản từ dữ liệu hội nghị."));
        assertThat(body()).contains("6/7 đơn vị có mặt", "Đại biểu LHH-HNI, Chủ tịch", "Vắng mặt: Quảng Ninh",
                "Hội nghị đủ điều kiện tiến hành và biểu quyết", "Kết luận: Hội nghị nhất trí thông qua báo cáo tổng kết.",
                "Ủy viên Đoàn Chủ tịch phụ trách cụm Nguyễn Văn Phụ Trách",
                // in person: the venue as recorded, no online wording
                "Vào hồi 08 giờ 30 ngày 05 tháng 12 năm 2052, tại Hội trường Liên hiệp Hội, Hà Nội, ").doesNotContain("trực tuyến");

        var edited = body().replace("Biên bản được lập thành … bản", "Biên bản được lập thành 09 bản");
        long opened = minutesVersion();
        mvc.perform(post("/meetings/{id}/minutes", meeting).with(head()).with(csrf()).param("version", String.valueOf(opened)).param("body", edited))
                .andExpect(flash().attribute("success", "Đã lưu biên bản."));
        long saved = minutesVersion();
        mvc.perform(post("/meetings/{id}/minutes", meeting).with(user(f.account("LHH-HPG25")).roles("UNIT_OFFICER")).with(csrf())
                .param("version", String.valueOf(opened)).param("body", "Bản của người thứ hai")).andExpect(status().isForbidden());
        mvc.perform(post("/meetings/{id}/minutes", meeting).with(user("vanphong.demo").roles("OFFICE")).with(csrf())
                        .param("version", String.valueOf(opened)).param("body", "Bản của người thứ hai"))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("vừa được người khác thay đổi")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(">Bản của người thứ hai</textarea>")));
        assertThat(body()).contains("lập thành 09 bản");
        assertThat(minutesVersion()).isEqualTo(saved);

        var draft = mvc.perform(get("/meetings/{id}/minutes.pdf", meeting).with(member())).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(text(draft)).contains("BIÊN BẢN (DỰ THẢO)");
        mvc.perform(get("/meetings/{id}/minutes.pdf", meeting).with(user("cantho.demo").roles("UNIT_OFFICER"))).andExpect(status().isForbidden());
        assertThat(finalised.pdf(meeting)).as("a draft is not ready for a dossier").isEmpty();

        mvc.perform(post("/meetings/{id}/minutes/finalise", meeting).with(head()).with(csrf()).param("version", String.valueOf(minutesVersion())))
                .andExpect(flash().attribute("success", "Đã chốt biên bản."));
        mvc.perform(post("/meetings/{id}/minutes", meeting).with(head()).with(csrf()).param("version", String.valueOf(minutesVersion()))
                .param("body", "Sửa sau khi chốt")).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Biên bản đã chốt: không sửa được nữa.")));
        mvc.perform(post("/meetings/{id}/minutes/generate", meeting).with(head()).with(csrf()).param("version", String.valueOf(minutesVersion())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Biên bản đã chốt: không sửa được nữa.")));
        mvc.perform(post("/meetings/{id}/minutes/finalise", meeting).with(head()).with(csrf()).param("version", String.valueOf(minutesVersion())))
                .andExpect(status().isUnprocessableContent());
        assertThat(body()).contains("lập thành 09 bản");
        assertThat(jdbc.queryForObject("select (select count(*) from audit_journal where action = 'MEETING_MINUTES_FINALISED' and entity_id = ?)"
                + " + (select count(*) from audit_entry where action = 'MEETING_MINUTES_FINALISED' and entity_id = ?)", Integer.class,
                String.valueOf(meeting), String.valueOf(meeting))).isEqualTo(1);

        var pdf = mvc.perform(get("/meetings/{id}/minutes.pdf", meeting).with(user("cantho.demo").roles("UNIT_OFFICER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(finalised.pdf(meeting)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(pdf));
        var words = text(pdf);
        assertThat(words).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỤM KIỂM THỬ 2052", "BIÊN BẢN", "THƯ KÝ", "CHỦ TRÌ",
                "Trần Thị Thư", "Nguyễn Văn Chủ", "Hà Nội, ngày 05 tháng 12 năm 2052").doesNotContain("DỰ THẢO");
        // a VUSTA cluster's minutes are issued under VUSTA
        assertThat(words).contains("LIÊN HIỆP CÁC HỘI KHOA HỌC\nVÀ KỸ THUẬT VIỆT NAM\nCỤM KIỂM THỬ 2052");
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", "minutes-2052.pdf"), pdf);

        var docx = mvc.perform(get("/meetings/{id}/minutes.docx", meeting).with(member())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx)); var extractor = new XWPFWordExtractor(doc)) {
            assertThat(extractor.getText()).contains("Độc lập - Tự do - Hạnh phúc", "BIÊN BẢN", "6/7 đơn vị có mặt", "lập thành 09 bản", "Trần Thị Thư");
            // the heading as the PDF's: VUSTA broken after "KHOA HỌC", then the cluster in bold on a paragraph of its own
            var left = doc.getTables().getFirst().getRow(0).getCell(0).getParagraphs();
            assertThat(left.get(0).getText()).isEqualTo("LIÊN HIỆP CÁC HỘI KHOA HỌC\nVÀ KỸ THUẬT VIỆT NAM");
            assertThat(left.get(1).getText()).isEqualTo("CỤM KIỂM THỬ 2052");
            assertThat(left.get(1).getRuns()).isNotEmpty().allMatch(org.apache.poi.xwpf.usermodel.XWPFRun::isBold);
            assertThat(doc.getParagraphs().getFirst().getText()).isEqualTo("Hà Nội, ngày 05 tháng 12 năm 2052");
        }
        Files.write(Path.of("target", "screenshots", "minutes-2052.docx"), docx);
    }

    static String text(byte[] pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}

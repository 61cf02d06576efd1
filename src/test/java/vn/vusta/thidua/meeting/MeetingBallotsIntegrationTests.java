package vn.vusta.thidua.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.vusta.thidua.ballot.BallotPurpose;
import vn.vusta.thidua.ballot.Ballots;
import vn.vusta.thidua.ballot.Choices;
import vn.vusta.thidua.support.IntegrationTest;
import vn.vusta.thidua.support.TestClock;

/**
 * A 2054 year-end summary's ballots: only with a quorum, the electorate is the units present, the ready-made ballots'
 * candidates (by name without a published table; the rotation proposal first), and an elected head recorded on the
 * cluster's next year with the meeting as reference.
 */
@IntegrationTest
class MeetingBallotsIntegrationTests {
    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    @Autowired Ballots ballots;
    @Autowired ElectedLeadership elected;
    MeetingFixture f;
    long meeting;

    @BeforeEach
    void aSummary() throws Exception {
        clock.setInstant(Instant.parse("2054-12-05T01:00:00Z"));
        f = new MeetingFixture(jdbc, 2054, "CUM-KT-2054").create("LHH-HNI");
        jdbc.update("update cluster set deputy_unit_id = ? where id = ?", f.unit("LHH-LSN"), f.cluster());
        mvc.perform(post("/meetings/new").with(head()).with(csrf()).param("type", "YEAR_END_SUMMARY").param("clusterId", String.valueOf(f.cluster()))
                .param("title", "Hội nghị tổng kết năm 2054").param("hostUnitId", String.valueOf(f.unit("LHH-HNI")))
                .param("startsAt", "2054-12-05T08:00").param("place", "Hà Nội")).andExpect(status().is3xxRedirection());
        meeting = jdbc.queryForObject("select id from meeting where meeting_year = 2054", Long.class);
    }

    @AfterEach
    void clean() {
        SecurityContextHolder.clearContext();
        f.remove();
        clock.reset();
    }

    RequestPostProcessor head() { return user(f.account("LHH-HNI")).roles("UNIT_OFFICER"); }

    void attend(int present) throws Exception {
        var request = post("/meetings/{id}/attendance", meeting).with(head()).with(csrf())
                .param("version", String.valueOf(jdbc.queryForObject("select version from meeting where id = ?", Long.class, meeting)));
        for (int i = 0; i < MeetingFixture.MEMBERS.size(); i++) {
            long unit = f.unit(MeetingFixture.MEMBERS.get(i));
            request.param("unit-" + unit, "1");
            if (i < present) request.param("present-" + unit, "on").param("name-" + unit, "Đại biểu " + i);
        }
        mvc.perform(request).andExpect(flash().attribute("success", "Đã lưu điểm danh."));
    }

    static void as(String username) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_UNIT_OFFICER"))));
    }

    /** The head opens the ballot, the six units present each cast one choice ({@code choice} of the voter's code), the head closes it. */
    void vote(long ballot, java.util.function.ToLongFunction<String> choice) {
        as(f.account("LHH-HNI"));
        ballots.open(ballot);
        for (var code : MeetingFixture.MEMBERS.subList(0, 6)) {
            as(f.account(code));
            ballots.cast(ballot, f.unit(code), Choices.select(choice.applyAsLong(code)));
        }
        as(f.account("LHH-HNI"));
        ballots.close(ballot);
    }

    @Test
    void withoutAQuorumNoBallotIsCreated() throws Exception {
        attend(3);
        mvc.perform(post("/meetings/{id}/ballots/preset", meeting).with(head()).with(csrf()).param("purpose", "ACCLAIM_LEADER"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Hội nghị chưa đủ điều kiện (chưa đủ số đơn vị có mặt): chưa thể bỏ phiếu.")));
        mvc.perform(post("/meetings/{id}/ballots", meeting).with(head()).with(csrf()).param("question", "Câu hỏi gõ dở").param("kind", "CHOOSE_UP_TO_K")
                        .param("maxChoices", "2"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Câu hỏi gõ dở\"")));
        assertThat(jdbc.queryForObject("select count(*) from ballot where meeting_id = ?", Integer.class, meeting)).isZero();
    }

    @Test
    void theAcclaimBallotListsTheMembersByNameWithoutAPublishedTableAndOnlyPresentUnitsVote() throws Exception {
        attend(6);
        mvc.perform(post("/meetings/{id}/ballots/preset", meeting).with(head()).with(csrf()).param("purpose", "ACCLAIM_LEADER"))
                .andExpect(flash().attribute("success", org.hamcrest.Matchers.startsWith("Đã tạo cuộc bỏ phiếu")));
        var ballot = ballots.forMeeting(meeting).getFirst();
        assertThat(ballot.purpose()).isEqualTo(BallotPurpose.ACCLAIM_LEADER);
        assertThat(ballot.candidates()).extracting(c -> c.label())
                .containsExactly("Bắc Ninh", "Hà Nội", "Hưng Yên", "Lạng Sơn", "Ninh Bình", "Quảng Ninh", "TP Hải Phòng");
        assertThat(ballot.electorateUnitIds()).hasSize(6).doesNotContain(f.unit("LHH-QNH"));
        assertThat(ballot.membersCount()).isEqualTo(7);
        mvc.perform(get("/meetings/{id}", meeting).with(head())).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("0/6 đơn vị đã bỏ phiếu")));
    }

    @Test
    void theHeadElectedByBallotBecomesNextYearsHeadWithTheMeetingAsReference() throws Exception {
        attend(6);
        mvc.perform(post("/meetings/{id}/ballots/preset", meeting).with(head()).with(csrf()).param("purpose", "NEXT_HEAD"))
                .andExpect(flash().attribute("success", org.hamcrest.Matchers.startsWith("Đã tạo cuộc bỏ phiếu")));
        var ballot = ballots.forMeeting(meeting).getFirst();
        assertThat(ballot.candidates().getFirst().label()).as("last year's deputy, the rotation proposal, comes first")
                .isEqualTo("Lạng Sơn (đề xuất luân phiên)");
        long lsn = ballot.candidates().getFirst().id();
        long hni = ballot.candidates().stream().filter(c -> c.unitId() == f.unit("LHH-HNI")).findFirst().orElseThrow().id();
        vote(ballot.id(), code -> code.equals("LHH-LSN") ? hni : lsn);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select head_unit_id from cluster where id = ?", Long.class, f.cluster(2055))).isEqualTo(f.unit("LHH-LSN")));
        assertThat(jdbc.queryForObject("select leadership_ref from cluster where id = ?", String.class, f.cluster(2055)))
                .isEqualTo("Biên bản Hội nghị tổng kết năm 2054 ngày 05/12/2054 (kết quả bỏ phiếu kín)");
        mvc.perform(get("/clusters/{id}", f.cluster(2055))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Lạng Sơn")));

        mvc.perform(post("/meetings/{id}/minutes/generate", meeting).with(head()).with(csrf())).andExpect(flash().attribute("success", "Đã lập biên bản từ dữ liệu hội nghị."));
        assertThat(jdbc.queryForObject("select body from meeting_minutes where meeting_id = ?", String.class, meeting))
                .contains("IV. KẾT QUẢ BỎ PHIẾU", "Giới thiệu cụm trưởng Cụm kiểm thử 2054 năm 2055", "Lạng Sơn (đề xuất luân phiên) 5 phiếu",
                        "Trúng: Lạng Sơn (đề xuất luân phiên).");
    }

    /**
     * Next year's deputy through the summary's ready-made ballot: next year's head (already elected) is not a candidate;
     * the winner becomes next year's deputy, the head stays, the meeting is the reference, the page and minutes say so.
     */
    @Test
    void theDeputyElectedByBallotBecomesNextYearsDeputyBesideTheHead() throws Exception {
        attend(6);
        jdbc.update("update cluster set head_unit_id = ? where id = ?", f.unit("LHH-LSN"), f.cluster(2055));
        mvc.perform(post("/meetings/{id}/ballots/preset", meeting).with(head()).with(csrf()).param("purpose", "NEXT_DEPUTY"))
                .andExpect(flash().attribute("success", org.hamcrest.Matchers.startsWith("Đã tạo cuộc bỏ phiếu")));
        var ballot = ballots.forMeeting(meeting).getFirst();
        assertThat(ballot.purpose()).isEqualTo(BallotPurpose.NEXT_DEPUTY);
        assertThat(ballot.question()).isEqualTo("Giới thiệu cụm phó Cụm kiểm thử 2054 năm 2055");
        assertThat(ballot.candidates()).as("next year's head is not a candidate for deputy").hasSize(6)
                .noneMatch(c -> c.unitId() == f.unit("LHH-LSN"));
        long hni = ballot.candidates().stream().filter(c -> c.unitId() == f.unit("LHH-HNI")).findFirst().orElseThrow().id();
        long hpg = ballot.candidates().stream().filter(c -> c.unitId() == f.unit("LHH-HPG25")).findFirst().orElseThrow().id();
        vote(ballot.id(), code -> code.equals("LHH-HNI") ? hpg : hni);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select deputy_unit_id from cluster where id = ?", Long.class, f.cluster(2055))).isEqualTo(f.unit("LHH-HNI")));
        assertThat(jdbc.queryForObject("select head_unit_id from cluster where id = ?", Long.class, f.cluster(2055))).isEqualTo(f.unit("LHH-LSN"));
        assertThat(jdbc.queryForObject("select leadership_ref from cluster where id = ?", String.class, f.cluster(2055)))
                .isEqualTo("Biên bản Hội nghị tổng kết năm 2054 ngày 05/12/2054 (kết quả bỏ phiếu kín)");
        assertThat(jdbc.queryForObject("select deputy from meeting_election where ballot_id = ?", Boolean.class, ballot.id())).isTrue();
        SecurityContextHolder.clearContext();
        mvc.perform(get("/meetings/{id}", meeting).with(head())).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Hà Nội: được bầu làm cụm phó năm 2055")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("đã ghi vào cụm năm 2055")));
        mvc.perform(post("/meetings/{id}/minutes/generate", meeting).with(head()).with(csrf())).andExpect(flash().attribute("success", "Đã lập biên bản từ dữ liệu hội nghị."));
        assertThat(jdbc.queryForObject("select body from meeting_minutes where meeting_id = ?", String.class, meeting))
                .contains("Giới thiệu cụm phó Cụm kiểm thử 2054 năm 2055", "Trúng: Hà Nội");
    }

    /**
     * Next year's cluster is needed to propose the candidates; if the office redoes next year's plan while the ballot
     * runs (the row is gone when it closes), the result is kept with the meeting, shown, and recorded once the year
     * exists again; it never overwrites a leadership the office has confirmed.
     */
    @Test
    void anElectedHeadThatCannotBeRecordedYetIsKeptShownAndRecordedLater() throws Exception {
        attend(6);
        mvc.perform(post("/meetings/{id}/ballots/preset", meeting).with(head()).with(csrf()).param("purpose", "NEXT_HEAD"))
                .andExpect(flash().attribute("success", org.hamcrest.Matchers.startsWith("Đã tạo cuộc bỏ phiếu")));
        var ballot = ballots.forMeeting(meeting).getFirst();
        long next = f.cluster(2055);
        var row = jdbc.queryForMap("select cluster_id, code, name, kind, level from cluster where id = ?", next);
        jdbc.update("delete from cluster where id = ?", next);
        long lsn = ballot.candidates().getFirst().id();
        long hni = ballot.candidates().stream().filter(c -> c.unitId() == f.unit("LHH-HNI")).findFirst().orElseThrow().id();
        vote(ballot.id(), code -> code.equals("LHH-LSN") ? hni : lsn); // no unit votes for itself
        // the listener runs after the closing commits: the row may not be there yet at the first look
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.queryForList(
                "select problem from meeting_election where ballot_id = ?", String.class, ballot.id())).singleElement().asString()
                .startsWith("Chưa có cụm của năm 2055"));
        SecurityContextHolder.clearContext();
        mvc.perform(get("/meetings/{id}", meeting).with(head())).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("được bầu làm cụm trưởng năm 2055")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("chưa ghi được vào cụm: Chưa có cụm của năm 2055")));

        // the office makes next year's cluster; the next retry records the result with the meeting as reference
        jdbc.update("insert into cluster (cluster_id, code, cluster_year, name, kind, level, membership_confirmed) values (?, ?, 2055, ?, ?, ?, true)",
                row.get("cluster_id"), row.get("code"), row.get("name"), row.get("kind"), row.get("level"));
        long made = jdbc.queryForObject("select id from cluster where cluster_id = ? and cluster_year = 2055", Long.class, row.get("cluster_id"));
        for (var code : MeetingFixture.MEMBERS) {
            jdbc.update("insert into cluster_member (cluster_id, unit_id, cluster_year, level, confirmed) values (?, ?, 2055, ?, true)", made, f.unit(code), row.get("level"));
        }
        elected.retryPending();
        assertThat(jdbc.queryForObject("select head_unit_id from cluster where id = ?", Long.class, made)).isEqualTo(f.unit("LHH-LSN"));
        assertThat(jdbc.queryForObject("select leadership_ref from cluster where id = ?", String.class, made))
                .isEqualTo("Biên bản Hội nghị tổng kết năm 2054 ngày 05/12/2054 (kết quả bỏ phiếu kín)");
        mvc.perform(get("/meetings/{id}", meeting).with(head())).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("đã ghi vào cụm năm 2055")));

        // once the office has confirmed a leadership, a later count is kept as pending with the reason, never written over it
        jdbc.update("update cluster set head_unit_id = ?, leadership_confirmed = true where id = ?", f.unit("LHH-HNI"), made);
        jdbc.update("update meeting_election set recorded = false where ballot_id = ?", ballot.id());
        elected.retryPending();
        assertThat(jdbc.queryForObject("select head_unit_id from cluster where id = ?", Long.class, made)).isEqualTo(f.unit("LHH-HNI"));
        assertThat(jdbc.queryForObject("select problem from meeting_election where ballot_id = ?", String.class, ballot.id()))
                .startsWith("Cụm trưởng, cụm phó năm 2055 đã được Văn phòng xác nhận");
    }
}

package vn.vusta.thidua.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vusta.thidua.ballot.Ballots;
import vn.vusta.thidua.support.IntegrationTest;

/** The demo (switched on in tests) holds Cụm 3's finished 2024 year-end summary: all present, two paper ballots, final minutes. */
@IntegrationTest
class DemoMeetingsIntegrationTests {
    @Autowired JdbcTemplate jdbc;
    @Autowired Ballots ballots;
    @Autowired FinalisedMinutes minutes;

    @Test
    void theDemoHoldsAFinished2024YearEndSummaryWithItsBallotsAndMinutes() {
        long id = jdbc.queryForObject("select id from meeting where title = ?", Long.class, DemoMeetings.TITLE);
        assertThat(jdbc.queryForObject("select count(*) from meeting_invitation where meeting_id = ? and present", Integer.class, id)).isEqualTo(7);
        var list = ballots.forMeeting(id);
        assertThat(list).hasSize(2).allSatisfy(b -> {
            assertThat(b.isClosed()).isTrue();
            assertThat(b.paper()).isTrue();
        });
        var acclaim = ballots.result(list.stream().filter(b -> b.purpose().name().equals("ACCLAIM_LEADER")).findFirst().orElseThrow().id());
        assertThat(acclaim.outcome().name()).isEqualTo("DECIDED");
        assertThat(jdbc.queryForObject("select body from meeting_minutes where meeting_id = ? and finalised", String.class, id))
                .contains("dữ liệu mẫu", "IV. KẾT QUẢ BỎ PHIẾU", "bằng phiếu giấy", "7/7 đơn vị có mặt");
        assertThat(minutes.pdf(id)).hasValueSatisfying(pdf -> assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-"));
    }
}

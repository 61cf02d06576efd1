package vn.vusta.thidua.common;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.vusta.thidua.support.IntegrationTest;
import vn.vusta.thidua.support.TestClock;

/** "Today" is Vietnam's day, taken from the Clock bean: a UTC server would be 7 hours behind. */
@IntegrationTest
class ClockIntegrationTests {
    @Autowired MockMvc mvc;
    @Autowired TestClock clock;

    @AfterEach
    void realTime() { clock.reset(); }

    @Test
    void todayIsTheDayInVietnamNotOnTheServer() throws Exception {
        // 30/06/2025 18:30 UTC is already 01/07/2025 01:30 in Hà Nội: the 34 unions after the merger
        clock.setInstant(Instant.parse("2025-06-30T18:30:00Z"));
        mvc.perform(get("/api/v1/units").param("type", "PROVINCIAL_UNION"))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(34)));
        // one hour earlier in Hà Nội it is still 30/06/2025: the 63 unions before it
        clock.setInstant(Instant.parse("2025-06-30T16:30:00Z"));
        mvc.perform(get("/api/v1/units").param("type", "PROVINCIAL_UNION"))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(63)));
    }
}

package vn.vusta.thidua.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.vusta.thidua.support.IntegrationTest;
import vn.vusta.thidua.support.TestClock;

/** The form for a new cluster or block proposes this year (Vietnam's), not the last year that has clusters. */
@IntegrationTest
class NewClusterFormIntegrationTests {
    @Autowired MockMvc mvc;
    @Autowired TestClock clock;

    @AfterEach
    void realTime() { clock.reset(); }

    @Test
    void theYearProposedIsThisYear() throws Exception {
        // 31/12/2026 18:00 UTC is already 01/01/2027 in Hà Nội; the last year with clusters is 2025
        clock.setInstant(Instant.parse("2026-12-31T18:00:00Z"));
        var html = mvc.perform(get("/admin/clusters/new").with(user("vanphong.demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(html).selectFirst("input#year").attr("value")).isEqualTo("2027");
    }
}

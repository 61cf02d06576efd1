package vn.vusta.thidua.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.vusta.thidua.support.IntegrationTest;
import vn.vusta.thidua.support.Statements;

/** In-app notices: once per key, listed newest first in the reader's language, marked read by their recipient only. */
@IntegrationTest
class NotificationIntegrationTests {
    @Autowired Notifier notifier;
    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired Statements statements;

    Notice opened(String recipient, String key) {
        return new Notice(recipient, null, "CAMPAIGN_OPENED", List.of("Thi đua cụm năm 2031", "31/03/2031"), "/campaigns/1/progress", key);
    }

    @Test
    void aNoticeWithAKeyIsDeliveredOncePerRecipient() {
        assertThat(notifier.deliver(opened("thuky.demo", "test:once"))).isTrue();
        assertThat(notifier.deliver(opened("thuky.demo", "test:once"))).isFalse();
        assertThat(notifier.deliver(opened("uyvien.demo", "test:once"))).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from notification where once_key = 'test:once'", Integer.class)).isEqualTo(2);
    }

    @Test
    void theRecipientReadsItsNoticesAndMarksThemRead() throws Exception {
        notifier.deliver(opened("thuongtruc.demo", null));
        notifier.deliver(opened("thuongtruc.demo", "test:read"));
        var me = user("thuongtruc.demo").roles("COUNCIL_STANDING", "COUNCIL_MEMBER");
        var badge = mvc.perform(get("/notifications/badge").with(me)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(badge).select("#unread-badge").text()).isEqualTo("2 chưa đọc");
        var page = Jsoup.parse(mvc.perform(get("/notifications").with(me)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#notifications li")).hasSize(2)
                .allSatisfy(li -> assertThat(li.text()).contains("Đợt thi đua “Thi đua cụm năm 2031” đã mở. Hạn đăng ký thi đua: 31/03/2031."));
        long id = Long.parseLong(page.select("#notifications li").first().attr("data-id"));

        mvc.perform(post("/notifications/{id}/read", id).with(user("uyvien.demo").roles("COUNCIL_MEMBER")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/notifications/{id}/read", id).with(me).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select read_at is not null from notification where id = ?", Boolean.class, id)).isTrue();
        mvc.perform(post("/notifications/read-all").with(me).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient = 'thuongtruc.demo' and read_at is null",
                Integer.class)).isZero();
        var english = mvc.perform(get("/notifications").param("lang", "en").with(me)).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Campaign “Thi đua cụm năm 2031” is open.");
    }

    @Test
    void theListCostsTheSameWithOneNoticeOrMany() throws Exception {
        notifier.deliver(opened("phutrach.demo", null));
        var me = user("phutrach.demo").roles("PRESIDIUM_MEMBER");
        var one = statements.during(() -> mvc.perform(get("/notifications").with(me)).andExpect(status().isOk()));
        for (int i = 0; i < 12; i++) notifier.deliver(opened("phutrach.demo", "test:many:" + i));
        var many = statements.during(() -> mvc.perform(get("/notifications").with(me)).andExpect(status().isOk()));
        assertThat(many.total()).as(many.toString()).isEqualTo(one.total()).isLessThanOrEqualTo(6);
    }
}

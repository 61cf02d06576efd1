package vn.vusta.thidua.campaign.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vusta.thidua.campaign.CampaignOpened;
import vn.vusta.thidua.campaign.Campaigns;
import vn.vusta.thidua.campaign.assessment.ScoreSheets;
import vn.vusta.thidua.campaign.registration.Registrations;
import vn.vusta.thidua.campaign.sheet.ScoringSheets;
import vn.vusta.thidua.support.IntegrationTest;
import vn.vusta.thidua.support.TestClock;

/**
 * Deadline reminders of a 2022 campaign of the VUSTA clusters, by e-mail to a GreenMail server and in the app: two
 * runs at the same moment on separate connections (as two application nodes on one PostgreSQL would) send each
 * reminder exactly once per recipient, with a Vietnamese subject; after the deadline the late units' officers and the
 * office's summary follow, once; opening the campaign tells the member units.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeadlineRemindersIntegrationTests {
    static final String CAMPAIGN = "Thi đua cụm năm 2022";
    @Autowired DeadlineReminders reminders;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired Campaigns campaigns;
    @Autowired ScoringSheets sheets;
    @Autowired Registrations registrations;
    @Autowired ScoreSheets scoreSheets;
    @Autowired TestClock clock;
    @Autowired JavaMailSenderImpl mailSender;
    @Autowired ApplicationEventPublisher events;

    GreenMail smtp;
    int defaultPort;
    long campaignId;

    @BeforeAll
    void smtpServerAndEmailAddresses() throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) { port = socket.getLocalPort(); }
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        defaultPort = mailSender.getPort();
        mailSender.setPort(port);
        for (var who : List.of("haiphong", "haiduong", "hanoi", "vanphong")) {
            jdbc.update("update account set email = ? where username = ?", who + "@example.vn", who + ".demo");
        }
        var data = new ProgressData(jdbc, tx, campaigns, sheets, registrations, scoreSheets);
        campaignId = data.openCampaign(2022, CAMPAIGN).campaignId();
        data.register(campaignId, data.cluster("CUM-02", 2022), "LHH-HNI");
    }

    @AfterAll
    void restore() {
        mailSender.setPort(defaultPort);
        smtp.stop();
        jdbc.update("update account set email = null where username in ('haiphong.demo', 'haiduong.demo', 'hanoi.demo', 'vanphong.demo')");
    }

    @AfterEach
    void backToRealTime() { clock.reset(); }

    /** Two reminder runs started at the same moment on two threads (two connections): what each delivered. */
    List<Integer> twoNodesAtOnce() throws Exception {
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var runs = new ArrayList<Future<Integer>>();
            for (int i = 0; i < 2; i++) runs.add(pool.submit(() -> { start.await(); return reminders.run(); }));
            start.countDown();
            var out = new ArrayList<Integer>();
            for (var r : runs) out.add(r.get());
            return out;
        } finally {
            pool.shutdown();
        }
    }

    List<MimeMessage> mailTo(String address, String subjectStart) throws Exception {
        var out = new ArrayList<MimeMessage>();
        for (var m : smtp.getReceivedMessages()) {
            boolean to = Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            if (to && m.getSubject().startsWith(subjectStart)) out.add(m);
        }
        return out;
    }

    int rows(String recipient, String keySuffix) {
        return jdbc.queryForObject("select count(*) from notification where recipient = ? and once_key = ?", Integer.class,
                recipient, "campaign:" + campaignId + ":" + keySuffix);
    }

    @Test
    void eachReminderGoesOncePerRecipientEvenFromTwoNodes() throws Exception {
        clock.setInstant(Instant.parse("2022-03-25T03:00:00Z"));
        var delivered = twoNodesAtOnce();
        String soon = "[Thi đua VUSTA] Sắp đến hạn đăng ký thi đua – " + CAMPAIGN;
        smtp.waitForIncomingEmail(10_000, 2);
        assertThat(mailTo("haiphong@example.vn", soon)).hasSize(1);
        assertThat(mailTo("haiduong@example.vn", soon)).hasSize(1);
        assertThat(mailTo("hanoi@example.vn", "[Thi đua VUSTA] Sắp đến hạn")).as("Hà Nội has registered").isEmpty();
        assertThat(rows("haiphong.demo", "REGISTRATION:2022-03-31:D7")).isEqualTo(1);
        assertThat(rows("haiduong.demo", "REGISTRATION:2022-03-31:D7")).isEqualTo(1);
        assertThat(delivered.stream().mapToInt(Integer::intValue).sum()).as("between them the two runs delivered each notice once")
                .isEqualTo(jdbc.queryForObject("select count(*) from notification where once_key like ?", Integer.class,
                        "campaign:" + campaignId + ":REGISTRATION:2022-03-31:D7"));
        var body = (String) mailTo("haiphong@example.vn", soon).getFirst().getContent();
        assertThat(body).contains("Sắp đến hạn đăng ký thi đua: " + CAMPAIGN + ", hạn 31/03/2022 (còn 6 ngày).")
                .contains("/campaigns/" + campaignId + "/progress");

        assertThat(reminders.run()).as("a later run in the same window sends nothing").isZero();
        assertThat(mailTo("haiphong@example.vn", soon)).hasSize(1);

        clock.setInstant(Instant.parse("2022-04-02T03:00:00Z"));
        twoNodesAtOnce();
        smtp.waitForIncomingEmail(10_000, 5);
        assertThat(mailTo("haiduong@example.vn", "[Thi đua VUSTA] Đã quá hạn đăng ký thi đua – " + CAMPAIGN)).hasSize(1);
        var summary = mailTo("vanphong@example.vn", "[Thi đua VUSTA] Tổng hợp quá hạn – " + CAMPAIGN);
        assertThat(summary).hasSize(1);
        int late = new ProgressData(jdbc, tx, campaigns, sheets, registrations, scoreSheets).memberCount(2022) - 1;
        assertThat((String) summary.getFirst().getContent()).contains(late + " đơn vị ở mục “Chưa đăng ký thi đua” (hạn 31/03/2022)");
        assertThat(jdbc.queryForObject("select email_status from notification where recipient = 'vanphong.demo' and once_key = ?",
                String.class, "campaign:" + campaignId + ":REGISTRATION:2022-03-31:SUMMARY")).isEqualTo("SENT");
        assertThat(jdbc.queryForObject("select count(*) from (select action, entity_id from audit_journal union all select action, entity_id from audit_entry) a"
                        + " where action = 'NOTICES_SENT' and entity_id = ?",
                Integer.class, String.valueOf(campaignId))).isGreaterThanOrEqualTo(3);
    }

    @Test
    void openingTheCampaignTellsTheMemberUnitsOnce() throws Exception {
        for (int i = 0; i < 2; i++) tx.executeWithoutResult(s -> events.publishEvent(new CampaignOpened(campaignId, 2022)));
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline && (rows("haiphong.demo", "OPENED") == 0 || rows("haiduong.demo", "OPENED") == 0
                || rows("hanoi.demo", "OPENED") == 0)) Thread.sleep(200);
        Thread.sleep(3_000); // the second delivery of the event has had its chance to send again
        assertThat(rows("haiphong.demo", "OPENED")).isEqualTo(1);
        assertThat(rows("hanoi.demo", "OPENED")).isEqualTo(1);
        smtp.waitForIncomingEmail(10_000, 1);
        assertThat(mailTo("haiduong@example.vn", "[Thi đua VUSTA] Đã mở đợt thi đua: " + CAMPAIGN)).hasSize(1);
    }
}

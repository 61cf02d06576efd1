package vn.vusta.thidua.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mail.javamail.JavaMailSender;

/** Without an SMTP server the e-mail copy is skipped (the in-app notice stands); the texts come from the bundles. */
class NotificationMailTests {
    static NotificationTexts texts() {
        var source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return new NotificationTexts(source);
    }

    @Test
    void noSmtpServerMeansTheEmailIsSkipped() {
        var none = new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class);
        var mail = new NotificationMail(none, texts(), "thidua@vusta.vn", "http://localhost:8080");
        var status = mail.send(new Notice("hanoi.demo", "hanoi@example.vn", "CAMPAIGN_OPENED", List.of("Thi đua cụm năm 2026", "31/03/2026"),
                "/campaigns/1/progress", null));
        assertThat(status).isEqualTo(MailStatus.SKIPPED);
    }

    @Test
    void subjectAndBodyAreVietnameseWithTaskLabelsResolved() {
        var t = texts();
        var params = List.of("#notification.task.REGISTRATION", "Thi đua cụm năm 2026", "31/03/2026", "6");
        assertThat(t.subject("DEADLINE_SOON", params, NotificationMail.VIETNAMESE))
                .isEqualTo("[Thi đua VUSTA] Sắp đến hạn đăng ký thi đua – Thi đua cụm năm 2026");
        assertThat(t.body("DEADLINE_SOON", params, "https://thidua.vusta.vn/campaigns/1/progress", NotificationMail.VIETNAMESE))
                .startsWith("Sắp đến hạn đăng ký thi đua: Thi đua cụm năm 2026, hạn 31/03/2026 (còn 6 ngày).")
                .contains("Xem chi tiết: https://thidua.vusta.vn/campaigns/1/progress");
    }
}

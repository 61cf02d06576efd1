package vn.vusta.thidua.notification;

import java.util.Locale;

import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The e-mail copy of a notice, in Vietnamese (subject and body from the bundles, UTF-8). Without an SMTP server
 * ({@code spring.mail.host} unset, so no {@link JavaMailSender}) the e-mail is skipped with a log line; the in-app
 * notice stands.
 */
@Component
class NotificationMail {
    private static final Logger log = LoggerFactory.getLogger(NotificationMail.class);
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private final ObjectProvider<JavaMailSender> sender;
    private final NotificationTexts texts;
    private final String from;
    private final String baseUrl;

    NotificationMail(ObjectProvider<JavaMailSender> sender, NotificationTexts texts,
                     @Value("${thidua.mail.from:thidua@vusta.vn}") String from,
                     @Value("${thidua.base-url:http://localhost:8080}") String baseUrl) {
        this.sender = sender;
        this.texts = texts;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    MailStatus send(Notice notice) {
        var mailer = sender.getIfAvailable();
        if (mailer == null) {
            log.info("No SMTP server configured (spring.mail.host): e-mail to {} skipped, in-app notice kept ({})", notice.recipient(), notice.kind());
            return MailStatus.SKIPPED;
        }
        try {
            var message = mailer.createMimeMessage();
            var helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(notice.email());
            helper.setSubject(texts.subject(notice.kind(), notice.params(), VIETNAMESE));
            helper.setText(texts.body(notice.kind(), notice.params(), notice.link() == null ? null : baseUrl + notice.link(), VIETNAMESE));
            mailer.send(message);
            return MailStatus.SENT;
        } catch (MailException | MessagingException e) {
            log.warn("E-mail to {} ({}) failed: {}", notice.recipient(), notice.kind(), e.getMessage());
            return MailStatus.FAILED;
        }
    }
}

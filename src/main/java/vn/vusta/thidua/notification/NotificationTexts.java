package vn.vusta.thidua.notification;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Texts of notices from the bundles: {@code notification.<kind>} (in-app and the e-mail's first paragraph) and
 * {@code notification.mail.subject.<kind>}. A parameter {@code #key} is resolved as a message in the same language.
 */
@Component
class NotificationTexts {
    private final MessageSource messages;

    NotificationTexts(MessageSource messages) { this.messages = messages; }

    String text(String kind, List<String> params, Locale locale) {
        return messages.getMessage("notification." + kind, args(params, locale), kind, locale);
    }

    String subject(String kind, List<String> params, Locale locale) {
        return messages.getMessage("notification.mail.subject." + kind, args(params, locale), kind, locale);
    }

    String body(String kind, List<String> params, String url, Locale locale) {
        var text = text(kind, params, locale);
        return messages.getMessage("notification.mail.body", new Object[] {text, url == null ? "" : url}, locale);
    }

    private Object[] args(List<String> params, Locale locale) {
        return params.stream().map(p -> p != null && p.startsWith("#") ? messages.getMessage(p.substring(1), null, p, locale) : p).toArray();
    }
}

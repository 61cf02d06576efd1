package vn.vusta.thidua.common;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/** Resolves message keys in the user's language (Vietnamese by default). */
@Component
public class Messages {
    private final MessageSource source;

    Messages(MessageSource source) { this.source = source; }

    public String get(String key, Object... args) {
        return source.getMessage(key, display(args), key, LocaleContextHolder.getLocale());
    }

    /** Dates as dd/MM/yyyy, as Vietnamese documents write them ids as plain digits (years use {n,number,#} in the bundles). */
    private static Object[] display(Object[] args) {
        if (args == null) return null;
        var out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = switch (args[i]) {
                case java.time.LocalDate d -> d.format(DATE);
                case Long id -> id.toString(); // identifiers, never grouped
                case null, default -> args[i];
            };
        }
        return out;
    }

    private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public String of(RuntimeException e) {
        if (e instanceof BusinessRuleException b) return get(b.messageKey(), b.args());
        if (e instanceof NotFoundException n) return get("error.notFound", n.args());
        if (e instanceof ObjectOptimisticLockingFailureException) return get("error.concurrentEdit");
        return get("error.unexpected");
    }
}

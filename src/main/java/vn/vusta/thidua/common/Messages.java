package vn.vusta.thidua.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/** Resolves message keys in the user's language (Vietnamese by default). */
@Component
public class Messages {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private final MessageSource source;

    Messages(MessageSource source) { this.source = source; }

    public String get(String key, Object... args) {
        return source.getMessage(key, display(args), key, LocaleContextHolder.getLocale());
    }

    /** The message of a key if the bundles have it, else {@code fallback}. */
    public String getOrDefault(String key, String fallback) {
        return source.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
    }

    /** A validation error (field error, constraint) in the user's language. */
    public String resolve(MessageSourceResolvable resolvable) {
        return source.getMessage(resolvable, LocaleContextHolder.getLocale());
    }

    /** What users call a form field or API property ({@code field.<name>}); never the Java name. */
    public String fieldLabel(String field) {
        String simple = field.contains(".") ? field.substring(field.lastIndexOf('.') + 1) : field;
        simple = simple.replaceAll("\\[\\d*]$", "");
        return getOrDefault("field." + simple, get("field.unknown"));
    }

    /** Dates as dd/MM/yyyy, as Vietnamese documents write them ids as plain digits (years use {n,number,#} in the bundles). */
    private static Object[] display(Object[] args) {
        if (args == null) return null;
        var out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = switch (args[i]) {
                case LocalDate d -> d.format(DATE);
                case Long id -> id.toString(); // identifiers, never grouped
                case null, default -> args[i];
            };
        }
        return out;
    }

    public String of(RuntimeException e) {
        if (e instanceof BusinessRuleException b) return get(b.messageKey(), b.args());
        if (e instanceof NotFoundException n) return get("error.notFound", getOrDefault("entity." + n.what(), get("entity.unknown")));
        if (e instanceof ObjectOptimisticLockingFailureException) return get("error.concurrentEdit");
        if (e instanceof DataIntegrityViolationException d) return get(ConstraintRules.messageKey(d));
        return get("error.unexpected");
    }
}

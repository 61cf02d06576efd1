package vn.vusta.thidua.audit;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The audit page's filters (all optional) and page number (from 0). Dates are Vietnam calendar days, inclusive. */
public record AuditFilter(String action, String entityType, String entityId, String actor,
                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Integer page) {
    static final int PAGE_SIZE = 50;

    int pageNumber() { return page == null || page < 0 ? 0 : page; }

    static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.trim(); }
}

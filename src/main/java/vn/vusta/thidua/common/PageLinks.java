package vn.vusta.thidua.common;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;

/**
 * Links to the previous and next page of a list (1-based {@code page} parameter), keeping every other parameter of
 * the current request (search, filters, "as of a date").
 */
public record PageLinks(int number, int totalPages, long total, String previous, String next) {
    public static final String PARAM = "page";

    public static PageLinks of(Page<?> page, HttpServletRequest request) {
        int number = page.getNumber() + 1;
        return new PageLinks(number, Math.max(1, page.getTotalPages()), page.getTotalElements(),
                page.hasPrevious() ? link(request, number - 1) : null, page.hasNext() ? link(request, number + 1) : null);
    }

    public boolean several() { return totalPages > 1; }

    /** The 0-based page index for a 1-based {@code page} parameter (missing or below 1: the first page). */
    public static int index(Integer page) { return page == null || page < 1 ? 0 : page - 1; }

    private static String link(HttpServletRequest request, int page) {
        var query = new StringJoiner("&");
        request.getParameterMap().forEach((name, values) -> {
            if (name.equals(PARAM)) return;
            for (var value : values) {
                if (!value.isEmpty()) query.add(encode(name) + "=" + encode(value));
            }
        });
        if (page > 1) query.add(PARAM + "=" + page);
        String uri = request.getRequestURI();
        return query.length() == 0 ? uri : uri + "?" + query;
    }

    private static String encode(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }
}

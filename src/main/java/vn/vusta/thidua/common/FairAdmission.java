package vn.vusta.thidua.common;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requests are served first come, first served. Every request runs on its own virtual thread, so without a limit all
 * of them run at once on the two cores, and the scheduler and the connection pool let new requests overtake waiting
 * ones: under 50 busy connections half the answers took a millisecond and some took over two seconds. At most
 * {@code thidua.web.concurrent-requests} (default 8) requests run at a time; the others wait in arrival order (a fair
 * semaphore) before anything else happens (session, security, database), and one that has waited
 * {@code thidua.web.admission-wait} (default 30 s) is answered 503 with a message instead. Uploads (multipart) are
 * let in without waiting for a place, so that people sending files over a slow line never hold the others up.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class FairAdmission extends OncePerRequestFilter {
    private final Semaphore places;
    private final long waitMillis;
    private final String busy;

    FairAdmission(@Value("${thidua.web.concurrent-requests:8}") int concurrent,
                  @Value("${thidua.web.admission-wait:30s}") java.time.Duration wait, org.springframework.context.MessageSource messages) {
        this.places = new Semaphore(concurrent, true);
        this.waitMillis = wait.toMillis();
        // before any other filter, so before the user's language is known: Vietnamese, then English
        this.busy = messages.getMessage("error.busy", null, java.util.Locale.forLanguageTag("vi")) + "\n"
                + messages.getMessage("error.busy", null, java.util.Locale.ENGLISH);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var type = request.getContentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            chain.doFilter(request, response);
            return;
        }
        boolean admitted;
        try {
            admitted = places.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "10");
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(busy);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            places.release();
        }
    }

    /** How many requests wait for a place now. */
    int waiting() { return places.getQueueLength(); }

    /** Asynchronous dispatches and error dispatches run inside the request that was admitted. */
    @Override
    protected boolean shouldNotFilterAsyncDispatch() { return true; }

    @Override
    protected boolean shouldNotFilterErrorDispatch() { return true; }
}

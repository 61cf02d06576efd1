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
 * An optional limit on how many requests run at once, the others served first come, first served. Every request runs
 * on its own virtual thread, so without a limit all of them run at once on the cores, and under overload the scheduler
 * and the connection pool let new requests overtake waiting ones. With {@code thidua.web.concurrent-requests} set to N
 * (default 0: no limit) at most N requests run at a time; the others wait in arrival order (a fair semaphore) before
 * anything else happens (session, security, database), and one that has waited {@code thidua.web.admission-wait}
 * (default 30 s) is answered 503 with a message. Uploads (multipart) never wait for a place, so that people sending
 * files over a slow line never hold the others up; a slow download still holds its place while it is written.
 * <p>
 * Measured with 50 connections sending without pause (tools/bench, 2 cores, 26/11/2026): with N = 8 the office's
 * league page went from 411 to 505 requests/s, p99 from 1.3 s to 0.49 s and answers over 2 s from 31 to 0; but the
 * light pages' median rose from 1-2 ms to 28-49 ms (the queue is fair, so everyone waits a little) with no better
 * p99. Real traffic is far below that load, so the limit is off by default: an operator turns it on for overload.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class FairAdmission extends OncePerRequestFilter {
    private final Semaphore places;
    private final long waitMillis;
    private final String busy;

    FairAdmission(@Value("${thidua.web.concurrent-requests:0}") int concurrent,
                  @Value("${thidua.web.admission-wait:30s}") java.time.Duration wait, org.springframework.context.MessageSource messages) {
        this.places = concurrent > 0 ? new Semaphore(concurrent, true) : null;
        this.waitMillis = wait.toMillis();
        // before any other filter, so before the user's language is known: Vietnamese, then English
        this.busy = messages.getMessage("error.busy", null, java.util.Locale.forLanguageTag("vi")) + "\n"
                + messages.getMessage("error.busy", null, java.util.Locale.ENGLISH);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var type = request.getContentType();
        if (places == null || type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
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
    int waiting() { return places == null ? 0 : places.getQueueLength(); }

    /** Asynchronous dispatches and error dispatches run inside the request that was admitted. */
    @Override
    protected boolean shouldNotFilterAsyncDispatch() { return true; }

    @Override
    protected boolean shouldNotFilterErrorDispatch() { return true; }
}

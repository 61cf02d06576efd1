package vn.vusta.thidua.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** At most N requests run at once; the others wait their turn in arrival order, and past the wait they get 503. */
class FairAdmissionTests {
    static StaticMessageSource messages() {
        var source = new StaticMessageSource();
        source.addMessage("error.busy", java.util.Locale.forLanguageTag("vi"), "Hệ thống đang bận");
        source.addMessage("error.busy", java.util.Locale.ENGLISH, "The system is busy");
        return source;
    }

    static MockHttpServletRequest get() { return new MockHttpServletRequest("GET", "/units"); }

    @Test
    void aRequestBeyondTheLimitWaitsItsTurnAndIsAnswered503WhenTheWaitRunsOut() throws Exception {
        var admission = new FairAdmission(1, Duration.ofMillis(200), messages());
        var inside = new CountDownLatch(1);
        var leave = new CountDownLatch(1);
        FilterChain holding = (req, res) -> {
            inside.countDown();
            try { leave.await(); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
        };
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
          try {
            var first = pool.submit(() -> { admission.doFilter(get(), new MockHttpServletResponse(), holding); return null; });
            assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

            var refused = new MockHttpServletResponse();
            var called = new boolean[1];
            admission.doFilter(get(), refused, (req, res) -> called[0] = true);
            assertThat(refused.getStatus()).isEqualTo(503);
            assertThat(refused.getHeader("Retry-After")).isEqualTo("10");
            assertThat(refused.getContentAsString()).contains("Hệ thống đang bận", "The system is busy");
            assertThat(called[0]).isFalse();

            // an upload does not wait for a place
            var upload = new MockHttpServletRequest("POST", "/evidence");
            upload.setContentType("multipart/form-data; boundary=x");
            var uploaded = new MockHttpServletResponse();
            admission.doFilter(upload, uploaded, (req, res) -> ((jakarta.servlet.http.HttpServletResponse) res).setStatus(201));
            assertThat(uploaded.getStatus()).isEqualTo(201);

            leave.countDown();
            first.get(5, TimeUnit.SECONDS);
            var next = new MockHttpServletResponse();
            admission.doFilter(get(), next, (req, res) -> ((jakarta.servlet.http.HttpServletResponse) res).setStatus(200));
            assertThat(next.getStatus()).isEqualTo(200);
          } finally {
            leave.countDown();
          }
        }
    }

    @Test
    void waitingRequestsAreLetInInTheOrderTheyArrived() throws Exception {
        var admission = new FairAdmission(1, Duration.ofSeconds(10), messages());
        var inside = new CountDownLatch(1);
        var leave = new CountDownLatch(1);
        List<Integer> order = java.util.Collections.synchronizedList(new ArrayList<>());
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            pool.submit(() -> {
                admission.doFilter(get(), new MockHttpServletResponse(), (req, res) -> {
                    inside.countDown();
                    try { leave.await(); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
                });
                return null;
            });
            try {
            assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
            var done = new ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < 6; i++) {
                int n = i;
                done.add(pool.submit(() -> { admission.doFilter(get(), new MockHttpServletResponse(), (req, res) -> order.add(n)); return null; }));
                // the next one arrives once this one waits for its place
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                while (admission.waiting() < n + 1 && System.nanoTime() < until) Thread.onSpinWait();
            }
            leave.countDown();
            for (var f : done) f.get(5, TimeUnit.SECONDS);
            } finally {
                leave.countDown();
            }
        }
        assertThat(order).containsExactly(0, 1, 2, 3, 4, 5);
    }

    @Test
    void withoutALimitEveryRequestGoesStraightIn() throws Exception {
        var admission = new FairAdmission(0, Duration.ofMillis(1), messages());
        var inside = new CountDownLatch(20);
        var leave = new CountDownLatch(1);
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            try {
                for (int i = 0; i < 20; i++) {
                    pool.submit(() -> {
                        admission.doFilter(get(), new MockHttpServletResponse(), (req, res) -> {
                            inside.countDown();
                            try { leave.await(); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
                        });
                        return null;
                    });
                }
                assertThat(inside.await(5, TimeUnit.SECONDS)).as("20 requests running at once").isTrue();
            } finally {
                leave.countDown();
            }
        }
    }
}

package vn.vusta.thidua.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import vn.vusta.thidua.support.IntegrationTest;

/**
 * Requests of one signed-in browser that arrive together (two tabs, a page and its badge) never fail on the session
 * store: each sets an attribute the session did not have when they loaded it (SessionAttributeUpsert). A page does not
 * write the session when nothing but the time of its last request changed, by less than a minute (QuietSessions).
 */
@IntegrationTest
public class ConcurrentSessionIntegrationTests {
    @LocalServerPort int port;
    @Autowired JdbcIndexedSessionRepository sessions;
    QuietSessions quietSessions;

    @org.junit.jupiter.api.BeforeEach
    void quiet() { quietSessions = new QuietSessions(sessions); }
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void twoCopiesOfOneSessionBothAddTheSameAttributeAndTheLastOneWins() {
        bothCopiesAdd(sessions);
    }

    public static <S extends Session> void bothCopiesAdd(SessionRepository<S> sessions) {
        S created = sessions.createSession();
        sessions.save(created);
        S first = sessions.findById(created.getId());
        S second = sessions.findById(created.getId());
        first.setAttribute("thidua.test.attribute", "first");
        second.setAttribute("thidua.test.attribute", "second");
        sessions.save(first);
        sessions.save(second);
        assertThat((String) sessions.findById(created.getId()).getAttribute("thidua.test.attribute")).isEqualTo("second");
        sessions.deleteById(created.getId());
    }

    @Test
    void theSessionsTheApplicationUsesAlsoLetTheLastCopyWin() {
        bothCopiesAdd(quietSessions);
    }

    @Test
    void theTimeOfTheLastRequestIsWrittenOnlyOnceItMovedByAMinuteButAnAttributeAlways() {
        var created = quietSessions.createSession();
        quietSessions.save(created);
        var recorded = stored(created.getId()).getLastAccessedTime();
        try {
            var session = quietSessions.findById(created.getId());
            session.setLastAccessedTime(recorded.plusSeconds(59));
            session.setAttribute("thidua.test.attribute", "kept");
            quietSessions.save(session);
            var stored = stored(created.getId());
            assertThat(stored.getLastAccessedTime()).isEqualTo(recorded);
            assertThat((String) stored.getAttribute("thidua.test.attribute")).isEqualTo("kept");

            session = quietSessions.findById(created.getId());
            session.setLastAccessedTime(recorded.plus(QuietSessions.TOUCH));
            quietSessions.save(session);
            assertThat(stored(created.getId()).getLastAccessedTime()).isEqualTo(recorded.plus(QuietSessions.TOUCH));
        } finally {
            sessions.deleteById(created.getId());
        }
    }

    @Test
    void aPageOpenedWithinAMinuteOfTheLastDoesNotWriteTheSessionAndOneAfterDoes() throws Exception {
        String cookie = signIn("vanphong.demo", "demo-2026!");
        String id = new String(java.util.Base64.getDecoder().decode(cookie.substring("SESSION=".length())));
        var page = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/units")).header("Cookie", cookie).build();
        assertThat(http.send(page, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        long before = lastAccess(id);
        assertThat(http.send(page, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(lastAccess(id)).isEqualTo(before);
        // the last recorded request two minutes ago: the next page records its own time
        jdbc.update("update spring_session set last_access_time = last_access_time - 120000, expiry_time = expiry_time - 120000 where session_id = ?", id);
        long started = System.currentTimeMillis();
        assertThat(http.send(page, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(lastAccess(id)).isGreaterThanOrEqualTo(started - 1_000).isGreaterThan(before - 120_000);
    }

    /** The session as the database holds it (Spring Session's own type is not public). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Session stored(String id) { return ((SessionRepository<Session>) (SessionRepository) sessions).findById(id); }

    private long lastAccess(String sessionId) {
        return jdbc.queryForObject("select last_access_time from spring_session where session_id = ?", Long.class, sessionId);
    }

    @Test
    void pagesOpenedTogetherRightAfterSigningInAllAnswer200() throws Exception {
        String cookie = signIn("vanphong.demo", "demo-2026!");
        int n = 16;
        var go = new CountDownLatch(1);
        var tasks = new ArrayList<Callable<Integer>>();
        for (int i = 0; i < n; i++) {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + (i % 2 == 0 ? "/" : "/units"))).header("Cookie", cookie).build();
            tasks.add(() -> { go.await(); return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode(); });
        }
        List<Integer> statuses = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(n)) {
            var futures = tasks.stream().map(pool::submit).toList();
            go.countDown();
            for (var f : futures) statuses.add(f.get());
        }
        assertThat(statuses).containsOnly(200);
    }

    /** The login form, then its POST: the signed-in session's cookie. */
    String signIn(String username, String password) throws Exception {
        var page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        var matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(matcher.find()).isTrue();
        String cookie = page.headers().allValues("Set-Cookie").stream().map(c -> c.split(";")[0]).reduce((a, b) -> a + "; " + b).orElseThrow();
        var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password + "&_csrf=" + matcher.group(1))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().allValues("Set-Cookie").stream().map(c -> c.split(";")[0]).filter(c -> c.startsWith("SESSION="))
                .findFirst().orElseThrow();
    }
}

package vn.vusta.thidua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.vusta.thidua.support.IntegrationTest;
import vn.vusta.thidua.support.TestClock;

/**
 * Lockout that cannot be abused, over real HTTP against the running server and with real commits (no test
 * transaction): parallel failures are all counted and never answer 500, a lock looks exactly like a wrong password,
 * an expired lock does not come back after one typo, and one address cannot try without end.
 */
@IntegrationTest
class LockoutIntegrationTests {
    static final String DEMO = "demo-2026!";
    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;
    @Autowired TestClock clock;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void cleanUp() {
        clock.reset();
        jdbc.update("delete from login_guard");
        jdbc.update("delete from login_failure");
    }

    long failures(String username) {
        return jdbc.queryForObject("select count(*) from login_failure where username = ?", Long.class, username);
    }

    long lockEntries(String username) {
        return jdbc.queryForObject("select count(*) from (select action, summary, entity_id from audit_journal union all select action, summary, entity_id from audit_entry) audit where action = 'ACCOUNT_LOCKED' and summary like ?", Long.class,
                "% " + username + " %");
    }

    HttpResponse<String> basic(String username, String password, String forwardedFor) throws Exception {
        var token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/units/"
                        + jdbc.queryForObject("select id from unit where code = 'LHH-HNI'", Long.class) + "/accounts"))
                .header("Authorization", "Basic " + token).header("X-Forwarded-For", forwardedFor).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A browser's login: the form (session cookie and CSRF token), then the POST when {@code go} opens. */
    Callable<Integer> formLoginWhen(CountDownLatch go, String username, String password, String forwardedFor) throws Exception {
        var page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        var matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(matcher.find()).isTrue();
        String cookie = page.headers().allValues("Set-Cookie").stream().map(c -> c.split(";")[0]).reduce((a, b) -> a + "; " + b).orElseThrow();
        String body = "username=" + username + "&password=" + password + "&_csrf=" + matcher.group(1);
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return () -> {
            go.await();
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.headers().firstValue("Location").orElse("")).as("HTTP %s", response.statusCode()).endsWith("/login?error");
            return response.statusCode();
        };
    }

    @Test
    void parallelFailedLoginsAreAllCountedAndNeverAnswer500() throws Exception {
        int n = 12;
        var go = new CountDownLatch(1);
        var tasks = new ArrayList<Callable<Integer>>();
        for (int i = 0; i < n; i++) {
            String address = "198.51.100." + (i + 1);
            tasks.add(() -> { go.await(); return basic("phutrach.demo", "sai-" + address, address).statusCode(); });
            tasks.add(formLoginWhen(go, "phutrach.demo", "sai-form-" + i, address));
        }
        List<Integer> statuses = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(2 * n)) {
            var futures = tasks.stream().map(pool::submit).toList();
            go.countDown();
            for (var f : futures) statuses.add(f.get());
        }
        assertThat(statuses).as("every failure answered as a failure, none as a server error").allMatch(s -> s == 401 || s == 302);
        assertThat(failures("phutrach.demo")).as("every parallel failure is recorded").isEqualTo(2L * n);
        assertThat(lockEntries("phutrach.demo")).as("locked once, audited once").isEqualTo(1);
        assertThat(basic("phutrach.demo", DEMO, "198.51.100.200").statusCode()).as("locked, even with the right password").isEqualTo(401);
        assertThat(jdbc.queryForObject("select version from account where username = 'phutrach.demo'", Long.class))
                .as("the account row is never touched by failures").isZero();
    }

    @Test
    void aLockLooksLikeAWrongPasswordAndUnknownNamesLockToo() throws Exception {
        for (String name : new String[] {"uyvien.demo", "khong-ton-tai.demo"}) {
            for (int i = 0; i < 5; i++) {
                mvc.perform(formLogin("/login").user(name).password("sai-" + i)).andExpect(redirectedUrl("/login?error"));
            }
            assertThat(jdbc.queryForObject("select count(*) from login_guard where subject = ? and locked_until is not null", Long.class, name))
                    .as("%s locked", name).isEqualTo(1);
        }
        mvc.perform(formLogin("/login").user("uyvien.demo").password(DEMO)).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void anExpiredLockDoesNotComeBackAfterOneTypo() throws Exception {
        var start = Instant.parse("2026-03-02T02:00:00Z");
        clock.setInstant(start);
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user("cantho.demo").password("sai-" + i)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user("cantho.demo").password(DEMO)).andExpect(redirectedUrl("/login?error"));
        clock.setInstant(start.plus(Duration.ofMinutes(16)));
        mvc.perform(formLogin("/login").user("cantho.demo").password("mot-lan-go-nham")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("cantho.demo").password(DEMO)).andExpect(redirectedUrl("/"));
    }

    @Test
    void theWindowSlides() throws Exception {
        var start = Instant.parse("2026-03-02T02:00:00Z");
        for (int i = 0; i < 4; i++) {
            clock.setInstant(start.plus(Duration.ofMinutes(5L * i))); // 4 failures over 15 minutes
            mvc.perform(formLogin("/login").user("haiphong.demo").password("sai-" + i)).andExpect(redirectedUrl("/login?error"));
        }
        clock.setInstant(start.plus(Duration.ofMinutes(16))); // the first has left the window: 3 + 1 = 4, not locked
        mvc.perform(formLogin("/login").user("haiphong.demo").password("sai-4")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("haiphong.demo").password(DEMO)).andExpect(redirectedUrl("/"));
    }

    @Test
    void oneAddressCannotTryWithoutEnd() throws Exception {
        String attacker = "203.0.113.66";
        for (int i = 0; i < 30; i++) {
            assertThat(basic("ten-" + i + ".doan", "sai", attacker).statusCode()).isEqualTo(401);
        }
        assertThat(basic("hanoi.demo", DEMO, attacker).statusCode()).as("the address is blocked, for every name").isEqualTo(401);
        assertThat(basic("hanoi.demo", DEMO, "203.0.113.67").statusCode()).as("other addresses are not").isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from (select action, summary, entity_id from audit_journal union all select action, summary, entity_id from audit_entry) audit where action = 'LOGIN_ADDRESS_LOCKED' and entity_id = ?",
                Long.class, attacker)).isEqualTo(1);
    }
}

package vn.vusta.thidua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vusta.thidua.audit.AuditSealer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import vn.vusta.thidua.support.CleanDatabase;

/** The embedded default (H2 file database, as the README's run command uses) still migrates and serves. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/smoke-h2/thidua;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "spring.datasource.username=sa", "thidua.demo.enabled=false"})
@Import(CleanDatabase.class)
class EmbeddedH2SmokeTests {
    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired AuditSealer sealer;
    @Autowired PlatformTransactionManager transactions;
    @Autowired org.springframework.session.jdbc.JdbcIndexedSessionRepository sessions;

    @Test
    void twoRequestsOfOneSessionAddingTheSameAttributeDoNotFail() {
        vn.vusta.thidua.identity.ConcurrentSessionIntegrationTests.bothCopiesAdd(sessions);
    }

    @Test
    void theEmbeddedDatabaseRefusesToRewriteTheAuditTrail() {
        sealer.sealNow();
        long last = jdbc.queryForObject("select max(seq) from audit_entry", Long.class);
        for (String sql : new String[] {"update audit_entry set summary = 'x' where seq = " + last,
                "delete from audit_entry where seq = " + last, "truncate table audit_entry",
                "insert into audit_journal (occurred_at, kind, action, entity_type) values (current_timestamp, 'ANONYMOUS', 'T', 't');"
                + " update audit_journal set summary = 'x'", "truncate table audit_journal"}) {
            assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
                for (String statement : sql.split("; ")) jdbc.execute(statement);
            })).as(sql).isInstanceOf(DataAccessException.class);
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where seq = ?", Long.class, last)).isOne();
    }

    @Test
    void homePageShowsTheClustersInVietnamese() throws Exception {
        var client = HttpClient.newHttpClient();
        var home = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/?year=2022")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Cụm thi đua năm 2022", "9 cụm, 63 đơn vị thành viên", "Cụm thi đua số 8 – Bắc Sông Hậu");
        var defaultHome = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(defaultHome.body()).contains("Theo phương án phân cụm năm 2022");
        var api = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/units?date=2026-01-01&type=PROVINCIAL_UNION")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body().split("\"code\"")).hasSize(35);
    }
}

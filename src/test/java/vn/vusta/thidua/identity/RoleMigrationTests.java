package vn.vusta.thidua.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** V6 turns the single role into a set: former ADMIN accounts keep both halves of what they could do. */
class RoleMigrationTests {

    @Test
    void onPostgresql() {
        String url = System.getenv().getOrDefault("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        check(new SingleConnectionDataSource(url, "postgres", "", true), "postgresql", "v6_migration_check");
    }

    @Test
    void onH2() {
        check(new SingleConnectionDataSource("jdbc:h2:mem:v6;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "", true),
                "h2", "public");
    }

    private void check(SingleConnectionDataSource dataSource, String vendor, String schema) {
        var config = Flyway.configure().dataSource(dataSource).schemas(schema).cleanDisabled(false)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor);
        config.load().clean();
        var before = java.util.Arrays.stream(config.load().info().all()).map(m -> m.getVersion())
                .filter(v -> v.isNewerThan("1") || v.getVersion().equals("1")).filter(v -> !v.isAtLeast("6"))
                .max(Comparable::compareTo).orElseThrow();
        config.target(before).load().migrate();
        var jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("set search_path to " + schema);
        long unit = jdbc.queryForObject("select id from unit where code = 'LHH-HNI'", Long.class);
        jdbc.update("insert into account (username, display_name, password_hash, role, unit_id) values ('old.admin', 'A', 'x', 'ADMIN', null)");
        jdbc.update("insert into account (username, display_name, password_hash, role, unit_id) values ('old.officer', 'B', 'x', 'UNIT_OFFICER', ?)", unit);
        jdbc.update("insert into account (username, display_name, password_hash, role, unit_id) values ('old.member', 'C', 'x', 'COUNCIL_MEMBER', null)");
        config.target("latest").load().migrate();
        jdbc.execute("set search_path to " + schema);
        assertThat(roles(jdbc, "old.admin")).containsExactly("OFFICE", "SYSTEM_ADMIN");
        assertThat(roles(jdbc, "old.officer")).containsExactly("UNIT_OFFICER");
        assertThat(roles(jdbc, "old.member")).containsExactly("COUNCIL_MEMBER");
        assertThat(jdbc.queryForObject("select unit_id from account where username = 'old.officer'", Long.class)).isEqualTo(unit);
        config.load().clean();
        dataSource.destroy();
    }

    private static List<String> roles(JdbcTemplate jdbc, String username) {
        return jdbc.queryForList("select r.role from account_role r join account a on a.id = r.account_id where a.username = ? order by r.role",
                String.class, username);
    }
}

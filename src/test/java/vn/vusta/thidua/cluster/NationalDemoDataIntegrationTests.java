package vn.vusta.thidua.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.support.IntegrationTest;

/**
 * The national demo data (issue 7 §7) builds about 2,000 member associations in about 300 internal clusters of 5–9
 * members with a head and a deputy, all marked demo, fast; a second run adds nothing. It runs only here, inside a
 * transaction that is rolled back: the start-up runner is off in every test context.
 */
@IntegrationTest
@Transactional
class NationalDemoDataIntegrationTests {
    @Autowired NationalDemoData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    @Test
    void buildsANationalYearOnceAndFast() {
        var first = data.ensureUnitsAndClusters(2026);
        System.out.println("National demo data, first run: " + first);
        assertThat(first.unions()).isEqualTo(34);
        assertThat(first.associations()).isEqualTo(first.associationsCreated()).isBetween(1900, 2100);
        assertThat(first.clusters()).isEqualTo(first.clustersCreated()).isBetween(280, 320);
        assertThat(first.memberships()).isEqualTo(first.associations());
        assertThat(first.millis()).as("batch inserts, not one statement per row").isLessThan(20_000);

        var sizes = jdbc.queryForList("""
                select count(m.id) from cluster c join cluster_member m on m.cluster_id = c.id
                where c.cluster_year = 2026 and c.level = 'PROVINCIAL' and c.code like 'MAU-%' group by c.id""", Long.class);
        assertThat(sizes).hasSize(first.clusters()).allSatisfy(n -> assertThat(n).isBetween(5L, 9L));
        assertThat(jdbc.queryForObject("""
                select count(*) from cluster c where c.code like 'MAU-%' and c.cluster_year = 2026 and (c.head_unit_id is null
                  or not exists (select 1 from cluster_member m where m.cluster_id = c.id and m.unit_id = c.head_unit_id)
                  or not exists (select 1 from cluster_member m where m.cluster_id = c.id and m.unit_id = c.deputy_unit_id))""",
                Long.class)).as("every cluster has a head and a deputy among its members").isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from cluster c join cluster_member m on m.cluster_id = c.id join unit u on u.id = m.unit_id
                where c.code like 'MAU-%' and (u.owner_unit_id <> c.owner_unit_id or not u.demo or u.type <> 'MEMBER_ASSOCIATION')""",
                Long.class)).as("members are the owning union's demo associations").isZero();
        assertThat(jdbc.queryForObject("select count(*) from unit where demo and name like 'Hội Tin học thành phố Hải Phòng'", Long.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from unit where demo and (search_text is null or sort_key is null)", Long.class)).isZero();

        var second = data.ensureUnitsAndClusters(2026);
        System.out.println("National demo data, second run: " + second);
        assertThat(second.associationsCreated()).isZero();
        assertThat(second.clustersCreated()).isZero();
        assertThat(second.memberships()).isZero();
        assertThat(second.associations()).isEqualTo(first.associations());
        assertThat(jdbc.queryForObject("select count(*) from unit where demo", Long.class)).isEqualTo(first.associations());
    }

    @Test
    void theStartUpRunnerIsOffInTests() {
        assertThat(context.getBeanNamesForType(NationalDemoRunner.class)).isEmpty();
    }
}

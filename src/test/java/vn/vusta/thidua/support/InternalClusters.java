package vn.vusta.thidua.support;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A provincial union's internal cluster (level PROVINCIAL, owned by the union) of its own member associations in one
 * year, headed by the first association. Inserted with SQL: use it in a test that rolls back, or delete it afterwards.
 */
public final class InternalClusters {
    private InternalClusters() {}

    /** Creates the associations (in the union's province, from the union's start), the cluster and its year; answers the cluster-year's id. */
    public static long create(JdbcTemplate jdbc, String union, String code, int year, String name, String... associations) {
        for (var association : associations) {
            jdbc.update("""
                    insert into unit (code, name, short_name, type, province, status, valid_from, owner_unit_id)
                    select ?, ?, ?, 'MEMBER_ASSOCIATION', province, 'ACTIVE', coalesce(valid_from, DATE '2020-01-01'), id from unit where code = ?""",
                    association, "Hội thử " + association, "Hội " + association, union);
        }
        jdbc.update("""
                insert into emulation_cluster (code, name, kind, level, owner_unit_id, owner_key, first_year)
                select ?, ?, 'CLUSTER', 'PROVINCIAL', id, id, ? from unit where code = ?""", code, name, year, union);
        jdbc.update("""
                insert into cluster (cluster_id, code, cluster_year, name, kind, level, owner_unit_id, membership_confirmed, head_unit_id)
                select e.id, e.code, ?, e.name, e.kind, e.level, e.owner_unit_id, true, (select id from unit where code = ?)
                from emulation_cluster e join unit u on u.id = e.owner_unit_id where e.code = ? and u.code = ?""",
                year, associations[0], code, union);
        long id = jdbc.queryForObject("select c.id from cluster c join unit u on u.id = c.owner_unit_id where c.code = ? and c.cluster_year = ? and u.code = ?",
                Long.class, code, year, union);
        for (var association : associations) {
            jdbc.update("insert into cluster_member (cluster_id, unit_id, cluster_year, level, confirmed) select ?, id, ?, 'PROVINCIAL', true from unit where code = ?",
                    id, year, association);
        }
        return id;
    }
}

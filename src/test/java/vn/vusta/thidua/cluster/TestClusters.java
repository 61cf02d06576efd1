package vn.vusta.thidua.cluster;

import org.springframework.jdbc.core.JdbcTemplate;

/** Test data: a cluster's year inserted directly (with its cluster across years), for rules that need one. */
final class TestClusters {
    private TestClusters() {}

    /** Inserts the year {@code year} of VUSTA's cluster {@code code} (created if new) and returns the year row's id. */
    static long insertYear(JdbcTemplate jdbc, String code, int year, String name, String kind, String level) {
        var ids = jdbc.queryForList("select id from emulation_cluster where code = ? and level = ? and owner_key = 0", Long.class, code, level);
        long cluster = ids.isEmpty() ? insertCluster(jdbc, code, year, name, kind, level) : ids.getFirst();
        jdbc.update("insert into cluster (cluster_id, code, cluster_year, name, kind, level, membership_confirmed) values (?, ?, ?, ?, ?, ?, true)",
                cluster, code, year, name, kind, level);
        return jdbc.queryForObject("select id from cluster where cluster_id = ? and cluster_year = ?", Long.class, cluster, year);
    }

    private static long insertCluster(JdbcTemplate jdbc, String code, int year, String name, String kind, String level) {
        jdbc.update("insert into emulation_cluster (code, name, kind, level, owner_key, first_year) values (?, ?, ?, ?, 0, ?)",
                code, name, kind, level, year);
        return jdbc.queryForObject("select id from emulation_cluster where code = ? and level = ? and owner_key = 0", Long.class, code, level);
    }
}

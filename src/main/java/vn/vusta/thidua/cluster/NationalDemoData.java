package vn.vusta.thidua.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.audit.AuditTrail;
import vn.vusta.thidua.organization.DemoAssociations;

/**
 * DEMO ONLY: a national-scale year (issue 7 §7) for demonstrations and benchmarks, refused unless the demo switch
 * ({@code thidua.demo.enabled}) is on. For every provincial union acting at the end of the year: its member
 * associations ({@link DemoAssociations}, marked "dữ liệu mẫu") grouped into 9 internal clusters of 6–7 members,
 * named "… (dữ liệu mẫu)", each with a head and a deputy. About 2,000 units in about 300 clusters. Idempotent: a
 * second run finds everything and adds nothing. Batch inserts throughout (a few dozen statements in all).
 * The campaign module's national demo scores build on {@link #ensureUnitsAndClusters} and {@link #demoClusters}.
 */
@Component
public class NationalDemoData {
    static final String CODE_PREFIX = "MAU-";
    static final int CLUSTERS_PER_UNION = 9;

    /** What a run found and added. */
    public record Counts(int unions, int associations, int associationsCreated, int clusters, int clustersCreated,
                         int memberships, long millis) {}

    private final DemoAssociations associations;
    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Environment environment;

    NationalDemoData(DemoAssociations associations, JdbcTemplate jdbc, AuditTrail audit, Environment environment) {
        this.associations = associations;
        this.jdbc = jdbc;
        this.audit = audit;
        this.environment = environment;
    }

    @Transactional
    public Counts ensureUnitsAndClusters(int year) {
        if (!environment.getProperty("thidua.demo.enabled", Boolean.class, false)) {
            throw new IllegalStateException("National demo data needs the demo switch (thidua.demo.enabled=true)");
        }
        long start = System.nanoTime();
        var units = associations.ensure(year);
        var identities = identities(units.byUnion().keySet());
        var newIdentities = new ArrayList<Object[]>();
        units.byUnion().forEach((union, members) -> {
            for (int n = 1; n <= CLUSTERS_PER_UNION; n++) {
                if (!identities.containsKey(key(union, code(n)))) newIdentities.add(new Object[] {code(n), name(n), union, union, year});
            }
        });
        if (!newIdentities.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into emulation_cluster (code, name, kind, level, owner_unit_id, owner_key, first_year)
                    values (?, ?, 'CLUSTER', 'PROVINCIAL', ?, ?, ?)""", newIdentities);
            identities.putAll(identities(units.byUnion().keySet()));
        }
        var years = yearsOf(identities.values(), year);
        var newYears = new ArrayList<Object[]>();
        units.byUnion().forEach((union, members) -> {
            for (int n = 1; n <= CLUSTERS_PER_UNION; n++) {
                long cluster = identities.get(key(union, code(n)));
                if (years.containsKey(cluster)) continue;
                var group = group(members, n);
                newYears.add(new Object[] {cluster, code(n), year, name(n), union, group.get(0), group.get(1),
                        LocalDate.of(year, 1, 15), "Dữ liệu mẫu: biên bản họp cụm đầu năm"});
            }
        });
        int memberships = 0;
        if (!newYears.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into cluster (cluster_id, code, cluster_year, name, kind, level, owner_unit_id, membership_confirmed, source_note,
                      head_unit_id, deputy_unit_id, leadership_date, leadership_ref, leadership_recorded_by, leadership_confirmed,
                      leadership_confirmed_by)
                    values (?, ?, ?, ?, 'CLUSTER', 'PROVINCIAL', ?, true, 'Dữ liệu mẫu', ?, ?, ?, ?, 'demo', true, 'demo')""", newYears);
            var created = new HashSet<Long>();
            newYears.forEach(row -> created.add((Long) row[0]));
            var fresh = yearsOf(created, year);
            var taken = new HashSet<>(jdbc.queryForList(
                    "select unit_id from cluster_member where cluster_year = ? and level = 'PROVINCIAL'", Long.class, year));
            var rows = new ArrayList<Object[]>();
            units.byUnion().forEach((union, members) -> {
                for (int n = 1; n <= CLUSTERS_PER_UNION; n++) {
                    Long yearId = fresh.get(identities.get(key(union, code(n))));
                    if (yearId == null) continue;
                    for (long unit : group(members, n)) if (taken.add(unit)) rows.add(new Object[] {yearId, unit, year});
                }
            });
            jdbc.batchUpdate("insert into cluster_member (cluster_id, unit_id, cluster_year, level, confirmed) values (?, ?, ?, 'PROVINCIAL', true)", rows);
            memberships = rows.size();
        }
        int clusters = units.byUnion().size() * CLUSTERS_PER_UNION;
        var counts = new Counts(units.byUnion().size(), units.total(), units.created(), clusters, newYears.size(), memberships,
                (System.nanoTime() - start) / 1_000_000);
        if (units.created() > 0 || !newYears.isEmpty()) {
            var after = new java.util.LinkedHashMap<String, Object>();
            after.put("year", year);
            after.put("associationsCreated", counts.associationsCreated());
            after.put("clustersCreated", counts.clustersCreated());
            after.put("memberships", memberships);
            audit.record("DEMO_NATIONAL_DATA_CREATED", "cluster", year, "Tạo dữ liệu mẫu toàn quốc năm " + year + ": "
                    + counts.associationsCreated() + " hội thành viên, " + counts.clustersCreated() + " cụm nội bộ", null, after);
        }
        return counts;
    }

    /** One internal demo cluster of a year: its id (the year row), its head and its members by id. */
    public record DemoCluster(long id, Long headUnitId, List<Long> members) {}

    /** The internal demo clusters of {@code year} with their members, in two statements (for the demo scores built on them). */
    public List<DemoCluster> demoClusters(int year) {
        var members = new HashMap<Long, List<Long>>();
        jdbc.query("""
                select m.cluster_id, m.unit_id from cluster_member m join cluster c on c.id = m.cluster_id
                where c.cluster_year = ? and c.level = 'PROVINCIAL' and c.code like 'MAU-%' order by m.cluster_id, m.unit_id""",
                rs -> { members.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)); }, year);
        var out = new ArrayList<DemoCluster>();
        jdbc.query("select id, head_unit_id from cluster where cluster_year = ? and level = 'PROVINCIAL' and code like 'MAU-%' order by id", rs -> {
            long id = rs.getLong(1);
            long head = rs.getLong(2);
            out.add(new DemoCluster(id, rs.wasNull() ? null : head, members.getOrDefault(id, List.of())));
        }, year);
        return out;
    }

    /** The {@code n}-th of the union's clusters (1-based): members split as evenly as possible (59 → 7,7,7,7,7,6,6,6,6). */
    static List<Long> group(List<Long> members, int n) {
        int size = members.size();
        int from = (n - 1) * size / CLUSTERS_PER_UNION;
        int to = n * size / CLUSTERS_PER_UNION;
        return members.subList(from, to);
    }

    private static String code(int n) { return CODE_PREFIX + "%02d".formatted(n); }

    private static String name(int n) { return "Cụm thi đua số " + n + " (dữ liệu mẫu)"; }

    private static String key(long union, String code) { return union + "/" + code; }

    /** Demo cluster identities of these unions, by "union/code". */
    private Map<String, Long> identities(java.util.Collection<Long> unions) {
        var result = new HashMap<String, Long>();
        if (unions.isEmpty()) return result;
        jdbc.query("select owner_key, code, id from emulation_cluster where level = 'PROVINCIAL' and code like 'MAU-%'", rs -> {
            if (unions.contains(rs.getLong(1))) result.put(key(rs.getLong(1), rs.getString(2)), rs.getLong(3));
        });
        return result;
    }

    /** The year rows of these clusters in {@code year}, by cluster id. */
    private Map<Long, Long> yearsOf(java.util.Collection<Long> clusters, int year) {
        var wanted = new HashSet<>(clusters);
        var result = new HashMap<Long, Long>();
        jdbc.query("select cluster_id, id from cluster where cluster_year = ? and level = 'PROVINCIAL' and code like 'MAU-%'", rs -> {
            if (wanted.contains(rs.getLong(1))) result.put(rs.getLong(1), rs.getLong(2));
        }, year);
        return result;
    }
}

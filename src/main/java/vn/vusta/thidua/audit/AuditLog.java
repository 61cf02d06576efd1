package vn.vusta.thidua.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/** Reads the trail for people: filtered pages of sealed entries (newest first) and the entries not yet sealed. */
@Service
public class AuditLog {
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** One entry as the page shows it, with the fields that changed. */
    public record Row(AuditEntry entry, List<FieldChange> changes, boolean sealed) {}

    public record Page(List<Row> rows, int page, int pageSize, long total) {
        public int pages() { return (int) ((total + pageSize - 1) / pageSize); }
    }

    @Transactional(readOnly = true)
    public Page search(AuditFilter filter) {
        var where = new StringBuilder(" where 1 = 1");
        var args = new ArrayList<Object>();
        add(where, args, "action = ?", AuditFilter.blankToNull(filter.action()));
        add(where, args, "entity_type = ?", AuditFilter.blankToNull(filter.entityType()));
        add(where, args, "entity_id = ?", AuditFilter.blankToNull(filter.entityId()));
        add(where, args, "actor = ?", lower(AuditFilter.blankToNull(filter.actor())));
        if (filter.from() != null) add(where, args, "occurred_at >= ?",
                filter.from().atStartOfDay(clock.getZone()).toOffsetDateTime());
        if (filter.to() != null) add(where, args, "occurred_at < ?",
                filter.to().plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime());
        long total = jdbc.queryForObject("select count(*) from audit_entry" + where, Long.class, args.toArray());
        int page = filter.pageNumber();
        var pageArgs = new ArrayList<>(args);
        pageArgs.add(AuditFilter.PAGE_SIZE);
        pageArgs.add((long) page * AuditFilter.PAGE_SIZE);
        var rows = jdbc.query("select * from audit_entry" + where + " order by seq desc limit ? offset ?",
                (rs, i) -> row(ChainReader.entry(rs), true), pageArgs.toArray());
        return new Page(rows, page, AuditFilter.PAGE_SIZE, total);
    }

    /** Committed entries that the sealer has not chained yet (normally none, or a few for a second). */
    @Transactional(readOnly = true)
    public List<Row> pending(int limit) {
        return jdbc.query("select * from audit_journal order by id limit ?", (rs, i) -> row(new AuditEntry(0,
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("kind"), rs.getString("actor"),
                rs.getString("actor_roles"), rs.getObject("actor_unit_id", Long.class), rs.getString("action"),
                rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("summary"), rs.getString("old_value"),
                rs.getString("new_value"), null, null, ChainHash.KEYED), false), limit);
    }

    private Row row(AuditEntry e, boolean sealed) {
        List<FieldChange> changes;
        try {
            changes = FieldChange.diff(json, e.oldValue(), e.newValue());
        } catch (RuntimeException notAnObject) {
            changes = List.of(new FieldChange("", e.oldValue(), e.newValue()));
        }
        return new Row(e, changes, sealed);
    }

    private static String lower(String s) { return s == null ? null : s.toLowerCase(); }

    private static void add(StringBuilder where, List<Object> args, String condition, Object value) {
        if (value == null) return;
        where.append(" and ").append(condition);
        args.add(value);
    }
}

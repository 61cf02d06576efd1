package vn.vusta.thidua.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads the trail for people: filtered pages of sealed entries (newest first) and the entries not yet sealed. Values
 * are shown as a reader knows them: unit ids as the units' names (one lookup for the whole page), roles by their
 * glossary names, yes/no for flags. The stored entries themselves are never changed.
 */
@Service
public class AuditLog {
    /** Fields whose values are unit ids (one, or a list). */
    static final Set<String> UNIT_FIELDS = Set.of("unitId", "headUnitId", "deputyUnitId", "ownerUnitId", "successorId",
            "predecessorIds", "members", "carriedFromUnitId", "hostUnitId");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;
    private final ObjectProvider<AuditUnitNames> unitNames;
    private final MessageSource messages;

    AuditLog(JdbcTemplate jdbc, ObjectMapper json, Clock clock, ObjectProvider<AuditUnitNames> unitNames, MessageSource messages) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.unitNames = unitNames;
        this.messages = messages;
    }

    /** One entry as the page shows it, with the fields that changed and the name of the actor's unit (or null). */
    public record Row(AuditEntry entry, List<FieldChange> changes, boolean sealed, String actorUnit) {
        Row(AuditEntry entry, List<FieldChange> changes, boolean sealed) { this(entry, changes, sealed, null); }
    }

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
        return new Page(readable(rows), page, AuditFilter.PAGE_SIZE, total);
    }

    /** Committed entries that the sealer has not chained yet (normally none, or a few for a second). */
    @Transactional(readOnly = true)
    public List<Row> pending(int limit) {
        return readable(jdbc.query("select * from audit_journal order by id limit ?", (rs, i) -> row(new AuditEntry(0,
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("kind"), rs.getString("actor"),
                rs.getString("actor_roles"), rs.getObject("actor_unit_id", Long.class), rs.getString("action"),
                rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("summary"), rs.getString("old_value"),
                rs.getString("new_value"), null, null, ChainHash.KEYED), false), limit));
    }

    /** The rows with unit ids named (one lookup for all of them), roles and flags in words. */
    private List<Row> readable(List<Row> rows) {
        var ids = new LinkedHashSet<Long>();
        for (var r : rows) {
            if (r.entry().actorUnitId() != null) ids.add(r.entry().actorUnitId());
            for (var c : r.changes()) {
                if (!UNIT_FIELDS.contains(c.field())) continue;
                ids.addAll(numbers(c.oldValue()));
                ids.addAll(numbers(c.newValue()));
            }
        }
        var provider = unitNames.getIfAvailable();
        Map<Long, String> names = provider == null || ids.isEmpty() ? Map.of() : provider.names(ids);
        return rows.stream().map(r -> new Row(r.entry(), r.changes().stream()
                .map(c -> new FieldChange(c.field(), value(c.field(), c.oldValue(), names), value(c.field(), c.newValue(), names)))
                .toList(), r.sealed(), r.entry().actorUnitId() == null ? null : names.get(r.entry().actorUnitId()))).toList();
    }

    private String value(String field, String raw, Map<Long, String> names) {
        if (raw == null) return null;
        var locale = LocaleContextHolder.getLocale();
        if (UNIT_FIELDS.contains(field)) {
            var ids = numbers(raw);
            if (ids.isEmpty()) return raw;
            return ids.stream().map(id -> names.getOrDefault(id, "#" + id)).collect(Collectors.joining(", "));
        }
        if (field.equals("roles") || field.equals("role")) {
            return list(raw).stream().map(role -> messages.getMessage("role." + role, null, role, locale))
                    .collect(Collectors.joining(", "));
        }
        if (raw.equals("true") || raw.equals("false")) return messages.getMessage("audit.value." + raw, null, raw, locale);
        return raw;
    }

    private static List<Long> numbers(String raw) {
        if (raw == null) return List.of();
        var found = new ArrayList<Long>();
        var m = NUMBER.matcher(raw);
        while (m.find()) found.add(Long.parseLong(m.group()));
        return found;
    }

    private static List<String> list(String raw) {
        var body = raw.startsWith("[") && raw.endsWith("]") ? raw.substring(1, raw.length() - 1) : raw;
        return body.isBlank() ? List.of() : java.util.Arrays.stream(body.split(",")).map(String::strip).toList();
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

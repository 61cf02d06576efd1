package vn.vusta.thidua.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** An account's notices (its inbox): newest first, one page per query; the unread count for the header; marking read. */
@Service
public class NotificationQueries {
    static final int PAGE_SIZE = 30;
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private final JdbcTemplate jdbc;
    private final NotificationTexts texts;
    private final ObjectMapper json;
    private final Clock clock;

    NotificationQueries(JdbcTemplate jdbc, NotificationTexts texts, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.texts = texts;
        this.json = json;
        this.clock = clock;
    }

    /** A notice as the page shows it: its text in the reader's language, link, when, whether read. */
    public record Item(long id, String text, String link, Instant createdAt, boolean read) {}

    public record Page(List<Item> items, int page, boolean hasNext, int unread) {}

    public int unread(String recipient) {
        return jdbc.queryForObject("select count(*) from notification where recipient = ? and read_at is null", Integer.class, recipient);
    }

    /** Page {@code page} (from 1): one query for the rows (one more than a page, to know if there is a next). */
    public Page page(String recipient, int page, int unread, Locale locale) {
        int p = Math.max(page, 1);
        var rows = jdbc.query("""
                select id, kind, params, link, created_at, read_at from notification where recipient = ?
                order by created_at desc, id desc limit ? offset ?""",
                (rs, i) -> new Item(rs.getLong("id"), texts.text(rs.getString("kind"), params(rs.getString("params")), locale),
                        rs.getString("link"), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("read_at") != null),
                recipient, PAGE_SIZE + 1, (p - 1) * PAGE_SIZE);
        boolean next = rows.size() > PAGE_SIZE;
        return new Page(next ? rows.subList(0, PAGE_SIZE) : rows, p, next, unread);
    }

    /** Whether the notice belongs to this account (a notice that does not exist: no). */
    public boolean belongsTo(long id, String recipient) {
        return jdbc.queryForObject("select count(*) from notification where id = ? and recipient = ?", Integer.class, id, recipient) > 0;
    }

    /** The recipient has seen this notice (a notice already read keeps its first reading time). */
    public void markRead(long id, String recipient) {
        jdbc.update("update notification set read_at = ? where id = ? and recipient = ? and read_at is null",
                Timestamp.from(Instant.now(clock)), id, recipient);
    }

    public void markAllRead(String recipient) {
        jdbc.update("update notification set read_at = ? where recipient = ? and read_at is null", Timestamp.from(Instant.now(clock)), recipient);
    }

    private List<String> params(String stored) { return stored == null ? List.of() : json.readValue(stored, STRINGS); }
}

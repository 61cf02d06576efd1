package vn.vusta.thidua.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * Delivers notices: the in-app row first, in its own committed transaction, then the e-mail. A notice with a once-key
 * whose row exists already (another node, an earlier run) is skipped: {@code insert ... on conflict do nothing} on the
 * unique (recipient, once_key), so two nodes racing for the same notice send it exactly once.
 */
@Service
public class Notifier {
    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final NotificationMail mail;
    private final ObjectMapper json;
    private final Clock clock;

    Notifier(JdbcTemplate jdbc, PlatformTransactionManager transactions, NotificationMail mail, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.mail = mail;
        this.json = json;
        this.clock = clock;
    }

    /** Delivers the notice unless its once-key was delivered to that recipient before; true when this call did. */
    public boolean deliver(Notice notice) {
        var now = Instant.now(clock);
        Long id = ownTransaction.execute(s -> insert(notice, now));
        if (id == null) return false;
        if (notice.email() != null && !notice.email().isBlank()) {
            var status = mail.send(notice);
            ownTransaction.executeWithoutResult(s ->
                    jdbc.update("update notification set email_to = ?, email_status = ? where id = ?", notice.email(), status.name(), id));
        }
        return true;
    }

    private Long insert(Notice n, Instant now) {
        String params = json.writeValueAsString(n.params());
        var key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    insert into notification (recipient, kind, params, link, once_key, created_at)
                    values (?, ?, ?, ?, ?, ?) on conflict do nothing""", new String[] {"id"});
            ps.setString(1, n.recipient());
            ps.setString(2, n.kind());
            ps.setString(3, params);
            ps.setString(4, n.link());
            ps.setString(5, n.onceKey());
            ps.setTimestamp(6, Timestamp.from(now));
            return ps;
        }, key);
        var id = key.getKey();
        return id == null ? null : id.longValue();
    }
}

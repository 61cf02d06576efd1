package vn.vusta.thidua.campaign.progress;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vusta.thidua.audit.AuditTrail;
import vn.vusta.thidua.campaign.Campaign;
import vn.vusta.thidua.identity.AccountDirectory;
import vn.vusta.thidua.identity.AccountDirectory.Recipient;
import vn.vusta.thidua.identity.Role;
import vn.vusta.thidua.notification.Notice;
import vn.vusta.thidua.notification.Notifier;

/**
 * Sends a campaign's notices to the accounts concerned and records each batch in the audit trail. Reminders go to
 * the ACCOUNT's e-mail of each unit officer (the person who has to act, the same person who sees the in-app notice),
 * not to the unit's public contact address; a unit without an officer account is counted in the office's summary.
 */
@Component
class ProgressNotices {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private final AccountDirectory accounts;
    private final Notifier notifier;
    private final AuditTrail audit;
    private final TransactionTemplate tx;

    ProgressNotices(AccountDirectory accounts, Notifier notifier, AuditTrail audit, TransactionTemplate tx) {
        this.accounts = accounts;
        this.notifier = notifier;
        this.audit = audit;
        this.tx = tx;
    }

    List<Recipient> officersOf(Collection<Long> unitIds) { return accounts.unitOfficersOf(unitIds); }

    List<Recipient> office() { return accounts.recipientsWithRole(Role.OFFICE); }

    static String date(LocalDate d) { return d == null ? "" : d.format(DATE); }

    static String link(Campaign c) { return "/campaigns/" + c.getId() + "/progress"; }

    /**
     * Delivers one notice per recipient (once per recipient and {@code onceKey}) and audits the batch when this run
     * delivered any; returns how many it delivered.
     */
    int send(Campaign c, Collection<Recipient> recipients, String kind, List<String> params, String onceKey, String what) {
        int delivered = 0;
        var seen = new java.util.HashSet<String>();
        for (var r : recipients) {
            if (!seen.add(r.username())) continue;
            if (notifier.deliver(new Notice(r.username(), r.email(), kind, params, link(c), onceKey))) delivered++;
        }
        if (delivered > 0) {
            int n = delivered;
            var details = new LinkedHashMap<String, Object>();
            details.put("kind", kind);
            details.put("key", onceKey);
            details.put("recipients", n);
            tx.executeWithoutResult(s -> audit.record("NOTICES_SENT", "campaign", c.getId(),
                    what + ": " + n + " người nhận – " + c.getName(), null, Map.copyOf(details)));
        }
        return delivered;
    }
}

package vn.vusta.thidua.identity;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who holds a role, for other modules (e.g. choosing the Presidium member in charge of a cluster). */
@Service
@Transactional(readOnly = true)
public class AccountDirectory {
    private final Accounts accounts;

    AccountDirectory(Accounts accounts) { this.accounts = accounts; }

    public record AccountOption(String username, String displayName) {}

    /** An account to notify: its username, e-mail (null when none is recorded) and the unit it acts for. */
    public record Recipient(String username, String email, Long unitId) {}

    /** Enabled unit officers acting for any of these units, in one query (with their roles, one more). */
    public List<Recipient> unitOfficersOf(java.util.Collection<Long> unitIds) {
        if (unitIds.isEmpty()) return List.of();
        return accounts.findByEnabledTrueAndUnitIdIn(unitIds).stream().filter(a -> a.has(Role.UNIT_OFFICER))
                .map(a -> new Recipient(a.getUsername(), a.getEmail(), a.getUnitId())).toList();
    }

    /** Enabled accounts holding the role, to notify (e.g. the office's overdue summaries). */
    public List<Recipient> recipientsWithRole(Role role) {
        return accounts.enabledWithRole(role).stream().map(a -> new Recipient(a.getUsername(), a.getEmail(), a.getUnitId())).toList();
    }

    public List<AccountOption> enabledWithRole(Role role) {
        return accounts.enabledWithRole(role).stream().map(a -> new AccountOption(a.getUsername(), a.getDisplayName())).toList();
    }
}

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

    public List<AccountOption> enabledWithRole(Role role) {
        return accounts.enabledWithRole(role).stream().map(a -> new AccountOption(a.getUsername(), a.getDisplayName())).toList();
    }
}

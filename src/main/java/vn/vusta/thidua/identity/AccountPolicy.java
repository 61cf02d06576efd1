package vn.vusta.thidua.identity;

import org.springframework.stereotype.Component;

/**
 * Who may see and change accounts, for pages and API alike: account administration is the system administrator's;
 * the accounts of a unit are shown to the office, the system administrator and that unit's own officers.
 */
@Component("accountPolicy")
public class AccountPolicy {
    private final ActorContext actors;

    AccountPolicy(ActorContext actors) { this.actors = actors; }

    /** Creating and editing accounts, roles, passwords, unlocking. */
    public boolean mayAdminister() { return actors.current().isSystemAdmin(); }

    /** Moving accounts of a merged unit to its successor. */
    public boolean mayMoveAccounts() {
        var actor = actors.current();
        return actor.isOffice() || actor.isSystemAdmin();
    }

    /** The accounts acting for one unit. */
    public boolean mayViewAccountsOf(long unitId) {
        var actor = actors.current();
        return actor.isOffice() || actor.isSystemAdmin() || actor.actsFor(unitId);
    }

    /** Anything of one's own account (password, head rights): any signed-in account that is still valid. */
    public boolean isSignedIn() { return actors.current().isAuthenticated(); }
}

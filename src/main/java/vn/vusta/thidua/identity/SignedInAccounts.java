package vn.vusta.thidua.identity;

import java.util.EnumSet;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The signed-in account as every request needs it (its roles and unit, whether it is enabled, whether it is a demo
 * account), read in one plain SQL statement. It runs on every signed-in request ({@link AccountStillValid}); the JPA
 * query with its entity graph was interpreted anew by Hibernate on each call and was an eighth of a page's CPU.
 */
@Component
class SignedInAccounts {
    /** What a request needs of its account. */
    record SignedIn(Actor actor, boolean enabled, boolean demo) {}

    private final JdbcClient jdbc;
    private final DemoSwitch demo;

    SignedInAccounts(JdbcClient jdbc, DemoSwitch demo) { this.jdbc = jdbc; this.demo = demo; }

    /** The account, if it exists and may be used now (enabled, and not a demo account while the demo switch is off). */
    Optional<Actor> usable(String username) {
        return read(username).filter(a -> demo.allows(a.enabled(), a.demo())).map(SignedIn::actor);
    }

    Optional<SignedIn> read(String username) {
        return jdbc.sql("select a.display_name, a.unit_id, a.enabled, a.demo, r.role from account a "
                        + "left join account_role r on r.account_id = a.id where a.username = ?")
                .param(username)
                .query(rs -> {
                    if (!rs.next()) return Optional.<SignedIn>empty();
                    String displayName = rs.getString(1);
                    long unit = rs.getLong(2);
                    Long unitId = rs.wasNull() ? null : unit;
                    boolean enabled = rs.getBoolean(3), demoAccount = rs.getBoolean(4);
                    var roles = EnumSet.noneOf(Role.class);
                    do {
                        String role = rs.getString(5);
                        if (role != null) roles.add(Role.valueOf(role));
                    } while (rs.next());
                    return Optional.of(new SignedIn(new Actor(username, displayName, roles, unitId), enabled, demoAccount));
                });
    }
}

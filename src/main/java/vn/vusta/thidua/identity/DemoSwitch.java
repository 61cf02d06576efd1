package vn.vusta.thidua.identity;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The demo switch ({@code thidua.demo.enabled}, env {@code THIDUA_DEMO}), read on every use: a demo account (known,
 * published password) works only while it is on; it is refused at login and loses its session the moment it is off.
 */
@Component
class DemoSwitch {
    static final String PROPERTY = "thidua.demo.enabled";
    private final Environment environment;

    DemoSwitch(Environment environment) { this.environment = environment; }

    boolean isOn() { return environment.getProperty(PROPERTY, Boolean.class, false); }

    /** Whether this account may be used now: enabled, and not a demo account while the switch is off. */
    boolean allows(Account account) { return allows(account.isEnabled(), account.isDemo()); }

    /** The same rule for an account read without JPA ({@link SignedInAccounts}). */
    boolean allows(boolean enabled, boolean demoAccount) { return enabled && (!demoAccount || isOn()); }
}

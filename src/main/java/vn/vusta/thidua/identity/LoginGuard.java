package vn.vusta.thidua.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vusta.thidua.audit.AuditTrail;

/**
 * The only way in, for the login form and HTTP Basic alike. In order: a locked username or address is refused
 * before any password is checked; the password is checked (a constant-cost hash also for unknown usernames); the
 * account must be usable (enabled, demo switch). Every refusal is the same {@link BadCredentialsException}, so
 * the answer never tells a locked, disabled or unknown account from a wrong password. Failures are counted by
 * {@link LoginThrottle}; a new lock is audited.
 */
@Component
class LoginGuard implements AuthenticationProvider {
    private static final Logger log = LoggerFactory.getLogger(LoginGuard.class);
    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final Accounts accounts;
    private final DemoSwitch demo;
    private final AuditTrail audit;
    private final TransactionTemplate tx;

    LoginGuard(AccountUserDetails details, PasswordEncoder encoder, LoginThrottle throttle, Accounts accounts, DemoSwitch demo,
               AuditTrail audit, TransactionTemplate tx) {
        this.passwords = new DaoAuthenticationProvider(details);
        this.passwords.setPasswordEncoder(encoder);
        this.passwords.setUserDetailsPasswordService(details);
        this.throttle = throttle;
        this.accounts = accounts;
        this.demo = demo;
        this.audit = audit;
        this.tx = tx;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = LoginThrottle.username(authentication.getName());
        String address = LoginThrottle.address(authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null);
        if (throttle.refuses(username, address)) {
            throttle.refused(username, address);
            throw new BadCredentialsException("refused");
        }
        try {
            var result = passwords.authenticate(authentication);
            var account = accounts.findByUsername(result.getName()).filter(demo::allows);
            if (account.isEmpty()) throw new BadCredentialsException("not usable");
            throttle.reset(username);
            return result;
        } catch (AuthenticationException e) {
            failed(username, address);
            throw e instanceof BadCredentialsException ? e : new BadCredentialsException("refused", e);
        }
    }

    /** A failed password check (at login, or of the current password when changing it): counted, a new lock audited. */
    void failed(String username, String address) {
        var locks = throttle.failed(username, address);
        if (locks.address()) {
            log.warn("Login throttled for address {} after repeated failures", address);
            tx.executeWithoutResult(s -> audit.record("LOGIN_ADDRESS_LOCKED", "address", address, "Tạm chặn đăng nhập từ địa chỉ "
                    + address + " sau nhiều lần nhập sai trong " + throttle.window().toMinutes() + " phút", null, null));
        }
        if (locks.username()) {
            accounts.findByUsername(username).ifPresent(a -> tx.executeWithoutResult(s -> audit.record("ACCOUNT_LOCKED", "account",
                    a.getId(), "Tạm khóa tài khoản " + a.getUsername() + " sau " + throttle.usernameLimit() + " lần nhập sai mật khẩu trong "
                            + throttle.window().toMinutes() + " phút (lần cuối từ địa chỉ " + address + ")", null, null)));
        }
    }
}

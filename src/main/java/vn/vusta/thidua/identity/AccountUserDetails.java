package vn.vusta.thidua.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.audit.AuditTrail;

/** Loads accounts for login and keeps the count of failed attempts that locks an account. */
@Service
class AccountUserDetails implements UserDetailsService {
    private final Accounts accounts;
    private final AuditTrail audit;
    private final Clock clock;

    AccountUserDetails(Accounts accounts, AuditTrail audit, Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        var account = accounts.findByUsername(username == null ? "" : username.trim().toLowerCase())
                .orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .authorities(authorities(account))
                .disabled(!account.isEnabled())
                .accountLocked(account.isLocked(Instant.now(clock)))
                .build();
    }

    static List<SimpleGrantedAuthority> authorities(Account account) {
        return account.getRoles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        accounts.findByUsername(String.valueOf(event.getAuthentication().getName()).trim().toLowerCase())
                .ifPresent(a -> {
                    var now = Instant.now(clock);
                    boolean wasLocked = a.isLocked(now);
                    a.loginFailed(now);
                    if (!wasLocked && a.isLocked(now)) {
                        audit.record("ACCOUNT_LOCKED", "account", a.getId(), "Tạm khóa tài khoản " + a.getUsername()
                                + " sau " + Account.MAX_FAILED_ATTEMPTS + " lần nhập sai mật khẩu", null, null);
                    }
                });
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        accounts.findByUsername(event.getAuthentication().getName()).filter(a -> a.getFailedAttempts() > 0)
                .ifPresent(Account::loginSucceeded);
    }
}

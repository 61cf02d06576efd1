package vn.vusta.thidua.identity;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.audit.AuditTrail;

/**
 * Loads accounts for login. Whether the account may be used (enabled, demo switch) is checked by {@link LoginGuard}
 * only after the password, so that a disabled account answers exactly like a wrong password. A hash in an older
 * format (bcrypt) is replaced by the current one (Argon2id) at the first successful login.
 */
@Component
class AccountUserDetails implements UserDetailsService, UserDetailsPasswordService {
    private final Accounts accounts;
    private final JdbcTemplate jdbc;
    private final AuditTrail audit;

    AccountUserDetails(Accounts accounts, JdbcTemplate jdbc, AuditTrail audit) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        var account = accounts.findByUsername(LoginThrottle.username(username))
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        return User.withUsername(account.getUsername()).password(account.getPasswordHash()).authorities(authorities(account)).build();
    }

    /** Rehash on login: a technical change of format, written without touching the account's version. */
    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        int n = jdbc.update("update account set password_hash = ? where username = ?", newPassword, user.getUsername());
        if (n == 1) {
            long id = jdbc.queryForObject("select id from account where username = ?", Long.class, user.getUsername());
            audit.record("ACCOUNT_PASSWORD_REHASHED", "account", id, "Chuyển mật khẩu của " + user.getUsername()
                    + " sang định dạng băm Argon2id khi đăng nhập", null, null);
        }
        return User.withUserDetails(user).password(newPassword).build();
    }

    static List<SimpleGrantedAuthority> authorities(Account account) {
        return account.getRoles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }
}

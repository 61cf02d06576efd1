package vn.vusta.thidua.identity;

import java.security.SecureRandom;
import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.audit.AuditTrail;

/**
 * Creates the first account when no system administrator exists. It holds {@link Role#SYSTEM_ADMIN} and
 * {@link Role#OFFICE}: on a fresh installation someone must both create the accounts and start the office's work;
 * once the office has its own accounts, the system administrator may drop the office role from this one.
 * The password comes from {@code THIDUA_ADMIN_PASSWORD}, or a
 * random one printed once to the log. There is no fixed default password.
 */
@Component
@Order(1)
class FirstAdmin implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final String username;
    private final String password;

    FirstAdmin(Accounts accounts, PasswordEncoder encoder, AuditTrail audit,
               @Value("${thidua.admin.username:admin}") String username,
               @Value("${thidua.admin.password:}") String password) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.username = username;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.existsWithRole(Role.SYSTEM_ADMIN)) return;
        boolean generated = password == null || password.isBlank();
        String secret = generated ? randomPassword() : password;
        if (!generated) Passwords.check(secret);
        var admin = new Account(username, "Văn phòng Hội đồng TĐKT", null, encoder.encode(secret),
                EnumSet.of(Role.OFFICE, Role.SYSTEM_ADMIN), null, false);
        accounts.save(admin);
        audit.record("ACCOUNT_CREATED", "account", admin.getId(), "Tạo tài khoản quản trị đầu tiên " + username, null, admin.snapshot());
        if (generated) {
            log.warn("""

                    ==================================================================
                     Tài khoản quản trị đầu tiên / first admin account
                       tên đăng nhập: {}
                       mật khẩu:      {}
                     Mật khẩu này chỉ in một lần; hãy đổi ngay sau khi đăng nhập.
                     (Set THIDUA_ADMIN_PASSWORD to choose it instead.)
                    ==================================================================""", username, secret);
        } else {
            log.info("First admin account '{}' created with the password from THIDUA_ADMIN_PASSWORD", username);
        }
    }

    static String randomPassword() {
        var random = new SecureRandom();
        var sb = new StringBuilder();
        for (int i = 0; i < 16; i++) sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        return sb.toString();
    }
}

package vn.vusta.thidua.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.audit.AuditTrail;

/**
 * DEMO ONLY: accounts with a known password, loaded only when {@code thidua.demo.enabled=true}. They are marked
 * {@code demo} in the database and shown as such in the account list.
 */
@Component
@Order(2)
@ConditionalOnBooleanProperty("thidua.demo.enabled")
class DemoAccounts implements ApplicationRunner {
    static final String PASSWORD = "demo-2026!";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    record Demo(String username, String displayName, Set<Role> roles, String unitCode) {}

    static final List<Demo> ACCOUNTS = List.of(
            new Demo("vanphong.demo", "Văn phòng TĐKT (demo)", EnumSet.of(Role.OFFICE), null),
            new Demo("quantri.demo", "Quản trị hệ thống (demo)", EnumSet.of(Role.SYSTEM_ADMIN), null),
            new Demo("thuongtruc.demo", "Thường trực Hội đồng TĐKT (demo)", EnumSet.of(Role.COUNCIL_STANDING, Role.COUNCIL_MEMBER), null),
            new Demo("thuky.demo", "Ủy viên Thư ký Hội đồng TĐKT (demo)", EnumSet.of(Role.COUNCIL_SECRETARY, Role.COUNCIL_MEMBER), null),
            new Demo("uyvien.demo", "Ủy viên Hội đồng TĐKT (demo)", EnumSet.of(Role.COUNCIL_MEMBER), null),
            new Demo("phutrach.demo", "Ủy viên Đoàn Chủ tịch phụ trách cụm (demo)", EnumSet.of(Role.PRESIDIUM_MEMBER), null),
            new Demo("haiphong.demo", "Cán bộ TĐKT Liên hiệp Hội Hải Phòng (demo)", EnumSet.of(Role.UNIT_OFFICER), "LHH-HPG"),
            new Demo("haiduong.demo", "Cán bộ TĐKT Liên hiệp Hội Hải Dương (demo)", EnumSet.of(Role.UNIT_OFFICER), "LHH-HDG"),
            new Demo("cantho.demo", "Cán bộ TĐKT Liên hiệp Hội Cần Thơ (demo)", EnumSet.of(Role.UNIT_OFFICER), "LHH-CTO25"),
            new Demo("hanoi.demo", "Cán bộ TĐKT Liên hiệp Hội Hà Nội, ủy viên Hội đồng TĐKT (demo)",
                    EnumSet.of(Role.UNIT_OFFICER, Role.COUNCIL_MEMBER), "LHH-HNI"));

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final UnitDirectory units;
    private final AuditTrail audit;

    DemoAccounts(Accounts accounts, PasswordEncoder encoder, UnitDirectory units, AuditTrail audit) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.units = units;
        this.audit = audit;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String hash = encoder.encode(PASSWORD);
        for (var d : ACCOUNTS) {
            if (accounts.findByUsername(d.username()).isPresent()) continue;
            Long unitId = d.unitCode() == null ? null
                    : units.findByCode(d.unitCode()).orElseThrow(() -> new IllegalStateException(d.unitCode())).id();
            var account = accounts.save(new Account(d.username(), d.displayName(), null, hash, d.roles(), unitId, true));
            audit.record("ACCOUNT_CREATED", "account", account.getId(), "Tạo tài khoản demo " + d.username(), null, account.snapshot());
        }
        log.warn("DEMO data enabled: demo accounts {} with password '{}'. Never enable on a real installation.",
                ACCOUNTS.stream().map(Demo::username).toList(), PASSWORD);
    }
}

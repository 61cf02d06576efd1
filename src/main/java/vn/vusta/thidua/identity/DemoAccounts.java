package vn.vusta.thidua.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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
 * DEMO ONLY: accounts with a known password, loaded only when {@code thidua.demo.enabled=true}. They are marked
 * {@code demo} in the database and shown as such in the account list. When the switch is off they are disabled at
 * startup (and refused at login in any case, see {@link DemoSwitch}).
 */
@Component
@Order(2)
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
    private final DemoSwitch demoSwitch;
    private final String firstAdmin;

    DemoAccounts(Accounts accounts, PasswordEncoder encoder, UnitDirectory units, AuditTrail audit, DemoSwitch demoSwitch,
                 @Value("${thidua.admin.username:admin}") String firstAdmin) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.units = units;
        this.audit = audit;
        this.demoSwitch = demoSwitch;
        this.firstAdmin = firstAdmin;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (demoSwitch.isOn()) start();
        else retire();
    }

    /**
     * Refuses to run the demo on a database that holds real data, that is any account that is not a demo account
     * other than the first administrator (accounts made by demo accounts are demo accounts themselves).
     */
    private void start() {
        var real = accounts.findFirstByDemoFalseAndUsernameNot(firstAdmin);
        if (real.isPresent()) {
            throw new IllegalStateException("The demo switch (THIDUA_DEMO / thidua.demo.enabled) is on, but this database holds "
                    + "real accounts (e.g. '" + real.get().getUsername() + "'): demo accounts with a published password must "
                    + "never exist there. Turn the switch off, or use an empty database for the demo.");
        }
        String hash = encoder.encode(PASSWORD);
        for (var d : ACCOUNTS) {
            var existing = accounts.findByUsername(d.username());
            if (existing.isPresent()) {
                if (!existing.get().isEnabled()) {
                    existing.get().enable();
                    audit.record("ACCOUNT_ENABLED", "account", existing.get().getId(), "Bật lại tài khoản demo " + d.username()
                            + " vì chế độ demo được bật", null, null);
                }
                continue;
            }
            Long unitId = d.unitCode() == null ? null
                    : units.findByCode(d.unitCode()).orElseThrow(() -> new IllegalStateException(d.unitCode())).id();
            var account = accounts.save(new Account(d.username(), d.displayName(), null, hash, d.roles(), unitId, true));
            audit.record("ACCOUNT_CREATED", "account", account.getId(), "Tạo tài khoản demo " + d.username(), null, account.snapshot());
        }
        log.warn("DEMO data enabled: demo accounts {} with password '{}'. Never enable on a real installation.",
                ACCOUNTS.stream().map(Demo::username).toList(), PASSWORD);
    }

    /** With the switch off, every demo account is disabled (they are refused at login in any case). */
    private void retire() {
        for (var account : accounts.findByDemoTrueAndEnabledTrue()) {
            account.disable();
            audit.record("ACCOUNT_DISABLED", "account", account.getId(), "Ngừng tài khoản demo " + account.getUsername()
                    + " vì chế độ demo đã tắt", null, null);
            log.warn("Demo account '{}' disabled: the demo switch is off", account.getUsername());
        }
    }
}

package vn.vusta.thidua.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.audit.AuditTrail;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.ConcurrentEditException;
import vn.vusta.thidua.common.NotFoundException;

/** Account management by the system administrator, and password changes by the owner. Every change is audited. */
@Service
class AccountService {
    private final Accounts accounts;
    private final Passwords passwords;
    private final LoginThrottle throttle;
    private final LoginGuard guard;
    private final AuditTrail audit;
    private final ActorContext actors;
    private final UnitDirectory units;
    private final DemoSwitch demo;

    AccountService(Accounts accounts, Passwords passwords, LoginThrottle throttle, LoginGuard guard, AuditTrail audit,
                   ActorContext actors, UnitDirectory units, DemoSwitch demo) {
        this.demo = demo;
        this.guard = guard;
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
        this.actors = actors;
        this.units = units;
    }

    /** The account form; {@code enabled} is null when its checkbox is unticked (a browser then sends nothing). */
    record AccountForm(Long id, Long version, String username, String displayName, String email, Set<Role> roles, Long unitId,
                       Boolean enabled, String password) {
        Set<Role> roleSet() { return roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles); }

        boolean isEnabled() { return Boolean.TRUE.equals(enabled); }
    }

    @PreAuthorize("@accountPolicy.mayAdminister()")
    @Transactional(readOnly = true)
    List<Account> all() {
        return accounts.findAllByOrderByUsername();
    }

    @PreAuthorize("@accountPolicy.mayAdminister()")
    @Transactional(readOnly = true)
    Account get(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("account", id));
    }

    @PreAuthorize("@accountPolicy.mayViewAccountsOf(#unitId)")
    @Transactional(readOnly = true)
    List<Account> ofUnit(long unitId) {
        return accounts.findByUnitIdOrderByUsername(unitId);
    }

    @PreAuthorize("@accountPolicy.mayAdminister()")
    @Transactional
    Account create(AccountForm form) {
        var admin = actors.current();
        String username = form.username() == null ? "" : form.username().trim().toLowerCase();
        if (!username.matches("[a-z0-9._-]{3,80}")) throw new BusinessRuleException("account.username.invalid");
        if (accounts.findByUsername(username).isPresent()) throw new BusinessRuleException("account.username.taken", username);
        validate(form, null);
        // an account made by a demo account is demo data too: it stops working with the demo switch
        boolean demo = accounts.findByUsername(admin.username()).map(Account::isDemo).orElse(false);
        var account = new Account(username, form.displayName().trim(), blankToNull(form.email()),
                passwords.hash(form.password()), form.roleSet(), form.unitId(), demo);
        if (!form.isEnabled()) account.disable();
        accounts.saveAndFlush(account);
        audit.record("ACCOUNT_CREATED", "account", account.getId(), "Tạo tài khoản " + username, null, account.snapshot());
        return account;
    }

    @PreAuthorize("@accountPolicy.mayAdminister()")
    @Transactional
    Account update(AccountForm form) {
        var admin = actors.current();
        var account = get(form.id());
        ConcurrentEditException.check(account.getVersion(), form.version());
        validate(form, account.getUnitId());
        if (account.getUsername().equals(admin.username()) && (!form.roleSet().contains(Role.SYSTEM_ADMIN) || !form.isEnabled())) {
            throw new BusinessRuleException("account.selfDemotion");
        }
        boolean losesAdministration = account.getRoles().contains(Role.SYSTEM_ADMIN)
                && (!form.roleSet().contains(Role.SYSTEM_ADMIN) || !form.isEnabled());
        if (losesAdministration) accounts.lockSystemAdministrators();
        var before = account.snapshot();
        account.update(form.displayName().trim(), blankToNull(form.email()), form.roleSet(), form.unitId(), form.isEnabled());
        if (form.password() != null && !form.password().isEmpty()) {
            account.changePassword(passwords.hash(form.password()));
            throttle.reset(account.getUsername());
            passwords.endSessions(account.getUsername(), null);
            audit.record("ACCOUNT_PASSWORD_RESET", "account", account.getId(), "Đặt lại mật khẩu " + account.getUsername()
                    + " (mở khóa đăng nhập, kết thúc các phiên đang mở)", null, null);
        }
        accounts.saveAndFlush(account);
        if (losesAdministration && accounts.enabledWithRole(Role.SYSTEM_ADMIN).stream().noneMatch(demo::allows)) {
            throw new BusinessRuleException("account.lastSystemAdmin"); // rolls the change back
        }
        if (!before.equals(account.snapshot())) {
            audit.record("ACCOUNT_UPDATED", "account", account.getId(), "Sửa tài khoản " + account.getUsername(), before, account.snapshot());
        }
        return account;
    }

    @PreAuthorize("@accountPolicy.mayAdminister()")
    @Transactional(readOnly = true)
    List<LoginThrottle.Lock> locksInForce() {
        return throttle.locksInForce();
    }

    /** Lifts a username's login lock (and restarts its count of failures); the account itself is not changed. */
    @PreAuthorize("@accountPolicy.mayAdminister()")
    @Transactional
    void unlock(long id) {
        var account = get(id);
        throttle.reset(account.getUsername());
        audit.record("ACCOUNT_UNLOCKED", "account", id, "Mở khóa đăng nhập tài khoản " + account.getUsername(), null, null);
    }

    @PreAuthorize("@accountPolicy.mayAdminister()")
    @Transactional
    void unlockAddress(String address) {
        throttle.resetAddress(address);
        audit.record("LOGIN_ADDRESS_UNLOCKED", "address", address, "Bỏ chặn đăng nhập từ địa chỉ " + address, null, null);
    }

    /**
     * The owner's own change: needs the current password (a wrong one counts as a failed login, so a stolen session
     * cannot guess it at leisure); ends every other session of the account.
     */
    @Transactional(noRollbackFor = BusinessRuleException.class)
    void changeOwnPassword(String current, String next, String confirm, String address, String sessionId) {
        var actor = actors.current();
        var account = accounts.findByUsername(actor.username()).orElseThrow(() -> new NotFoundException("account", actor.username()));
        if (throttle.refuses(account.getUsername(), LoginThrottle.address(address))) throw new BusinessRuleException("account.password.wrongCurrent");
        if (!passwords.matches(current, account.getPasswordHash())) {
            guard.failed(account.getUsername(), LoginThrottle.address(address));
            throw new BusinessRuleException("account.password.wrongCurrent");
        }
        if (next == null || !next.equals(confirm)) throw new BusinessRuleException("account.password.mismatch");
        account.changePassword(passwords.hash(next));
        passwords.endSessions(account.getUsername(), sessionId);
        audit.record("ACCOUNT_PASSWORD_CHANGED", "account", account.getId(), "Đổi mật khẩu " + account.getUsername()
                + " (kết thúc các phiên khác)", null, null);
    }

    private void validate(AccountForm form, Long boundUnit) {
        if (form.displayName() == null || form.displayName().isBlank()) throw new BusinessRuleException("account.displayName.required");
        if (form.displayName().trim().length() > 120) throw new BusinessRuleException("account.displayName.tooLong", 120);
        String email = blankToNull(form.email());
        if (email != null && (email.length() > 120 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            throw new BusinessRuleException("account.email.invalid");
        }
        if (form.roleSet().isEmpty()) throw new BusinessRuleException("account.role.required");
        if (form.roleSet().contains(Role.UNIT_OFFICER)) {
            if (form.unitId() == null) throw new BusinessRuleException("account.unit.required");
            var unit = units.find(form.unitId()).orElseThrow(() -> new NotFoundException("unit", form.unitId()));
            // an account may stay bound to a unit that has ended (until it is moved); a new binding needs a unit of today
            if (!form.unitId().equals(boundUnit) && units.currentUnits().stream().noneMatch(u -> u.id() == unit.id())) {
                throw new BusinessRuleException("account.unit.ended", unit.name());
            }
        }
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.trim(); }
}

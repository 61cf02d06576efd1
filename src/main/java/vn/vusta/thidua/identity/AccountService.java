package vn.vusta.thidua.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.audit.AuditTrail;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.ConcurrentEditException;
import vn.vusta.thidua.common.NotFoundException;

/** Account management by the VUSTA office, and password changes by the owner. Every change is audited. */
@Service
class AccountService {
    static final int MIN_PASSWORD_LENGTH = 10;
    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final ActorContext actors;
    private final UnitDirectory units;

    AccountService(Accounts accounts, PasswordEncoder encoder, AuditTrail audit, ActorContext actors, UnitDirectory units) {
        this.accounts = accounts;
        this.encoder = encoder;
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

    @Transactional(readOnly = true)
    List<Account> all() {
        actors.requireSystemAdmin();
        return accounts.findAllByOrderByUsername();
    }

    @Transactional(readOnly = true)
    Account get(long id) {
        actors.requireSystemAdmin();
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("account", id));
    }

    @Transactional(readOnly = true)
    List<Account> ofUnit(long unitId) {
        actors.requireAdminOrActsFor(unitId);
        return accounts.findByUnitIdOrderByUsername(unitId);
    }

    @Transactional
    Account create(AccountForm form) {
        actors.requireSystemAdmin();
        String username = form.username() == null ? "" : form.username().trim().toLowerCase();
        if (!username.matches("[a-z0-9._-]{3,80}")) throw new BusinessRuleException("account.username.invalid");
        if (accounts.findByUsername(username).isPresent()) throw new BusinessRuleException("account.username.taken", username);
        validate(form);
        checkPassword(form.password());
        var account = new Account(username, form.displayName().trim(), blankToNull(form.email()),
                encoder.encode(form.password()), form.roleSet(), form.unitId(), false);
        accounts.saveAndFlush(account);
        audit.record("ACCOUNT_CREATED", "account", account.getId(), "Tạo tài khoản " + username, null, account.snapshot());
        return account;
    }

    @Transactional
    Account update(AccountForm form) {
        var admin = actors.requireSystemAdmin();
        var account = get(form.id());
        ConcurrentEditException.check(account.getVersion(), form.version());
        validate(form);
        if (account.getUsername().equals(admin.username()) && (!form.roleSet().contains(Role.SYSTEM_ADMIN) || !form.isEnabled())) {
            throw new BusinessRuleException("account.selfDemotion");
        }
        var before = account.snapshot();
        account.update(form.displayName().trim(), blankToNull(form.email()), form.roleSet(), form.unitId(), form.isEnabled());
        if (form.password() != null && !form.password().isBlank()) {
            checkPassword(form.password());
            account.changePassword(encoder.encode(form.password()));
            before.put("password", "(cũ)");
            audit.record("ACCOUNT_PASSWORD_RESET", "account", account.getId(), "Đặt lại mật khẩu " + account.getUsername(), null, null);
        }
        accounts.saveAndFlush(account);
        audit.record("ACCOUNT_UPDATED", "account", account.getId(), "Sửa tài khoản " + account.getUsername(), before, account.snapshot());
        return account;
    }

    @Transactional
    void unlock(long id) {
        actors.requireSystemAdmin();
        var account = get(id);
        account.unlock();
        audit.record("ACCOUNT_UNLOCKED", "account", id, "Mở khóa tài khoản " + account.getUsername(), null, null);
    }

    @Transactional
    void changeOwnPassword(String current, String next, String confirm) {
        var actor = actors.current();
        var account = accounts.findByUsername(actor.username()).orElseThrow(() -> new NotFoundException("account", actor.username()));
        if (current == null || !encoder.matches(current, account.getPasswordHash())) throw new BusinessRuleException("account.password.wrongCurrent");
        if (next == null || !next.equals(confirm)) throw new BusinessRuleException("account.password.mismatch");
        checkPassword(next);
        account.changePassword(encoder.encode(next));
        audit.record("ACCOUNT_PASSWORD_CHANGED", "account", account.getId(), "Đổi mật khẩu " + account.getUsername(), null, null);
    }

    private void validate(AccountForm form) {
        if (form.displayName() == null || form.displayName().isBlank()) throw new BusinessRuleException("account.displayName.required");
        if (form.roleSet().isEmpty()) throw new BusinessRuleException("account.role.required");
        if (form.roleSet().contains(Role.UNIT_OFFICER)) {
            if (form.unitId() == null) throw new BusinessRuleException("account.unit.required");
            if (units.find(form.unitId()).isEmpty()) throw new NotFoundException("unit", form.unitId());
        }
    }

    static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new BusinessRuleException("account.password.tooShort", MIN_PASSWORD_LENGTH);
        }
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.trim(); }
}

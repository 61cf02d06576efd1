package vn.vusta.thidua.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.audit.AuditTrail;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.ConcurrentEditException;
import vn.vusta.thidua.common.NotFoundException;

/**
 * Accounts follow a merger: the officers of merged units are listed for the office with a one-step move to the
 * unit that carries them on. Proposed when a merger is recorded ({@link #unitsMerged}, called on the organisation
 * module's {@code UnitsMerged}); accounts of units that ended earlier (the 2025 merger is reference data) are found
 * from the lineage. Moving is for the office or a system administrator, checked against the version the user saw,
 * and audited.
 */
@Service
public class AccountMoves {
    private final Accounts accounts;
    private final UnitDirectory units;
    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    AccountMoves(Accounts accounts, UnitDirectory units, JdbcTemplate jdbc, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.units = units;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** One account to move: from the unit it is bound to, to the unit that carries it on, from a date (if known). */
    public record Pending(long accountId, String username, String displayName, long version, UnitDirectory.UnitOption from,
                          UnitDirectory.UnitOption to, LocalDate effectiveDate, String legalRef) {}

    /** A merger was recorded: propose moving every officer of the merged units to the successor. */
    @Transactional
    public void unitsMerged(Collection<Long> predecessorIds, long successorId, LocalDate effectiveDate, String legalRef) {
        for (var predecessor : predecessorIds) {
            for (var account : accounts.findByUnitIdOrderByUsername(predecessor)) {
                int n = jdbc.update("""
                        insert into account_move (account_id, from_unit_id, to_unit_id, effective_date, legal_ref, proposed_at)
                        values (?, ?, ?, ?, ?, ?) on conflict do nothing""",
                        account.getId(), predecessor, successorId, effectiveDate, legalRef,
                        OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC));
                if (n == 1) {
                    audit.record("ACCOUNT_MOVE_PROPOSED", "account", account.getId(), "Đề xuất chuyển tài khoản " + account.getUsername()
                            + " sang đơn vị kế thừa sau hợp nhất (" + legalRef + ")", null, null);
                }
            }
        }
    }

    /** The accounts to move, by username: proposals from recorded mergers, then accounts of units that have ended. */
    @PreAuthorize("@accountPolicy.mayMoveAccounts()")
    @Transactional(readOnly = true)
    public List<Pending> pending() {
        record Proposal(long accountId, long from, long to, LocalDate date, String ref) {}
        var proposals = new HashMap<Long, Proposal>();
        jdbc.query("""
                select m.account_id, m.from_unit_id, m.to_unit_id, m.effective_date, m.legal_ref
                  from account_move m join account a on a.id = m.account_id and a.unit_id = m.from_unit_id
                 where m.moved_at is null""",
                rs -> { proposals.put(rs.getLong(1), new Proposal(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5))); });
        var bound = accounts.findByUnitIdNotNullOrderByUsername();
        var carriers = units.carriersToday(bound.stream().map(Account::getUnitId).distinct().toList());
        var ids = new ArrayList<Long>();
        bound.forEach(a -> ids.add(a.getUnitId()));
        proposals.values().forEach(p -> ids.add(p.to()));
        var names = units.byIds(ids.stream().distinct().toList());
        var result = new ArrayList<Pending>();
        for (var a : bound) {
            var p = proposals.get(a.getId());
            var to = p != null ? names.get(p.to()) : carriers.get(a.getUnitId());
            if (to == null) continue;
            result.add(new Pending(a.getId(), a.getUsername(), a.getDisplayName(), a.getVersion(), names.get(a.getUnitId()), to,
                    p == null ? null : p.date(), p == null ? null : p.ref()));
        }
        return result;
    }

    /** Moves the account to the unit that carries its unit on, as listed; refused if the account changed meanwhile. */
    @PreAuthorize("@accountPolicy.mayMoveAccounts()")
    @Transactional
    public void move(long accountId, Long version, long toUnitId) {
        var account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
        ConcurrentEditException.check(account.getVersion(), version);
        var pending = pending().stream().filter(p -> p.accountId() == accountId).findFirst()
                .orElseThrow(() -> new BusinessRuleException("account.move.nothing", account.getUsername()));
        if (pending.to().id() != toUnitId) throw new BusinessRuleException("account.move.notTheCarrier", account.getUsername(), pending.to().name());
        if (pending.effectiveDate() != null && pending.effectiveDate().isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException("account.move.notYet", account.getUsername(), pending.effectiveDate());
        }
        var before = account.snapshot();
        account.moveTo(toUnitId);
        accounts.saveAndFlush(account);
        jdbc.update("update account_move set moved_at = ? where account_id = ? and from_unit_id = ? and moved_at is null",
                OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC), accountId, pending.from().id());
        audit.record("ACCOUNT_MOVED", "account", accountId, "Chuyển tài khoản " + account.getUsername() + " từ " + pending.from().name()
                + " (" + pending.from().code() + ") sang đơn vị kế thừa " + pending.to().name() + " (" + pending.to().code() + ")",
                before, account.snapshot());
    }
}

package vn.vusta.thidua.identity;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.vusta.thidua.audit.AuditActorUnits;

/** Tells the audit trail which unit an account acts for at the moment an entry is recorded (one indexed read). */
@Component
class AccountUnitsForAudit implements AuditActorUnits {
    private final JdbcTemplate jdbc;

    AccountUnitsForAudit(JdbcTemplate jdbc) { this.jdbc = jdbc; }

    @Override
    public Long unitOf(String username) {
        var units = jdbc.queryForList("select unit_id from account where username = ?", Long.class, username);
        return units.isEmpty() ? null : units.getFirst();
    }
}

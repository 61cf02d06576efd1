package vn.vusta.thidua.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * The embedded (H2) twin of the PostgreSQL trigger that keeps the audit trail append-only: refuses every UPDATE and
 * DELETE it is attached to (see db/vendor/h2/V5_1__audit_append_only.sql).
 */
public class H2AppendOnlyTrigger implements Trigger {
    private String table;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
        this.table = tableName;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("audit trail is append-only: change on " + table + " refused", "42501");
    }
}

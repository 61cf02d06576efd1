package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Helpers of the Java migrations (not a migration itself): constraints that V1 left unnamed carry names that differ
 * between PostgreSQL and H2, so they are found through information_schema.
 */
final class MigrationSql {
    private MigrationSql() {}

    static void run(Connection db, String sql) throws SQLException {
        try (var st = db.createStatement()) {
            st.execute(sql);
        }
    }

    /** Names (quoted) of the check constraints of {@code table} whose condition mentions {@code text}. */
    static List<String> checksMentioning(Connection db, String table, String text) throws SQLException {
        var result = new ArrayList<String>();
        try (var st = db.prepareStatement("""
                select tc.constraint_name, cc.check_clause from information_schema.table_constraints tc
                join information_schema.check_constraints cc on cc.constraint_name = tc.constraint_name
                  and cc.constraint_schema = tc.table_schema
                where lower(tc.table_name) = ? and tc.constraint_type = 'CHECK' and tc.table_schema = current_schema""")) {
            st.setString(1, table);
            try (var rs = st.executeQuery()) {
                while (rs.next()) if (rs.getString(2) != null && rs.getString(2).contains(text)) result.add(quote(rs.getString(1)));
            }
        }
        return result;
    }

    static String quote(String name) { return "\"" + name.replace("\"", "\"\"") + "\""; }
}

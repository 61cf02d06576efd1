package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Member associations of a provincial union (hội thành viên, issue 7 §1): a new unit type, owned by the union they
 * were registered under ({@code owner_unit_id}; after a merger the successor carries them on through the lineage), and
 * a {@code demo} mark for generated demonstration units. The type check of V1 is unnamed (its name differs between
 * PostgreSQL and H2), so it is found through information_schema: a Java migration, the same on both databases.
 */
public class V11__member_associations extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        var db = context.getConnection();
        for (var name : unitChecksMentioning(db, "NATIONAL_ASSOCIATION")) run(db, "alter table unit drop constraint " + name);
        run(db, """
                alter table unit add constraint unit_type_check check (type in ('VUSTA', 'PROVINCIAL_UNION',
                  'NATIONAL_ASSOCIATION', 'AFFILIATED_UNIT', 'MEMBER_ASSOCIATION'))""");
        run(db, "alter table unit add column owner_unit_id bigint references unit (id)");
        run(db, "alter table unit add column demo boolean not null default false");
        run(db, "alter table unit add constraint unit_owner_check check ((type = 'MEMBER_ASSOCIATION') = (owner_unit_id is not null))");
        run(db, "create index unit_owner_idx on unit (owner_unit_id, sort_key, code)");
    }

    private static void run(Connection db, String sql) throws SQLException {
        try (var st = db.createStatement()) {
            st.execute(sql);
        }
    }

    /** Names of the check constraints of table unit whose condition mentions {@code text}. */
    private static List<String> unitChecksMentioning(Connection db, String text) throws SQLException {
        var result = new ArrayList<String>();
        try (var st = db.prepareStatement("""
                select tc.constraint_name, cc.check_clause from information_schema.table_constraints tc
                join information_schema.check_constraints cc on cc.constraint_name = tc.constraint_name
                  and cc.constraint_schema = tc.table_schema
                where lower(tc.table_name) = 'unit' and tc.constraint_type = 'CHECK' and tc.table_schema = current_schema""");
             var rs = st.executeQuery()) {
            while (rs.next()) if (rs.getString(2) != null && rs.getString(2).contains(text)) result.add("\"" + rs.getString(1).replace("\"", "\"\"") + "\"");
        }
        return result;
    }
}

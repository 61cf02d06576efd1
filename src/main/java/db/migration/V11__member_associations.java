package db.migration;

import static db.migration.MigrationSql.run;

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
        for (var name : MigrationSql.checksMentioning(db, "unit", "NATIONAL_ASSOCIATION")) run(db, "alter table unit drop constraint " + name);
        run(db, """
                alter table unit add constraint unit_type_check check (type in ('VUSTA', 'PROVINCIAL_UNION',
                  'NATIONAL_ASSOCIATION', 'AFFILIATED_UNIT', 'MEMBER_ASSOCIATION'))""");
        run(db, "alter table unit add column owner_unit_id bigint references unit (id)");
        run(db, "alter table unit add column demo boolean not null default false");
        run(db, "alter table unit add constraint unit_owner_check check ((type = 'MEMBER_ASSOCIATION') = (owner_unit_id is not null))");
        run(db, "create index unit_owner_idx on unit (owner_unit_id, sort_key, code)");
    }
}

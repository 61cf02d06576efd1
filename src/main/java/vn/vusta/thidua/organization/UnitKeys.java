package vn.vusta.thidua.organization;

import java.sql.SQLException;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * After every migration, brings each unit's stored search text and sort key up to date with its names: rows that
 * SQL migrations insert (the reference data) get them too, and a changed key formula reaches every row. Touches
 * only rows whose keys differ.
 */
@Component
class UnitKeys implements Callback {

    @Override
    public boolean supports(Event event, Context context) { return event == Event.AFTER_MIGRATE; }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) { return true; }

    @Override
    public void handle(Event event, Context context) {
        var connection = context.getConnection();
        try (var select = connection.prepareStatement("select id, name, short_name, code, province, search_text, sort_key, type from unit");
             var update = connection.prepareStatement("update unit set search_text = ?, sort_key = ? where id = ?");
             var rows = select.executeQuery()) {
            int changed = 0;
            while (rows.next()) {
                String search = Unit.searchText(rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5));
                String sort = Unit.sortKey(UnitType.valueOf(rows.getString(8)), rows.getString(5), rows.getString(3));
                if (!search.equals(rows.getString(6)) || !sort.equals(rows.getString(7))) {
                    update.setString(1, search);
                    update.setString(2, sort);
                    update.setLong(3, rows.getLong(1));
                    update.addBatch();
                    changed++;
                }
            }
            if (changed > 0) update.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not compute the units' search text and sort keys", e);
        }
    }

    @Override
    public String getCallbackName() { return "unit-keys"; }
}

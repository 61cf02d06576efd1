package vn.vusta.thidua.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What identity needs to know of units; implemented by the organisation module (identity must not depend on it). */
public interface UnitDirectory {
    /** A unit to choose; {@code group} is the heading it is listed under in a choice (its type, or its union). */
    record UnitOption(long id, String code, String name, String group) {
        public UnitOption(long id, String code, String name) { this(id, code, name, null); }
    }

    /**
     * Units that exist today, for choosing the unit an account acts for: the unions, national associations and
     * other units first (by type), then each union's member associations under the union's name.
     */
    List<UnitOption> currentUnits();

    Optional<UnitOption> find(long id);

    Optional<UnitOption> findByCode(String code);

    /** These units, current or ended, by id, in one query (for lists of accounts). */
    Map<Long, UnitOption> byIds(Collection<Long> ids);

    /**
     * For each of these units that no longer exists today and whose line goes on, the unit that carries it on today
     * (its successor, followed through several mergers). Units that still exist, or whose line ended, are left out.
     */
    Map<Long, UnitOption> carriersToday(Collection<Long> ids);
}

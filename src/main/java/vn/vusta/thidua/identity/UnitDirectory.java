package vn.vusta.thidua.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What identity needs to know of units; implemented by the organisation module. */
public interface UnitDirectory {
    record UnitOption(long id, String code, String name) {}

    /** Units that exist today, for choosing the unit an account acts for. */
    List<UnitOption> currentUnits();

    Optional<UnitOption> find(long id);

    Optional<UnitOption> findByCode(String code);

    /** These units, current or ended, by id, in one query (for lists of accounts). */
    Map<Long, UnitOption> byIds(Collection<Long> ids);
}

package vn.vusta.thidua.identity;

import java.util.List;
import java.util.Optional;

/** What identity needs to know of units; implemented by the organisation module. */
public interface UnitDirectory {
    record UnitOption(long id, String code, String name) {}

    /** Units that exist today, for choosing the unit an account acts for. */
    List<UnitOption> currentUnits();

    Optional<UnitOption> find(long id);

    Optional<UnitOption> findByCode(String code);
}

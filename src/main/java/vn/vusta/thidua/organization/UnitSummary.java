package vn.vusta.thidua.organization;

import java.time.LocalDate;

/** A unit as other modules see it. */
public record UnitSummary(long id, String code, String name, String shortName, UnitType type, String province,
                          UnitStatus status, LocalDate validFrom, LocalDate validTo) {

    /** Whether the unit existed on that day (no start date means it existed before records began). */
    public boolean existsOn(LocalDate date) {
        return (validFrom == null || !validFrom.isAfter(date)) && (validTo == null || !validTo.isBefore(date));
    }
}

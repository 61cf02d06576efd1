package vn.vusta.thidua.organization;

import java.time.LocalDate;

/** A unit as other modules see it. */
public record UnitSummary(long id, String code, String name, String shortName, UnitType type, String province,
                          UnitStatus status, LocalDate validFrom, LocalDate validTo) {

    /** Whether the unit existed on that day (no start date means it existed before records began). */
    public boolean existsOn(LocalDate date) {
        return (validFrom == null || !validFrom.isAfter(date)) && (validTo == null || !validTo.isBefore(date));
    }

    /**
     * The status the unit had on that day: a unit that merged or was dissolved later was still active then (its
     * stored status is today's). Without a date, today's status.
     */
    public UnitStatus statusOn(LocalDate date) {
        if (date == null || status == UnitStatus.ACTIVE) return status;
        return validTo != null && !validTo.isBefore(date) ? UnitStatus.ACTIVE : status;
    }
}

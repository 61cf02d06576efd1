package vn.vusta.thidua.organization;

import java.time.LocalDate;

/**
 * A unit as other modules see it. {@code validTo} is the province's date (the day before the provinces merged);
 * {@code unionMergedOn}, when recorded, is the day the union's own merger decision took effect. A member association
 * names the union it was registered under ({@code ownerUnitId}; after that union merged away, the unit carrying it on
 * holds the association); {@code demo} marks generated demonstration units.
 */
public record UnitSummary(long id, String code, String name, String shortName, UnitType type, String province,
                          UnitStatus status, LocalDate validFrom, LocalDate validTo, LocalDate unionMergedOn,
                          Long ownerUnitId, boolean demo) {

    /** A member association (hội thành viên) of the provincial union {@link #ownerUnitId}. */
    public boolean isAssociation() { return type == UnitType.MEMBER_ASSOCIATION; }

    /** Records of units begin with the first year of the cluster scheme: before it, an unknown start is unknown. */
    public static final LocalDate RECORDS_BEGIN = LocalDate.of(2022, 1, 1);

    /** The last day the unit acts: the day before its union's merger decision when recorded, else the province date. */
    public LocalDate effectiveEnd() { return unionMergedOn != null ? unionMergedOn.minusDays(1) : validTo; }

    /**
     * Whether the unit is known to exist and act on that day. A unit with no start date is known from the beginning
     * of the records only: it does not "always exist".
     */
    public boolean existsOn(LocalDate date) {
        var end = effectiveEnd();
        boolean started = validFrom != null ? !validFrom.isAfter(date) : !RECORDS_BEGIN.isAfter(date);
        return started && (end == null || !end.isBefore(date));
    }

    /**
     * The status the unit had on that day: a unit that merged or was dissolved later was still active then (its
     * stored status is today's). Without a date, today's status.
     */
    public UnitStatus statusOn(LocalDate date) {
        if (date == null || status == UnitStatus.ACTIVE) return status;
        var end = effectiveEnd();
        return end != null && !end.isBefore(date) ? UnitStatus.ACTIVE : status;
    }

    /** Whether the unit had ended (merged, dissolved) by that day: its last acting day is on or before it. */
    public boolean endedBy(LocalDate date) { var end = effectiveEnd(); return end != null && !end.isAfter(date); }
}

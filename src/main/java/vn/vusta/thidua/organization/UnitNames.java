package vn.vusta.thidua.organization;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The name a unit carried on a given day (review D8): a past year is shown with that year's names, so Cụm 4 of 2024
 * lists "Thừa Thiên Huế" although the union is "TP Huế" since 01/01/2025. The former names are reference data
 * (migrations only); they are read once, at start-up, in one statement.
 */
@Component
public class UnitNames {
    record FormerName(long unitId, LocalDate validTo, String name, String shortName, String legalRef) {}

    private final JdbcClient jdbc;
    private volatile Map<Long, List<FormerName>> formerNames;

    UnitNames(JdbcClient jdbc) { this.jdbc = jdbc; }

    /** Read at start-up, so that no page pays for the first read (and statement counts stay the same on every call). */
    @EventListener(ApplicationReadyEvent.class)
    void load() { register(); }

    /** The unit as named on that day: its current summary, or a copy carrying the name it bore then. */
    public UnitSummary on(UnitSummary unit, LocalDate date) {
        if (unit == null || date == null) return unit;
        var names = register().get(unit.id());
        if (names == null) return unit;
        for (var former : names) {
            if (!date.isAfter(former.validTo())) {
                return new UnitSummary(unit.id(), unit.code(), former.name(), former.shortName(), unit.type(), unit.province(),
                        unit.status(), unit.validFrom(), unit.validTo(), unit.unionMergedOn(), unit.ownerUnitId(), unit.demo());
            }
        }
        return unit;
    }

    private Map<Long, List<FormerName>> register() {
        var known = formerNames;
        if (known == null) {
            known = jdbc.sql("select unit_id, valid_to, name, short_name, legal_ref from unit_former_name")
                    .query((rs, i) -> new FormerName(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                            rs.getString(4), rs.getString(5))).list().stream()
                    .sorted(Comparator.comparing(FormerName::validTo))
                    .collect(Collectors.groupingBy(FormerName::unitId));
            formerNames = known;
        }
        return known;
    }
}

package vn.vusta.thidua.organization;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.vusta.thidua.common.Messages;
import vn.vusta.thidua.common.VietnameseText;

/**
 * How every page names a unit. A merged-away union and its successor often carry the same name (the Hải Phòng union
 * until 30/06/2025 and the one from 01/07/2025); wherever a name is shared, it is followed by the unit's period
 * ("TP Hải Phòng (đến 30/06/2025)", "TP Hải Phòng (từ 01/07/2025)") or, lacking dates, its code. A member association
 * whose name another unit also carries ("Hội Tin học" exists in every province) is followed by its union instead:
 * "Hội Tin học – LHH Hải Dương". Templates call it as
 * {@code ${@unitLabels.of(u.id, u.shortName)}}, so titles, lists, cluster members and drop-downs all agree.
 * <p>
 * The register of names is read once when the application starts (one statement) and read again right after a
 * transaction that created or changed a unit commits ({@link UnitChanges}), so pages never pay for it.
 */
@Component("unitLabels")
public class UnitLabels {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcClient jdbc;
    private final Messages messages;
    private volatile Register register;

    UnitLabels(JdbcClient jdbc, Messages messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /** The name as given, followed by the period (or code) of the unit when another unit has the same name. */
    public String of(Long unitId, String name) {
        if (unitId == null || name == null) return name;
        var unit = register().ambiguous().get(unitId);
        if (unit == null || !unit.shares(name)) return name;
        if (unit.ownerId() != null) return messages.get("association.label", name, ownerLabel(unit.ownerId()));
        return name + " (" + suffix(unit) + ")";
    }

    public String of(UnitSummary unit) { return unit == null ? null : of(unit.id(), unit.name()); }

    public String shortName(UnitSummary unit) { return unit == null ? null : of(unit.id(), unit.shortName()); }

    /** Only the part in brackets ("đến 30/06/2025"), or empty when the unit's name is its own. */
    public String period(Long unitId) {
        var unit = unitId == null ? null : register().ambiguous().get(unitId);
        return unit == null ? "" : suffix(unit);
    }

    private String ownerLabel(long ownerId) {
        var owner = register().owners().get(ownerId);
        return owner == null ? "" : of(owner.id(), owner.shortName());
    }

    private String suffix(Named unit) {
        if (unit.validTo() != null) return messages.get("unit.period.until", unit.validTo().format(DATE));
        if (unit.validFrom() != null) return messages.get("unit.period.from", unit.validFrom().format(DATE));
        return unit.code();
    }

    private Register register() {
        var current = register;
        if (current == null) current = reload();
        return current;
    }

    @EventListener(ApplicationReadyEvent.class)
    void preload() { reload(); }

    /** Reads every unit's name and period again (after a unit was created or changed). */
    Register reload() {
        List<Named> all = jdbc.sql("select id, code, name, short_name, valid_from, valid_to, owner_unit_id from unit")
                .query((rs, i) -> new Named(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("short_name"),
                        rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class), false, false,
                        rs.getObject("owner_unit_id", Long.class)))
                .list();
        var byName = all.stream().collect(Collectors.groupingBy(Named::foldedName, Collectors.counting()));
        var byShortName = all.stream().collect(Collectors.groupingBy(Named::foldedShortName, Collectors.counting()));
        var ambiguous = new HashMap<Long, Named>();
        for (var u : all) {
            boolean name = byName.get(u.foldedName()) > 1;
            boolean shortName = byShortName.get(u.foldedShortName()) > 1;
            if (name || shortName) ambiguous.put(u.id(), new Named(u.id(), u.code(), u.name(), u.shortName(), u.validFrom(), u.validTo(), name,
                    shortName, u.ownerId(), u.foldedName(), u.foldedShortName()));
        }
        var ownerIds = all.stream().map(Named::ownerId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        var owners = all.stream().filter(u -> ownerIds.contains(u.id())).collect(Collectors.toMap(Named::id, u -> u));
        var loaded = new Register(Map.copyOf(ambiguous), Map.copyOf(owners));
        register = loaded;
        return loaded;
    }

    private record Register(Map<Long, Named> ambiguous, Map<Long, Named> owners) {}

    private record Named(long id, String code, String name, String shortName, LocalDate validFrom, LocalDate validTo,
                         boolean nameShared, boolean shortNameShared, Long ownerId, String foldedName, String foldedShortName) {
        Named(long id, String code, String name, String shortName, LocalDate validFrom, LocalDate validTo,
              boolean nameShared, boolean shortNameShared, Long ownerId) {
            this(id, code, name, shortName, validFrom, validTo, nameShared, shortNameShared, ownerId,
                    VietnameseText.fold(name), VietnameseText.fold(shortName));
        }

        /** Whether the name being shown is one that another unit also carries (folded once, when the register is read). */
        boolean shares(String shown) {
            String folded = shown.equals(name) ? foldedName : shown.equals(shortName) ? foldedShortName : VietnameseText.fold(shown);
            return (nameShared && folded.equals(foldedName)) || (shortNameShared && folded.equals(foldedShortName))
                    || (!folded.equals(foldedName) && !folded.equals(foldedShortName));
        }
    }
}

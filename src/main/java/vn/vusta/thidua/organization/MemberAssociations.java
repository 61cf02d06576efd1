package vn.vusta.thidua.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.audit.AuditTrail;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.ConcurrentEditException;
import vn.vusta.thidua.common.NotFoundException;

/**
 * A provincial union's member associations (hội thành viên): registered by the union's officer or the office, ended
 * with a date (never deleted: their history stays). All audited.
 */
@Service
class MemberAssociations {
    private final Units units;
    private final UnitCatalog catalog;
    private final AuditTrail audit;
    private final Clock clock;

    MemberAssociations(Units units, UnitCatalog catalog, AuditTrail audit, Clock clock) {
        this.units = units;
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("@unitPolicy.mayAddAssociations(#unionId)")
    @Transactional
    Unit create(long unionId, AssociationForm form) {
        var union = units.findById(unionId).orElseThrow(() -> new NotFoundException("unit", unionId));
        if (union.getType() != UnitType.PROVINCIAL_UNION) throw new BusinessRuleException("association.owner.notUnion", union.getShortName());
        String name = UnitService.trim(form.name());
        String shortName = UnitService.trim(form.shortName());
        if (name == null) throw new BusinessRuleException("unit.name.required");
        if (shortName == null) throw new BusinessRuleException("unit.shortName.required");
        var sameName = catalog.search(new UnitCatalog.Criteria(null, UnitType.MEMBER_ASSOCIATION, null, null, unionId)).stream()
                .filter(a -> a.ownerUnitId() == unionId && a.status() == UnitStatus.ACTIVE && a.name().equalsIgnoreCase(name)).findFirst();
        if (sameName.isPresent()) throw new BusinessRuleException("association.name.taken", name, union.getShortName());
        var unit = Unit.association(nextCode(union), unionId, union.getProvince(), false);
        unit.describe(name, shortName, UnitType.MEMBER_ASSOCIATION, union.getProvince(), UnitStatus.ACTIVE,
                form.validFrom() != null ? form.validFrom() : LocalDate.now(clock), null);
        unit.changeContact(form.contact());
        units.saveAndFlush(unit);
        audit.record("MEMBER_ASSOCIATION_CREATED", "unit", unit.getId(), "Thêm hội thành viên " + name + " của " + union.getName(),
                null, unit.snapshot());
        return unit;
    }

    /** Ends the association on {@code lastDay} (dissolved, or left the union): it stays in the register. */
    @PreAuthorize("@unitPolicy.mayManageAssociation(#id)")
    @Transactional
    Unit end(long id, Long version, LocalDate lastDay) {
        var unit = units.findById(id).orElseThrow(() -> new NotFoundException("unit", id));
        ConcurrentEditException.check(unit.getVersion(), version);
        if (lastDay == null) throw new BusinessRuleException("association.end.dateRequired");
        var before = unit.snapshot();
        unit.end(lastDay);
        units.saveAndFlush(unit);
        var after = new LinkedHashMap<>(unit.snapshot());
        audit.record("MEMBER_ASSOCIATION_ENDED", "unit", id, "Ghi nhận " + unit.getName() + " thôi hoạt động từ sau ngày " + lastDay,
                before, after);
        return unit;
    }

    /** The union's code, "-H" and the next free number: "LHH-HDG-H007". */
    private String nextCode(Unit union) {
        String prefix = union.getCode() + "-H";
        int next = units.countByCodeStartingWith(prefix) + 1;
        while (units.findByCode(prefix + "%03d".formatted(next)).isPresent()) next++;
        return prefix + "%03d".formatted(next);
    }
}

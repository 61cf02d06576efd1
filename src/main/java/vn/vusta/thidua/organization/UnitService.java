package vn.vusta.thidua.organization;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.audit.AuditTrail;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.ConcurrentEditException;
import vn.vusta.thidua.identity.ActorContext;

/** Changes to units: the VUSTA office edits everything, a unit's own officer its contact details. All audited. */
@Service
class UnitService {
    private final Units units;
    private final ActorContext actors;
    private final AuditTrail audit;
    private final Clock clock;
    private final UnitPolicy policy;

    private final UnitLineages lineages;

    UnitService(Units units, ActorContext actors, AuditTrail audit, Clock clock, UnitPolicy policy, UnitLineages lineages) {
        this.lineages = lineages;
        this.clock = clock;
        this.policy = policy;
        this.units = units;
        this.actors = actors;
        this.audit = audit;
    }

    @PreAuthorize("@unitPolicy.mayKeepRegister()")
    @Transactional
    Unit create(UnitForm form) {
        String code = trim(form.code());
        if (code == null || !code.matches("[A-Za-z0-9._-]{2,40}")) throw new BusinessRuleException("unit.code.invalid");
        if (units.findByCode(code).isPresent()) throw new BusinessRuleException("unit.code.taken", code);
        var unit = new Unit(code, form.type());
        describe(unit, form);
        unit.changeContact(checked(form.contact()));
        units.saveAndFlush(unit);
        audit.record("UNIT_CREATED", "unit", unit.getId(), "Tạo đơn vị " + unit.getName(), null, unit.snapshot());
        return unit;
    }

    /**
     * Admin: all fields; the officer of the union holding a member association: its names and start date too; the
     * unit's own officer: contact details only (other fields are ignored).
     */
    @PreAuthorize("@unitPolicy.mayEdit(#id)")
    @Transactional
    Unit update(long id, UnitForm form) {
        var actor = actors.current();
        var unit = units.findById(id).orElseThrow(() -> new vn.vusta.thidua.common.NotFoundException("unit", id));
        ConcurrentEditException.check(unit.getVersion(), form.version());
        var before = unit.snapshot();
        if (actor.isOffice()) describe(unit, form);
        else if (policy.mayManageAssociation(id)) describeAssociation(unit, form);
        unit.changeContact(checked(form.contact()));
        units.saveAndFlush(unit);
        audit.record("UNIT_UPDATED", "unit", id, "Sửa thông tin " + unit.getName(), before, unit.snapshot());
        return unit;
    }

    private void describe(Unit unit, UnitForm form) {
        String name = trim(form.name());
        String shortName = trim(form.shortName());
        if (name == null) throw new BusinessRuleException("unit.name.required");
        if (shortName == null) throw new BusinessRuleException("unit.shortName.required");
        if (form.type() == null) throw new BusinessRuleException("unit.type.required");
        if ((form.type() == UnitType.MEMBER_ASSOCIATION) != (unit.getOwnerUnitId() != null)) {
            throw new BusinessRuleException("association.type.fixed");
        }
        if (form.status() == null) throw new BusinessRuleException("unit.status.required");
        if (form.validFrom() != null && form.validTo() != null && form.validTo().isBefore(form.validFrom())) {
            throw new BusinessRuleException("unit.dates.order");
        }
        if (form.status() == UnitStatus.ACTIVE && form.validTo() != null && form.validTo().isBefore(LocalDate.now(clock))) {
            throw new BusinessRuleException("unit.active.ended");
        }
        keepsItsLineage(unit, form);
        unit.describe(name, shortName, form.type(), trim(form.province()), form.status(), form.validFrom(), form.validTo());
    }

    /**
     * An edit cannot contradict the lineage (review D11): a unit merged into a successor stays MERGED and ends the day
     * before the merger; MERGED is only reached through a recorded merger; a unit with lineage keeps its type, since
     * predecessors and successor are of one type. Corrections of a merger itself go through the register's own path.
     */
    private void keepsItsLineage(Unit unit, UnitForm form) {
        var link = lineages.findByPredecessorId(unit.getId()).stream().findFirst();
        if (link.isPresent()) {
            var lastDay = link.get().getEffectiveDate().minusDays(1);
            if (form.status() != UnitStatus.MERGED || !lastDay.equals(form.validTo())) {
                throw new BusinessRuleException("unit.lineage.mergedFixed", lastDay);
            }
        } else if (form.status() == UnitStatus.MERGED) {
            throw new BusinessRuleException("unit.merged.noSuccessor");
        }
        boolean linked = link.isPresent() || !lineages.findBySuccessorId(unit.getId()).isEmpty();
        if (linked && form.type() != unit.getType()) throw new BusinessRuleException("unit.lineage.typeFixed");
    }

    private static void describeAssociation(Unit unit, UnitForm form) {
        String name = trim(form.name());
        String shortName = trim(form.shortName());
        if (name == null) throw new BusinessRuleException("unit.name.required");
        if (shortName == null) throw new BusinessRuleException("unit.shortName.required");
        unit.describeAssociation(name, shortName, form.validFrom());
    }

    /** The same rules as the form's constraints, for every way in (a service call without a form included). */
    private static Contact checked(Contact c) {
        if (c.email() != null && !c.email().matches(ContactRules.EMAIL)) throw new BusinessRuleException("unit.email.invalid");
        if (c.phone() != null && !c.phone().matches(ContactRules.PHONE)) throw new BusinessRuleException("unit.phone.invalid");
        if (c.website() != null && !c.website().matches(ContactRules.WEBSITE)) throw new BusinessRuleException("unit.website.invalid");
        return c;
    }

    static String trim(String s) { return s == null || s.isBlank() ? null : s.trim(); }
}

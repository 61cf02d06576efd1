package vn.vusta.thidua.organization;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.audit.AuditTrail;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.identity.ActorContext;

/** Records mergers (the office): predecessors end the day before, the successor carries them on. Audited. */
@Service
class Mergers {
    private final UnitCatalog catalog;
    private final Units units;
    private final UnitLineages lineages;
    private final ActorContext actors;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    Mergers(UnitCatalog catalog, Units units, UnitLineages lineages, ActorContext actors, AuditTrail audit,
            ApplicationEventPublisher events) {
        this.catalog = catalog;
        this.units = units;
        this.lineages = lineages;
        this.actors = actors;
        this.audit = audit;
        this.events = events;
    }

    @PreAuthorize("@unitPolicy.mayKeepRegister()")
    @Transactional
    UnitsMerged merge(MergerForm form) {
        var predecessors = form.predecessorIds() == null ? List.<Long>of() : form.predecessorIds().stream().distinct().toList();
        if (predecessors.isEmpty()) throw new BusinessRuleException("merger.predecessors.required");
        if (form.successorId() == null) throw new BusinessRuleException("merger.successor.required");
        if (predecessors.contains(form.successorId())) throw new BusinessRuleException("merger.successor.inPredecessors");
        if (form.effectiveDate() == null) throw new BusinessRuleException("merger.date.required");
        String legalRef = UnitService.trim(form.legalRef());
        if (legalRef == null) throw new BusinessRuleException("merger.ref.required");
        var date = form.effectiveDate();
        var successor = catalog.get(form.successorId());
        if (!successor.existsOn(date)) throw new BusinessRuleException("merger.successor.notExisting", successor.shortName(), date);
        for (long id : predecessors) {
            var p = catalog.get(id);
            var already = catalog.successor(id);
            if (already.isPresent()) throw new BusinessRuleException("merger.predecessor.alreadyMerged", p.shortName(), already.get().unit().shortName());
            if (p.type() != successor.type()) {
                throw new BusinessRuleException("merger.type.mismatch", p.shortName(), successor.shortName());
            }
            if (!p.existsOn(date.minusDays(1))) throw new BusinessRuleException("merger.predecessor.notExisting", p.shortName(), date.minusDays(1));
        }
        var before = new LinkedHashMap<String, Object>();
        for (long id : predecessors) {
            var unit = catalog.entity(id);
            before.put(unit.getCode(), unit.snapshot());
            unit.mergeInto(date);
            if (form.unionEffectiveDate() != null) unit.unionMergesOn(form.unionEffectiveDate());
            var link = new UnitLineage(id, successor.id(), date, legalRef);
            link.recordUnionDecision(UnitService.trim(form.unionLegalRef()), form.unionEffectiveDate());
            lineages.save(link);
        }
        units.flush();
        var after = new LinkedHashMap<String, Object>();
        after.put("successor", successor.code());
        after.put("predecessors", predecessors.stream().map(id -> catalog.get(id).code()).toList());
        after.put("effectiveDate", date.toString());
        after.put("legalRef", legalRef);
        audit.record("UNITS_MERGED", "unit", successor.id(), "Hợp nhất " + predecessors.size() + " đơn vị vào " + successor.name(), before, after);
        var event = new UnitsMerged(predecessors, successor.id(), date, legalRef);
        events.publishEvent(event);
        return event;
    }

    /** The union's own merger decision, for every link into this successor. */
    @PreAuthorize("@unitPolicy.mayKeepRegister()")
    @Transactional
    void recordUnionDecision(long successorId, String reference, LocalDate date) {
        String ref = UnitService.trim(reference);
        if (ref == null) throw new BusinessRuleException("merger.unionRef.required");
        var links = lineages.findBySuccessorId(successorId);
        if (links.isEmpty()) throw new BusinessRuleException("merger.noPredecessors");
        var provinceDate = links.getFirst().getEffectiveDate();
        if (date != null && date.isBefore(provinceDate)) throw new BusinessRuleException("merger.unionDate.beforeProvince", date, provinceDate);
        var before = new LinkedHashMap<String, Object>();
        before.put("unionLegalRef", links.getFirst().getUnionLegalRef());
        before.put("unionEffectiveDate", links.getFirst().getUnionEffectiveDate() == null ? null : links.getFirst().getUnionEffectiveDate().toString());
        links.forEach(l -> {
            l.recordUnionDecision(ref, date);
            catalog.entity(l.getPredecessorId()).unionMergesOn(date);
        });
        var after = new LinkedHashMap<String, Object>();
        after.put("unionLegalRef", ref);
        after.put("unionEffectiveDate", date == null ? null : date.toString());
        audit.record("UNION_MERGER_DECISION_RECORDED", "unit", successorId, "Ghi quyết định hợp nhất Liên hiệp Hội của "
                + catalog.get(successorId).name(), before, after);
    }
}

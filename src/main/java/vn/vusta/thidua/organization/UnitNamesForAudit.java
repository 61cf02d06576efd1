package vn.vusta.thidua.organization;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import vn.vusta.thidua.audit.AuditUnitNames;

/** Names the units an audit page refers to by id: one query for the page, labels that tell same-named units apart. */
@Component
class UnitNamesForAudit implements AuditUnitNames {
    private final UnitCatalog catalog;
    private final UnitLabels labels;

    UnitNamesForAudit(UnitCatalog catalog, UnitLabels labels) {
        this.catalog = catalog;
        this.labels = labels;
    }

    @Override
    public Map<Long, String> names(Collection<Long> unitIds) {
        var names = new LinkedHashMap<Long, String>();
        if (unitIds.isEmpty()) return names;
        catalog.byIds(unitIds).forEach((id, unit) -> names.put(id, labels.of(unit)));
        return names;
    }
}

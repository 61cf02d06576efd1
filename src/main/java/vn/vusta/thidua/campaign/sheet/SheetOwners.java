package vn.vusta.thidua.campaign.sheet;

import org.springframework.stereotype.Component;
import vn.vusta.thidua.cluster.ClusterLevel;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.organization.UnitCatalog;
import vn.vusta.thidua.organization.UnitType;

/**
 * Whose a new sheet is: a union's officer makes sheets of its own union (level PROVINCIAL, for its internal
 * clusters); the office makes VUSTA's sheets (level VUSTA or CENTRAL), owned by VUSTA.
 */
@Component
class SheetOwners {
    private final SheetPolicy policy;
    private final UnitCatalog units;

    SheetOwners(SheetPolicy policy, UnitCatalog units) {
        this.policy = policy;
        this.units = units;
    }

    long ownerFor(ClusterLevel requested) {
        var actor = policy.actor();
        if (actor.isOffice()) {
            return units.search(new UnitCatalog.Criteria(null, UnitType.VUSTA, null, null)).stream().findFirst()
                    .orElseThrow(() -> new IllegalStateException("no VUSTA unit")).id();
        }
        var union = policy.unionOf(actor);
        if (union == null) throw new BusinessRuleException("sheet.owner.none");
        return union;
    }

    ClusterLevel levelFor(ClusterLevel requested) {
        if (!policy.actor().isOffice()) return SheetEditor.UNION_LEVEL;
        if (requested == null || requested == ClusterLevel.PROVINCIAL) return ClusterLevel.VUSTA;
        return requested;
    }
}

package vn.vusta.thidua.campaign.assessment;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import vn.vusta.thidua.campaign.Campaign;
import vn.vusta.thidua.campaign.Campaigns;
import vn.vusta.thidua.campaign.registration.Registrations;
import vn.vusta.thidua.campaign.sheet.Criterion;
import vn.vusta.thidua.campaign.sheet.Formula;
import vn.vusta.thidua.campaign.sheet.ScoreRule;
import vn.vusta.thidua.campaign.sheet.ScoringSheet;
import vn.vusta.thidua.campaign.sheet.ScoringSheets;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.NotFoundException;

/**
 * The criteria of a sheet's campaign and the unit's registered targets, and the points a value earns under the
 * criterion's {@link ScoreRule}. Relative to the best is not scored per sheet (the totals do it, against the cluster).
 */
@Component
class SheetScoring {
    private final Campaigns campaigns;
    private final ScoringSheets scoringSheets;
    private final Registrations registrations;

    SheetScoring(Campaigns campaigns, ScoringSheets scoringSheets, Registrations registrations) {
        this.campaigns = campaigns;
        this.scoringSheets = scoringSheets;
        this.registrations = registrations;
    }

    /** The campaign, its criteria tree and the unit's targets by criterion. */
    record Basis(Campaign campaign, ScoringSheet tree, Map<Long, Criterion> criteria, Map<Long, BigDecimal> targets) {
        Criterion criterion(long id) {
            var c = criteria.get(id);
            if (c == null) throw new BusinessRuleException("scoreSheet.criterion.unknown");
            return c;
        }
    }

    Basis basis(ScoreSheet sheet) {
        var campaign = campaigns.findById(sheet.getCampaignId()).orElseThrow(() -> new NotFoundException("campaign", sheet.getCampaignId()));
        var tree = scoringSheets.withCriteria(campaign.getScoringSheetId()).orElseThrow(() -> new NotFoundException("sheet", campaign.getScoringSheetId()));
        var criteria = new HashMap<Long, Criterion>();
        tree.getCriteria().forEach(c -> criteria.put(c.getId(), c));
        var registration = registrations.findByCampaignIdAndUnitId(sheet.getCampaignId(), sheet.getUnitId());
        if (registration.isEmpty() && sheet.getCarriedFromUnitId() != null) {
            registration = registrations.findByCampaignIdAndUnitId(sheet.getCampaignId(), sheet.getCarriedFromUnitId());
        }
        return new Basis(campaign, tree, criteria, registration.map(r -> r.targetsByCriterion()).orElse(Map.of()));
    }

    /** The points of {@code value} (null when not known: no value, no target, relative to best); a bad value names the criterion. */
    static BigDecimal points(Criterion c, BigDecimal value, BigDecimal target) {
        if (value == null || c.getFormula() == Formula.RELATIVE_TO_BEST) {
            if (value != null && value.signum() < 0) throw invalid(c, new BusinessRuleException("score.value.negative"));
            return null;
        }
        try {
            return ScoreRule.of(c).points(value, target, null);
        } catch (BusinessRuleException e) {
            throw invalid(c, e);
        }
    }

    private static BusinessRuleException invalid(Criterion c, BusinessRuleException e) {
        return new BusinessRuleException("scoreSheet.value.invalid", c.getCode(), new DefaultMessageSourceResolvable(new String[] {e.messageKey()}, e.args()));
    }
}

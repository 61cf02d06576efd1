package vn.vusta.thidua.campaign.ranking;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vusta.thidua.audit.AuditTrail;
import vn.vusta.thidua.campaign.Campaigns;
import vn.vusta.thidua.campaign.ScoresPublished;
import vn.vusta.thidua.campaign.assessment.ScoreSheetStatus;
import vn.vusta.thidua.campaign.assessment.ScoreSheets;
import vn.vusta.thidua.campaign.assessment.SheetTotals;
import vn.vusta.thidua.campaign.sheet.ScoringSheets;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.NotFoundException;
import vn.vusta.thidua.identity.ActorContext;
import vn.vusta.thidua.organization.UnitCatalog;

/**
 * Publication of a campaign's results by the office, all or nothing: every sheet must be final; then the campaign
 * and every sheet become PUBLISHED with the totals of the published table stored on it, the scoring sheet is locked for good, the change is audited and
 * {@link ScoresPublished} goes out after commit. Published results never change again.
 */
@Service
public class Publication {
    private final Campaigns campaigns;
    private final ScoreSheets scoreSheets;
    private final ScoringSheets sheets;
    private final SheetTotals totals;
    private final UnitCatalog units;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ActorContext actors;
    private final Clock clock;

    Publication(Campaigns campaigns, ScoreSheets scoreSheets, ScoringSheets sheets, SheetTotals totals, UnitCatalog units, AuditTrail audit,
                ApplicationEventPublisher events, ActorContext actors, Clock clock) {
        this.totals = totals;
        this.campaigns = campaigns;
        this.scoreSheets = scoreSheets;
        this.sheets = sheets;
        this.units = units;
        this.audit = audit;
        this.events = events;
        this.actors = actors;
        this.clock = clock;
    }

    /** A unit whose sheet keeps the campaign from being published, and the sheet's state. */
    public record Waiting(String unit, ScoreSheetStatus status) {}

    /** Units whose sheet is not final yet, in Vietnamese order of their names (empty: ready to publish). */
    @Transactional(readOnly = true)
    public List<Waiting> notFinal(long campaignId) {
        var open = scoreSheets.findByCampaignId(campaignId).stream().filter(s -> s.getStatus() != ScoreSheetStatus.FINAL
                && s.getStatus() != ScoreSheetStatus.PUBLISHED).toList();
        var names = units.byIds(open.stream().map(s -> s.getUnitId()).toList());
        return open.stream().map(s -> new Waiting(names.get(s.getUnitId()).shortName(), s.getStatus()))
                .sorted(vn.vusta.thidua.common.VietnameseText.byName(Waiting::unit)).toList();
    }

    @Transactional
    public void publish(long campaignId, long version) {
        var actor = actors.current();
        if (!actor.isOffice()) throw new AccessDeniedException("the office publishes results");
        var campaign = campaigns.findById(campaignId).orElseThrow(() -> new NotFoundException("campaign", campaignId));
        vn.vusta.thidua.common.ConcurrentEditException.check(campaign.getVersion(), version);
        if (campaign.isPublished()) throw new BusinessRuleException("result.publish.already");
        var all = scoreSheets.ofCampaign(campaignId);
        if (all.isEmpty()) throw new BusinessRuleException("result.publish.noSheets");
        var waiting = notFinal(campaignId);
        if (!waiting.isEmpty()) {
            throw new BusinessRuleException("result.publish.notFinal", waiting.size(),
                    String.join(", ", waiting.stream().map(Waiting::unit).toList()));
        }
        var now = clock.instant();
        campaign.publish(actor.username(), now);
        // the totals stored on each sheet are those of the table being published (a criterion relative to the best
        // counts against the cluster's best, which a sheet saved on its own could not know)
        if (campaign.getScoringSheetId() != null) {
            totals.store(sheets.withCriteria(campaign.getScoringSheetId()).orElseThrow(), all);
        }
        all.forEach(s -> s.publish());
        if (campaign.getScoringSheetId() != null) {
            var sheet = sheets.findById(campaign.getScoringSheetId()).orElseThrow();
            if (!sheet.isLocked()) sheet.lock("Dùng cho kết quả đã công bố: " + campaign.getName());
        }
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("status", "OPEN");
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", "PUBLISHED");
        after.put("sheets", all.size());
        audit.record("CAMPAIGN_RESULTS_PUBLISHED", "campaign", campaign.getId(),
                "Công bố kết quả chấm điểm: " + campaign.getName() + " (" + all.size() + " phiếu)", before, after);
        events.publishEvent(new ScoresPublished(campaign.getId(), campaign.getYear()));
    }
}

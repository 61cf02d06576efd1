package vn.vusta.thidua.campaign;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.audit.AuditTrail;
import vn.vusta.thidua.cluster.ClusterKind;
import vn.vusta.thidua.cluster.ClusterLevel;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.ConcurrentEditException;
import vn.vusta.thidua.common.NotFoundException;
import vn.vusta.thidua.identity.ActorContext;
import vn.vusta.thidua.organization.UnitCatalog;

/**
 * Prepares and opens campaigns. The office prepares VUSTA's campaigns (clusters of provincial unions, or blocks); a
 * union's officer its union's campaign for its internal clusters. Every write is audited; opening publishes
 * {@link CampaignOpened}, delivered to other modules after commit.
 */
@Service
@Transactional
class CampaignService {
    static final String VUSTA_CODE = "LHHVN";
    private final Campaigns campaigns;
    private final SheetChoices sheets;
    private final ActorContext actors;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final UnitCatalog units;
    private final Clock clock;

    CampaignService(Campaigns campaigns, SheetChoices sheets, ActorContext actors, AuditTrail audit, ApplicationEventPublisher events,
                    UnitCatalog units, Clock clock) {
        this.campaigns = campaigns;
        this.sheets = sheets;
        this.actors = actors;
        this.audit = audit;
        this.events = events;
        this.units = units;
        this.clock = clock;
    }

    /** The owner and level of a new campaign by this actor: VUSTA's for the office, else the officer's union. */
    Scope scopeForActor(ClusterKind kind) { return scopeForActor(kind, null); }

    /**
     * As above; the office may name a provincial union ({@code union}) and prepare that union's campaign for its
     * internal clusters on its behalf (the union's officer then manages it too).
     */
    Scope scopeForActor(ClusterKind kind, Long union) {
        var actor = actors.current();
        if (actor.isOffice() && union != null) {
            units.find(union).filter(u -> u.type() == vn.vusta.thidua.organization.UnitType.PROVINCIAL_UNION)
                    .orElseThrow(() -> new BusinessRuleException("campaign.union.unknown"));
            return new Scope(ClusterLevel.PROVINCIAL, ClusterKind.CLUSTER, union);
        }
        if (actor.isOffice()) return new Scope(ClusterLevel.VUSTA, kind == null ? ClusterKind.CLUSTER : kind, vusta());
        return new Scope(ClusterLevel.PROVINCIAL, ClusterKind.CLUSTER, actor.unitId());
    }

    record Scope(ClusterLevel level, ClusterKind kind, long ownerUnitId) {}

    long vusta() { return units.byCode(VUSTA_CODE).orElseThrow(() -> new NotFoundException("unit", VUSTA_CODE)).id(); }

    Campaign create(CampaignForm form) { return create(form, null); }

    Campaign create(CampaignForm form, Long union) {
        var scope = scopeForActor(form.kind(), union);
        var c = new Campaign(form.year(), form.name().strip(), scope.level(), scope.kind(), scope.ownerUnitId());
        apply(c, form);
        campaigns.saveAndFlush(c);
        audit.record("CAMPAIGN_CREATED", "campaign", c.getId(), "Lập đợt thi đua " + c.getName(), null, snapshot(c));
        return c;
    }

    Campaign update(long id, CampaignForm form) {
        var c = get(id);
        ConcurrentEditException.check(c.getVersion(), form.version());
        var before = snapshot(c);
        c.rename(form.name().strip());
        apply(c, form);
        campaigns.saveAndFlush(c);
        audit.record("CAMPAIGN_UPDATED", "campaign", c.getId(), "Sửa đợt thi đua " + c.getName(), before, snapshot(c));
        return c;
    }

    /** Opens the campaign to its units ("Mở đợt thi đua"); listeners hear of it after commit. */
    Campaign open(long id, Long version) {
        var c = get(id);
        ConcurrentEditException.check(c.getVersion(), version);
        var before = snapshot(c);
        c.open(actors.current().username(), Instant.now(clock));
        campaigns.saveAndFlush(c);
        audit.record("CAMPAIGN_OPENED", "campaign", c.getId(), "Mở đợt thi đua " + c.getName(), before, snapshot(c));
        events.publishEvent(new CampaignOpened(c.getId(), c.getYear()));
        return c;
    }

    private void apply(Campaign c, CampaignForm form) {
        if (form.scoringSheetId() != null && !form.scoringSheetId().equals(c.getScoringSheetId())) {
            if (!sheets.allowed(form.scoringSheetId(), c.getYear(), c.getLevel(), c.getOwnerUnitId())) {
                throw new BusinessRuleException("campaign.sheet.notAllowed", c.getYear());
            }
            c.useSheet(form.scoringSheetId());
        }
        c.schedule(form.deadlines());
        var tieBreak = form.tieBreak() == null || form.tieBreak().isBlank() ? "GROUPS_IN_ORDER" : form.tieBreak().strip();
        if (!CampaignForm.TIE_BREAKS.contains(tieBreak)) throw new BusinessRuleException("campaign.tieBreak.unknown");
        c.configureReview(form.reviewMode() == null ? ReviewMode.HEAD : form.reviewMode(), tieBreak);
    }

    private Campaign get(long id) { return campaigns.findById(id).orElseThrow(() -> new NotFoundException("campaign", id)); }

    static Map<String, Object> snapshot(Campaign c) {
        var m = new LinkedHashMap<String, Object>();
        m.put("name", c.getName());
        m.put("year", c.getYear());
        m.put("level", c.getLevel());
        m.put("kind", c.getKind());
        m.put("ownerUnitId", c.getOwnerUnitId());
        m.put("scoringSheetId", c.getScoringSheetId());
        m.put("status", c.getStatus());
        m.put("reviewMode", c.getReviewMode());
        m.put("tieBreak", c.getTieBreak());
        c.deadlines().inOrder().forEach(d -> m.put(d.key(), d.date() == null ? null : d.date().toString()));
        return m;
    }
}

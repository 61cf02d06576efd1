package vn.vusta.thidua.campaign.registration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.audit.AuditTrail;
import vn.vusta.thidua.campaign.Campaign;
import vn.vusta.thidua.campaign.CampaignClusters;
import vn.vusta.thidua.campaign.CampaignStatus;
import vn.vusta.thidua.campaign.Campaigns;
import vn.vusta.thidua.campaign.covenant.CovenantStatus;
import vn.vusta.thidua.campaign.covenant.Covenants;
import vn.vusta.thidua.campaign.sheet.Criterion;
import vn.vusta.thidua.campaign.sheet.CriterionType;
import vn.vusta.thidua.campaign.sheet.ScoringSheets;
import vn.vusta.thidua.cluster.ClusterView;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.ConcurrentEditException;
import vn.vusta.thidua.common.NotFoundException;
import vn.vusta.thidua.identity.ActorContext;
import vn.vusta.thidua.organization.UnitCatalog;

/**
 * A member unit's registration: saved as a draft, submitted (after the deadline it is accepted and marked late),
 * reopened with a reason by the cluster head or the office, carried over by the office to a merged-away unit's
 * successor. Every write is audited.
 */
@Service
@Transactional
public class RegistrationService {
    private final Registrations registrations;
    private final Campaigns campaigns;
    private final CampaignClusters clusters;
    private final ScoringSheets sheets;
    private final Covenants covenants;
    private final ActorContext actors;
    private final AuditTrail audit;
    private final UnitCatalog units;
    private final Clock clock;

    RegistrationService(Registrations registrations, Campaigns campaigns, CampaignClusters clusters, ScoringSheets sheets,
                        Covenants covenants, ActorContext actors, AuditTrail audit, UnitCatalog units, Clock clock) {
        this.registrations = registrations;
        this.campaigns = campaigns;
        this.clusters = clusters;
        this.sheets = sheets;
        this.covenants = covenants;
        this.actors = actors;
        this.audit = audit;
        this.units = units;
        this.clock = clock;
    }

    /** What the registration page of the actor's unit shows. */
    public record Page(Campaign campaign, ClusterView cluster, long unitId, Registration registration, RegistrationForm form,
                       List<Criterion> quantitative, boolean editable) {}

    @Transactional(readOnly = true)
    public Page page(long campaignId) {
        var c = campaign(campaignId);
        long unitId = actors.current().unitId();
        var cluster = CampaignClusters.clusterOfUnit(clusters.of(c), unitId).orElseThrow(() -> new BusinessRuleException("registration.notMember"));
        var r = registrations.findByCampaignIdAndUnitId(campaignId, unitId).orElse(null);
        var quantitative = quantitative(c);
        var form = formOf(r, quantitative);
        return new Page(c, cluster, unitId, r, form, quantitative,
                c.getStatus() == CampaignStatus.OPEN && (r == null || r.getStatus() == Registration.Status.DRAFT));
    }

    /** Saves the draft, and submits it when asked; answers whether it went in late. */
    public boolean save(long campaignId, RegistrationForm form, boolean submit) {
        var c = campaign(campaignId);
        if (c.getStatus() != CampaignStatus.OPEN) throw new BusinessRuleException("registration.campaignNotOpen");
        var actor = actors.current();
        long unitId = actor.unitId();
        var cluster = CampaignClusters.clusterOfUnit(clusters.of(c), unitId).orElseThrow(() -> new BusinessRuleException("registration.notMember"));
        var existing = registrations.findByCampaignIdAndUnitId(campaignId, unitId);
        existing.ifPresent(r -> ConcurrentEditException.check(r.getVersion(), form.getVersion()));
        var r = existing.orElseGet(() -> new Registration(campaignId, cluster.id(), unitId));
        var before = existing.map(RegistrationService::snapshot).orElse(null);
        var specs = new ArrayList<TargetSpec>();
        for (var row : form.getTargets()) {
            if (row.blank() || row.getCriterionId() != null && row.getTargetValue() == null) continue;
            specs.add(new TargetSpec(row.getCriterionId(), row.getIndicator(), row.getUnitOfMeasure(), row.getTargetValue()));
        }
        r.fill(specs, form.aimedTitles());
        boolean late = false;
        if (submit) {
            var targeted = r.targetsByCriterion();
            for (var q : quantitative(c)) {
                // relative to the cluster's best: scored without a target, so a target there is optional
                if (q.getFormula() == vn.vusta.thidua.campaign.sheet.Formula.RELATIVE_TO_BEST) continue;
                if (!targeted.containsKey(q.getId())) throw new BusinessRuleException("registration.criterionTarget.missing", q.getCode() + " " + q.getName());
            }
            var due = c.deadlines().registration();
            late = due != null && LocalDate.now(clock).isAfter(due);
            r.submit(actor.username(), Instant.now(clock), late);
        }
        registrations.saveAndFlush(r);
        audit.record(submit ? "REGISTRATION_SUBMITTED" : "REGISTRATION_SAVED", "registration", r.getId(),
                (submit ? "Gửi đăng ký thi đua" : "Lưu bản đăng ký thi đua") + (late ? " (muộn)" : "") + " – " + c.getName(), before, snapshot(r));
        return late;
    }

    public void reopen(long campaignId, long registrationId, String reason) {
        var r = registration(campaignId, registrationId);
        covenants.findByCampaignIdAndClusterId(campaignId, r.getClusterId()).filter(cv -> cv.getStatus() != CovenantStatus.DRAFT)
                .ifPresent(cv -> { throw new BusinessRuleException("registration.reopen.covenantCompiled"); });
        var before = snapshot(r);
        r.reopen(reason, actors.current().username(), Instant.now(clock));
        registrations.saveAndFlush(r);
        audit.record("REGISTRATION_REOPENED", "registration", r.getId(), "Mở lại bản đăng ký: " + reason.strip(), before, snapshot(r));
    }

    /** The office carries a merged-away unit's registration over to its successor; answers the successor's name. */
    public String carryOver(long campaignId, long registrationId) {
        var r = registration(campaignId, registrationId);
        var successor = units.successor(r.getUnitId()).map(UnitCatalog.LineageLink::unit)
                .orElseThrow(() -> new BusinessRuleException("registration.carryOver.noSuccessor"));
        if (registrations.findByCampaignIdAndUnitId(campaignId, successor.id()).isPresent()) {
            throw new BusinessRuleException("registration.carryOver.successorRegistered", successor.shortName());
        }
        var before = snapshot(r);
        r.carryOverTo(successor.id());
        registrations.saveAndFlush(r);
        audit.record("REGISTRATION_CARRIED_OVER", "registration", r.getId(), "Chuyển bản đăng ký sang " + successor.name(), before, snapshot(r));
        return successor.shortName();
    }

    /** A registration as its unit, the cluster head or the office reads it. */
    public record View(Campaign campaign, Registration registration, List<Target> targets, String unitName, String carriedFromName,
                       String successorName) {}

    @Transactional(readOnly = true)
    public View view(long campaignId, long registrationId) {
        var r = registration(campaignId, registrationId);
        var names = units.byIds(java.util.stream.Stream.of(r.getUnitId(), r.getCarriedFromUnitId()).filter(java.util.Objects::nonNull).toList());
        var successor = units.successor(r.getUnitId()).map(l -> l.unit().name()).orElse(null);
        return new View(campaign(campaignId), r, r.getTargets(), names.get(r.getUnitId()).name(),
                r.getCarriedFromUnitId() == null ? null : names.get(r.getCarriedFromUnitId()).name(), successor);
    }

    private List<Criterion> quantitative(Campaign c) {
        if (c.getScoringSheetId() == null) return List.of();
        return sheets.withCriteria(c.getScoringSheetId()).map(s -> s.leaves().stream()
                .filter(x -> x.getType() == CriterionType.QUANTITATIVE).toList()).orElse(List.of());
    }

    private static RegistrationForm formOf(Registration r, List<Criterion> quantitative) {
        var form = new RegistrationForm();
        var byCriterion = new LinkedHashMap<Long, Target>();
        if (r != null) {
            form.setVersion(r.getVersion());
            form.readTitles(r.getAimedTitles());
            r.getTargets().stream().filter(t -> t.getCriterionId() != null).forEach(t -> byCriterion.put(t.getCriterionId(), t));
        }
        for (var q : quantitative) {
            var t = byCriterion.get(q.getId());
            form.getTargets().add(new RegistrationForm.Row(q.getId(), q.getCode(), t != null ? t.getIndicator() : q.getName(),
                    t != null ? t.getUnitOfMeasure() : q.getUnitOfMeasure(), t != null ? t.getTargetValue() : null));
        }
        if (r != null) r.getTargets().stream().filter(t -> t.getCriterionId() == null).forEach(t ->
                form.getTargets().add(new RegistrationForm.Row(null, null, t.getIndicator(), t.getUnitOfMeasure(), t.getTargetValue())));
        for (int i = 0; i < 3; i++) form.getTargets().add(new RegistrationForm.Row());
        return form;
    }

    private Campaign campaign(long id) { return campaigns.findById(id).orElseThrow(() -> new NotFoundException("campaign", id)); }

    private Registration registration(long campaignId, long id) {
        return registrations.findById(id).filter(r -> r.getCampaignId() == campaignId).orElseThrow(() -> new NotFoundException("registration", id));
    }

    static Map<String, Object> snapshot(Registration r) {
        var m = new LinkedHashMap<String, Object>();
        m.put("unitId", r.getUnitId());
        m.put("carriedFromUnitId", r.getCarriedFromUnitId());
        m.put("status", r.getStatus());
        m.put("late", r.isLate());
        m.put("aimedTitles", r.getAimedTitles());
        m.put("targets", r.getTargets().stream().map(t -> t.getIndicator() + ": " + t.getTargetValue().stripTrailingZeros().toPlainString()
                + " " + t.getUnitOfMeasure()).toList());
        return m;
    }
}

package vn.vusta.thidua.campaign.covenant;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.audit.AuditTrail;
import vn.vusta.thidua.campaign.Campaign;
import vn.vusta.thidua.campaign.CampaignClusters;
import vn.vusta.thidua.campaign.Campaigns;
import vn.vusta.thidua.campaign.registration.Registration;
import vn.vusta.thidua.campaign.registration.Registrations;
import vn.vusta.thidua.cluster.ClusterView;
import vn.vusta.thidua.common.ConcurrentEditException;
import vn.vusta.thidua.common.NotFoundException;
import vn.vusta.thidua.identity.ActorContext;
import vn.vusta.thidua.organization.UnitCatalog;
import vn.vusta.thidua.organization.UnitSummary;

/**
 * A cluster's covenant: compiled by the head from the submitted registrations, confirmed by each party's officer,
 * reopened (clearing the confirmations) with a reason. Every write is audited with what changed.
 */
@Service
@Transactional
public class CovenantService {
    private final Covenants covenants;
    private final Campaigns campaigns;
    private final CampaignClusters clusters;
    private final Registrations registrations;
    private final ActorContext actors;
    private final AuditTrail audit;
    private final UnitCatalog units;
    private final Clock clock;

    CovenantService(Covenants covenants, Campaigns campaigns, CampaignClusters clusters, Registrations registrations,
                    ActorContext actors, AuditTrail audit, UnitCatalog units, Clock clock) {
        this.covenants = covenants;
        this.campaigns = campaigns;
        this.clusters = clusters;
        this.registrations = registrations;
        this.actors = actors;
        this.audit = audit;
        this.units = units;
        this.clock = clock;
    }

    /** A party of the covenant (or a member without a submitted registration) with its targets and confirmation. */
    public record Row(UnitSummary unit, UnitSummary carriedFrom, Registration registration, CovenantParty party) {
        public boolean submitted() { return registration != null && registration.getStatus() == Registration.Status.SUBMITTED; }
    }

    /** Everything the covenant page and its PDF show, read in a few queries. */
    public record View(Campaign campaign, ClusterView cluster, Covenant covenant, List<Row> rows, List<UnitSummary> missing,
                       Long myUnitId) {
        public CovenantParty myParty() {
            if (covenant == null || myUnitId == null) return null;
            return rows.stream().filter(r -> r.party() != null && r.unit().id() == myUnitId).map(Row::party).findFirst().orElse(null);
        }
    }

    @Transactional(readOnly = true)
    public View view(long campaignId, long clusterId) {
        var c = campaign(campaignId);
        var cluster = clusters.cluster(c, clusterId).orElseThrow(() -> new NotFoundException("cluster", clusterId));
        var covenant = covenants.findByCampaignIdAndClusterId(campaignId, clusterId).orElse(null);
        var regs = registrations.ofCluster(campaignId, clusterId);
        var ids = new ArrayList<Long>();
        regs.forEach(r -> { ids.add(r.getUnitId()); if (r.getCarriedFromUnitId() != null) ids.add(r.getCarriedFromUnitId()); });
        cluster.members().forEach(m -> ids.add(m.unit().id()));
        if (covenant != null) covenant.getParties().forEach(p -> ids.add(p.getUnitId()));
        var names = units.byIds(ids);
        var byUnit = new HashMap<Long, Registration>();
        regs.forEach(r -> { r.getTargets(); byUnit.put(r.getUnitId(), r); });
        var rows = new ArrayList<Row>();
        if (covenant != null && covenant.getStatus() != CovenantStatus.DRAFT) {
            for (var p : covenant.getParties()) {
                var r = byUnit.get(p.getUnitId());
                rows.add(new Row(names.get(p.getUnitId()), p.getCarriedFromUnitId() == null ? null : names.get(p.getCarriedFromUnitId()), r, p));
            }
        } else {
            for (var r : order(cluster, regs)) if (r.getStatus() == Registration.Status.SUBMITTED) {
                rows.add(new Row(names.get(r.getUnitId()), r.getCarriedFromUnitId() == null ? null : names.get(r.getCarriedFromUnitId()), r, null));
            }
        }
        var covered = new java.util.HashSet<Long>();
        rows.forEach(x -> { covered.add(x.unit().id()); if (x.carriedFrom() != null) covered.add(x.carriedFrom().id()); });
        var missing = cluster.members().stream().filter(m -> !covered.contains(m.unit().id()))
                .map(m -> names.get(m.unit().id())).toList();
        return new View(c, cluster, covenant, rows, missing, actors.current().unitId());
    }

    /** Submitted registrations in the cluster's member order (a carried-over one where its predecessor stood). */
    private static List<Registration> order(ClusterView cluster, List<Registration> regs) {
        var position = new HashMap<Long, Integer>();
        for (int i = 0; i < cluster.members().size(); i++) position.put(cluster.members().get(i).unit().id(), i);
        return regs.stream().sorted(Comparator.comparingInt((Registration r) -> position.getOrDefault(
                r.getCarriedFromUnitId() != null ? r.getCarriedFromUnitId() : r.getUnitId(), Integer.MAX_VALUE))).toList();
    }

    public void compile(long campaignId, long clusterId, String commitments, String place, Long version) {
        var c = campaign(campaignId);
        var cluster = clusters.cluster(c, clusterId).orElseThrow(() -> new NotFoundException("cluster", clusterId));
        var existing = covenants.findByCampaignIdAndClusterId(campaignId, clusterId);
        existing.ifPresent(cv -> ConcurrentEditException.check(cv.getVersion(), version));
        var covenant = existing.orElseGet(() -> new Covenant(campaignId, clusterId));
        var before = existing.map(CovenantService::snapshot).orElse(null);
        var parties = order(cluster, registrations.ofCluster(campaignId, clusterId)).stream()
                .filter(r -> r.getStatus() == Registration.Status.SUBMITTED)
                .map(r -> new Covenant.Party(r.getUnitId(), r.getCarriedFromUnitId())).toList();
        covenant.compile(commitments, place, parties, actors.current().username(), Instant.now(clock));
        covenants.saveAndFlush(covenant);
        audit.record("COVENANT_COMPILED", "covenant", covenant.getId(), "Lập giao ước thi đua " + cluster.name() + " – " + c.getName(),
                before, snapshot(covenant));
    }

    /** The actor's unit confirms the covenant; answers the unit's name. */
    public String confirm(long campaignId, long clusterId, Long version) {
        var covenant = covenant(campaignId, clusterId);
        ConcurrentEditException.check(covenant.getVersion(), version);
        var actor = actors.current();
        if (actor.unitId() == null) throw new AccessDeniedException("no unit");
        var before = snapshot(covenant);
        long unitId = partyUnitFor(covenant, actor.unitId());
        covenant.confirm(unitId, actor.username(), actor.displayName(), Instant.now(clock));
        covenants.saveAndFlush(covenant);
        var unit = units.get(unitId);
        audit.record("COVENANT_CONFIRMED", "covenant", covenant.getId(), unit.name() + " xác nhận giao ước thi đua"
                + (covenant.getStatus() == CovenantStatus.SIGNED ? " (giao ước đã ký)" : ""), before, snapshot(covenant));
        return unit.shortName();
    }

    /** The party the actor's unit confirms for: its own, or that of a unit it carries on since a merger. */
    private long partyUnitFor(Covenant covenant, long unitId) {
        if (covenant.party(unitId).isPresent()) return unitId;
        var today = java.time.LocalDate.now(clock);
        return covenant.getParties().stream().filter(p -> !p.isConfirmed())
                .filter(p -> units.carrierOn(p.getUnitId(), today).map(u -> u.id() == unitId && u.id() != p.getUnitId()).orElse(false))
                .map(CovenantParty::getUnitId).findFirst().orElse(unitId);
    }

    /** Reopens the covenant: every confirmation is cleared, and the audit entry keeps who had confirmed when. */
    public void reopen(long campaignId, long clusterId, String reason, Long version) {
        var covenant = covenant(campaignId, clusterId);
        ConcurrentEditException.check(covenant.getVersion(), version);
        var before = snapshot(covenant);
        covenant.reopen(reason);
        covenants.saveAndFlush(covenant);
        audit.record("COVENANT_REOPENED", "covenant", covenant.getId(), "Mở lại giao ước thi đua: " + reason.strip(), before, snapshot(covenant));
    }

    private Covenant covenant(long campaignId, long clusterId) {
        return covenants.findByCampaignIdAndClusterId(campaignId, clusterId).orElseThrow(() -> new NotFoundException("covenant", clusterId));
    }

    private Campaign campaign(long id) { return campaigns.findById(id).orElseThrow(() -> new NotFoundException("campaign", id)); }

    static Map<String, Object> snapshot(Covenant c) {
        var m = new LinkedHashMap<String, Object>();
        m.put("status", c.getStatus());
        m.put("commitments", c.getCommitments());
        m.put("place", c.getPlace());
        m.put("parties", c.getParties().stream().map(p -> p.getUnitId() + (p.getCarriedFromUnitId() == null ? "" : " (từ " + p.getCarriedFromUnitId() + ")")).toList());
        m.put("confirmations", c.getParties().stream().filter(CovenantParty::isConfirmed)
                .map(p -> p.getUnitId() + ": " + p.getConfirmedBy() + " " + p.getConfirmedAt()).toList());
        return m;
    }
}

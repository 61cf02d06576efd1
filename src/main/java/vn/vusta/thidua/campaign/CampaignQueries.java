package vn.vusta.thidua.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.campaign.covenant.Covenant;
import vn.vusta.thidua.campaign.covenant.Covenants;
import vn.vusta.thidua.campaign.registration.RegistrationSummary;
import vn.vusta.thidua.campaign.registration.Registrations;
import vn.vusta.thidua.campaign.sheet.ScoringSheets;
import vn.vusta.thidua.cluster.ClusterKind;
import vn.vusta.thidua.cluster.ClusterLevel;
import vn.vusta.thidua.cluster.ClusterQueries;
import vn.vusta.thidua.cluster.ClusterView;
import vn.vusta.thidua.cluster.UnitRef;
import vn.vusta.thidua.common.NotFoundException;
import vn.vusta.thidua.identity.Actor;
import vn.vusta.thidua.organization.UnitCatalog;
import vn.vusta.thidua.organization.UnitSummary;

/** Read side of campaigns: a year's list as the actor may see it, and one campaign's overview, in a few queries. */
@Service
@Transactional(readOnly = true)
public class CampaignQueries {
    private final Campaigns campaigns;
    private final CampaignClusters clusters;
    private final ClusterQueries clusterQueries;
    private final Registrations registrations;
    private final Covenants covenants;
    private final ScoringSheets sheets;
    private final UnitCatalog units;
    private final CampaignPolicy policy;
    private final EntityManager em;
    private final Clock clock;

    CampaignQueries(Campaigns campaigns, CampaignClusters clusters, ClusterQueries clusterQueries, Registrations registrations,
                    Covenants covenants, ScoringSheets sheets, UnitCatalog units, CampaignPolicy policy, EntityManager em, Clock clock) {
        this.campaigns = campaigns;
        this.clusters = clusters;
        this.clusterQueries = clusterQueries;
        this.registrations = registrations;
        this.covenants = covenants;
        this.sheets = sheets;
        this.units = units;
        this.policy = policy;
        this.em = em;
        this.clock = clock;
    }

    /** A campaign in a list; {@code mine}: the actor's unit competes in it or prepares it. */
    public record Row(long id, int year, String name, ClusterLevel level, ClusterKind kind, CampaignStatus status, String owner,
                      LocalDate registrationDue, boolean mine) {}

    public record Listing(int year, List<Integer> years, List<Row> rows) {}

    /** The campaigns of a year the actor may see: opened ones for everyone, drafts for those who prepare them. */
    public Listing list(Integer requested, Actor actor) {
        int year = requested != null ? requested : LocalDate.now(clock).getYear();
        var years = new java.util.TreeSet<Integer>(java.util.Comparator.reverseOrder());
        years.addAll(em.createQuery("select distinct c.year from Campaign c", Integer.class).getResultList());
        years.add(LocalDate.now(clock).getYear());
        var visible = campaigns.findByYearOrderByLevelAscNameAsc(year).stream()
                .filter(c -> c.getStatus() != CampaignStatus.DRAFT || policy.manages(actor, c)).toList();
        var owners = units.byIds(visible.stream().map(Campaign::getOwnerUnitId).distinct().toList());
        var concerns = concerns(actor);
        var rows = visible.stream().map(c -> new Row(c.getId(), c.getYear(), c.getName(), c.getLevel(), c.getKind(), c.getStatus(),
                name(owners.get(c.getOwnerUnitId())), c.deadlines().registration(),
                concerns.contains(key(c)) || actor.unitId() != null && actor.actsFor(c.getOwnerUnitId()))).toList();
        return new Listing(year, List.copyOf(years), rows);
    }

    /** The public list of the API: opened campaigns of a year. */
    public List<Campaign> published(int year) {
        return campaigns.findByYearOrderByLevelAscNameAsc(year).stream().filter(c -> c.getStatus() != CampaignStatus.DRAFT).toList();
    }

    /** (year, level, kind, owner) of every cluster the actor's unit (or a unit it carries on) belongs to. */
    private Set<String> concerns(Actor actor) {
        var out = new HashSet<String>();
        if (actor.unitId() == null) return out;
        for (var m : clusterQueries.membershipsOf(actor.unitId())) {
            var v = m.cluster();
            long owner = v.level() == ClusterLevel.PROVINCIAL && v.owner() != null ? v.owner().id() : 0;
            out.add(v.year() + "/" + v.level() + "/" + v.kind() + "/" + owner);
        }
        return out;
    }

    private static String key(Campaign c) {
        return c.getYear() + "/" + c.getLevel() + "/" + c.getKind() + "/" + (c.getLevel() == ClusterLevel.PROVINCIAL ? c.getOwnerUnitId() : 0);
    }

    /** A deadline and where it stands today: PAST, NEXT (the first still ahead), LATER, or UNSET. */
    public record DeadlineRow(String key, LocalDate date, String state, long days) {}

    /** A member of a covered cluster with its registration; a registration carried to the successor names it. */
    public record MemberRow(UnitRef unit, UnitRef carrier, RegistrationSummary registration, String carriedTo) {}

    public record ClusterRow(ClusterView cluster, List<MemberRow> members, long submitted, Covenant covenant) {
        public long confirmations() { return covenant == null ? 0 : covenant.confirmations(); }
    }

    /** The actor's own part: its unit's cluster and registration, whether it holds the head's place there. */
    public record Mine(long unitId, ClusterView cluster, RegistrationSummary registration, boolean registrationOverdue) {}

    public record Overview(Campaign campaign, String owner, String sheet, List<DeadlineRow> deadlines, List<ClusterRow> clusters,
                           long missingRegistrations, boolean registrationOverdue, Mine mine, boolean manage, boolean readsAll) {
        /** Whether the reader may open this cluster's covenant (the same rule as the policy, without a query per cluster). */
        public boolean mayReadCovenant(long clusterId) {
            return campaign.getStatus() != CampaignStatus.DRAFT && (readsAll || mine != null && mine.cluster().id() == clusterId);
        }
    }

    public Overview overview(long id, Actor actor) {
        var c = campaigns.findById(id).orElseThrow(() -> new NotFoundException("campaign", id));
        var today = LocalDate.now(clock);
        var views = clusters.of(c);
        var regs = registrations.summaries(id);
        var byUnit = new HashMap<Long, RegistrationSummary>();
        var byPredecessor = new HashMap<Long, RegistrationSummary>();
        for (var r : regs) {
            byUnit.put(r.unitId(), r);
            if (r.carriedFromUnitId() != null) byPredecessor.put(r.carriedFromUnitId(), r);
        }
        var names = units.byIds(regs.stream().map(RegistrationSummary::unitId).distinct().toList());
        Map<Long, Covenant> byCluster = new HashMap<>();
        if (!views.isEmpty()) covenants.ofCampaign(id).forEach(cv -> byCluster.put(cv.getClusterId(), cv));
        var rows = new ArrayList<ClusterRow>();
        long missing = 0;
        for (var v : views) {
            var members = new ArrayList<MemberRow>();
            for (var m : v.members()) {
                var carried = byPredecessor.get(m.unit().id());
                var own = carried != null ? carried : byUnit.get(m.unit().id());
                members.add(new MemberRow(m.unit(), m.carrier(), own, carried == null ? null : name(names.get(carried.unitId()))));
                if (own == null || !own.submitted()) missing++;
            }
            rows.add(new ClusterRow(v, members, members.stream().filter(x -> x.registration() != null && x.registration().submitted()).count(),
                    byCluster.get(v.id())));
        }
        var due = c.deadlines().registration();
        boolean overdue = c.getStatus() == CampaignStatus.OPEN && due != null && today.isAfter(due);
        Mine mine = null;
        if (actor.unitId() != null && actor.has(vn.vusta.thidua.identity.Role.UNIT_OFFICER)) {
            var own = CampaignClusters.clusterOfUnit(views, actor.unitId()).orElse(null);
            if (own != null) {
                var r = byUnit.get(actor.unitId());
                mine = new Mine(actor.unitId(), own, r, overdue && (r == null || !r.submitted()));
            }
        }
        String sheet = c.getScoringSheetId() == null ? null : sheets.findById(c.getScoringSheetId())
                .map(s -> s.getName() + " (" + s.getCode() + ", v" + s.getSheetVersion() + ")").orElse(null);
        return new Overview(c, name(units.find(c.getOwnerUnitId()).orElse(null)), sheet, deadlines(c, today), rows,
                missing, overdue, mine, policy.manages(actor, c), policy.manages(actor, c) || actor.has(vn.vusta.thidua.identity.Role.PRESIDIUM_MEMBER));
    }

    static List<DeadlineRow> deadlines(Campaign c, LocalDate today) {
        var out = new ArrayList<DeadlineRow>();
        boolean nextTaken = false;
        for (var d : c.deadlines().inOrder()) {
            if (d.date() == null) { out.add(new DeadlineRow(d.key(), null, "UNSET", 0)); continue; }
            String state = d.date().isBefore(today) ? "PAST" : nextTaken ? "LATER" : "NEXT";
            if (state.equals("NEXT")) nextTaken = true;
            out.add(new DeadlineRow(d.key(), d.date(), state, ChronoUnit.DAYS.between(today, d.date())));
        }
        return out;
    }

    private static String name(UnitSummary u) { return u == null ? null : u.name(); }
}

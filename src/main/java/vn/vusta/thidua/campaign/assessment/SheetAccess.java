package vn.vusta.thidua.campaign.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.campaign.Campaign;
import vn.vusta.thidua.campaign.Campaigns;
import vn.vusta.thidua.campaign.ReviewMode;
import vn.vusta.thidua.cluster.ClusterAuthority;
import vn.vusta.thidua.cluster.ClusterQueries;
import vn.vusta.thidua.cluster.ClusterView;
import vn.vusta.thidua.common.NotFoundException;
import vn.vusta.thidua.identity.Actor;
import vn.vusta.thidua.identity.Role;
import vn.vusta.thidua.organization.UnitCatalog;

/**
 * Who stands where towards one score sheet: its own unit's officer, a reviewer in one of its seats, the Presidium
 * member in charge of its cluster, the office. Read by the policy and by the services (which check again).
 */
@Component
@Transactional(readOnly = true)
public class SheetAccess {
    private final ScoreSheets sheets;
    private final Campaigns campaigns;
    private final ClusterQueries clusters;
    private final ClusterAuthority authority;
    private final UnitCatalog units;
    private final Clock clock;

    SheetAccess(ScoreSheets sheets, Campaigns campaigns, ClusterQueries clusters, ClusterAuthority authority, UnitCatalog units, Clock clock) {
        this.sheets = sheets;
        this.campaigns = campaigns;
        this.clusters = clusters;
        this.authority = authority;
        this.units = units;
        this.clock = clock;
    }

    /** The sheet's campaign, cluster and seats, read once. */
    public record Context(ScoreSheet sheet, Campaign campaign, ClusterView cluster, List<Reviewers.Seat> seats) {}

    public Optional<ScoreSheet> find(long sheetId) { return sheets.findById(sheetId); }

    public Context context(ScoreSheet sheet) {
        var campaign = campaigns.findById(sheet.getCampaignId()).orElseThrow(() -> new NotFoundException("campaign", sheet.getCampaignId()));
        var cluster = clusters.get(sheet.getClusterId());
        return new Context(sheet, campaign, cluster, Reviewers.of(campaign.getReviewMode(), cluster, sheet.getUnitId(), sheet.getCarriedFromUnitId()));
    }

    /** The officer of the sheet's own unit. */
    public boolean isOwnUnit(Actor actor, ScoreSheet sheet) { return actor.actsFor(sheet.getUnitId()); }

    /** The Presidium member in charge of the sheet's cluster. */
    public boolean isSupervisor(Actor actor, ClusterView cluster) {
        return actor.has(Role.PRESIDIUM_MEMBER) && actor.username() != null && actor.username().equals(cluster.supervisorUsername());
    }

    /** Where the actor stands in a cluster: head's or deputy's place, member in charge, the members it acts for. */
    public record Standing(boolean head, boolean deputy, boolean supervisor, Set<Long> members) {
        /** The seat the actor takes on the sheet of {@code unitId} among {@code seats}; never on its own unit's sheet. */
        public Optional<Reviewers.Seat> seat(ScoreSheet sheet, List<Reviewers.Seat> seats, Actor actor) {
            if (!actor.isAuthenticated() || actor.actsFor(sheet.getUnitId())) return Optional.empty();
            if (sheet.getCarriedFromUnitId() != null && actor.actsFor(sheet.getCarriedFromUnitId())) return Optional.empty();
            return seats.stream().filter(s -> s.head() && head || s.deputy() && deputy || s.supervisor() && supervisor
                    || s.unitId() != null && members.contains(s.unitId())).findFirst();
        }
    }

    /** Read once per page: a handful of queries whatever the number of sheets. */
    public Standing standing(Actor actor, ClusterView cluster) {
        if (!actor.isAuthenticated()) return new Standing(false, false, false, Set.of());
        var ids = cluster.members().stream().map(m -> m.unit().id()).toList();
        var members = new HashSet<Long>();
        if (actor.unitId() != null) {
            var lineage = units.lineage(ids);
            var day = LocalDate.now(clock);
            for (var id : ids) {
                if (actor.actsFor(id) || lineage.carrierOn(id, day).map(u -> actor.actsFor(u.id())).orElse(false)) members.add(id);
            }
        }
        return new Standing(authority.hasHeadRights(actor, cluster.id()), authority.hasDeputyRights(actor, cluster.id()),
                isSupervisor(actor, cluster), members);
    }

    /** The seat the actor reviews this sheet in, if any; never one's own sheet. */
    public Optional<Reviewers.Seat> seatOf(Actor actor, Context c) {
        return standing(actor, c.cluster()).seat(c.sheet(), c.seats(), actor);
    }

    /** Reviews some sheet of the cluster: the head's or deputy's place, the member in charge, or (cross pairs) a member. */
    public boolean reviewsInCluster(Actor actor, long clusterId, ReviewMode mode) {
        if (authority.hasHeadRights(actor, clusterId) || authority.hasDeputyRights(actor, clusterId)) return true;
        var cluster = clusters.get(clusterId);
        if (isSupervisor(actor, cluster)) return true;
        return mode == ReviewMode.CROSS_PAIRS && actor.unitId() != null && cluster.members().stream().anyMatch(m -> actor.actsFor(m.unit().id())
                || m.carrier() != null && actor.actsFor(m.carrier().id()));
    }
}

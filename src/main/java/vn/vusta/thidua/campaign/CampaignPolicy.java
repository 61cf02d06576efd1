package vn.vusta.thidua.campaign;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.campaign.registration.Registrations;
import vn.vusta.thidua.cluster.ClusterAuthority;
import vn.vusta.thidua.cluster.ClusterLevel;
import vn.vusta.thidua.identity.Actor;
import vn.vusta.thidua.identity.ActorContext;
import vn.vusta.thidua.identity.Role;
import vn.vusta.thidua.organization.UnitCatalog;
import vn.vusta.thidua.organization.UnitType;

/**
 * Who may do what to campaigns, registrations and covenants, for pages and API alike. The office may do everything;
 * a provincial union's officer prepares and opens its own internal campaigns; a member unit's officer its own
 * registration and its confirmation of the covenant; the unit holding the cluster head's place (as
 * {@link ClusterAuthority} says, across the merger) compiles its cluster's covenant and reopens registrations.
 * Anything that does not exist: nobody.
 */
@Component("campaignPolicy")
@Transactional(readOnly = true)
public class CampaignPolicy {
    private final ActorContext actors;
    private final Campaigns campaigns;
    private final CampaignClusters clusters;
    private final ClusterAuthority authority;
    private final Registrations registrations;
    private final UnitCatalog units;
    private final Clock clock;

    CampaignPolicy(ActorContext actors, Campaigns campaigns, CampaignClusters clusters, ClusterAuthority authority,
                   Registrations registrations, UnitCatalog units, Clock clock) {
        this.actors = actors;
        this.campaigns = campaigns;
        this.clusters = clusters;
        this.authority = authority;
        this.registrations = registrations;
        this.units = units;
        this.clock = clock;
    }

    /** Preparing a new campaign: the office (VUSTA's clusters and blocks), a union's officer (its internal clusters). */
    public boolean mayCreate() {
        var actor = actors.current();
        return actor.isOffice() || isUnionOfficer(actor);
    }

    /** Editing and opening a campaign: the office; a union's officer for the union's own internal campaign. */
    public boolean mayManage(long campaignId) {
        var actor = actors.current();
        return campaigns.findById(campaignId).map(c -> manages(actor, c)).orElse(false);
    }

    /** An opened campaign is public (principle of publicity); a draft only to those who prepare it. */
    public boolean mayView(long campaignId) {
        var actor = actors.current();
        return campaigns.findById(campaignId).map(c -> c.getStatus() != CampaignStatus.DRAFT || manages(actor, c)).orElse(false);
    }

    /** A member unit's officer registers its own unit, in an opened campaign whose clusters it belongs to. */
    public boolean mayRegister(long campaignId) {
        var actor = actors.current();
        if (actor.unitId() == null || !actor.has(Role.UNIT_OFFICER)) return false;
        return campaigns.findById(campaignId).filter(c -> c.getStatus() != CampaignStatus.DRAFT)
                .map(c -> CampaignClusters.clusterOfUnit(clusters.of(c), actor.unitId()).isPresent()).orElse(false);
    }

    /** A registration is read by its unit, the head of its cluster, and those who manage the campaign. */
    public boolean mayReadRegistration(long campaignId, long registrationId) {
        var actor = actors.current();
        return registrations.findById(registrationId).filter(r -> r.getCampaignId() == campaignId).map(r ->
                actor.actsFor(r.getUnitId()) || mayReopen(actor, r.getCampaignId(), r.getClusterId())).orElse(false);
    }

    /** Reopening a submitted registration (with a reason): the head of its cluster, or those who manage the campaign. */
    public boolean mayReopenRegistration(long campaignId, long registrationId) {
        var actor = actors.current();
        return registrations.findById(registrationId).filter(r -> r.getCampaignId() == campaignId)
                .map(r -> mayReopen(actor, r.getCampaignId(), r.getClusterId())).orElse(false);
    }

    /** Carrying a merged-away unit's registration over to its successor: the office. */
    public boolean mayCarryOver(long campaignId, long registrationId) {
        return actors.current().isOffice() && registrations.findById(registrationId).filter(r -> r.getCampaignId() == campaignId).isPresent();
    }

    /** Reading the covenant: members of the cluster, its head, the Presidium members, those who manage the campaign. */
    public boolean mayViewCovenant(long campaignId, long clusterId) {
        var actor = actors.current();
        return campaigns.findById(campaignId).filter(c -> c.getStatus() != CampaignStatus.DRAFT).flatMap(c -> clusters.cluster(c, clusterId)
                .map(v -> manages(actor, c) || actor.has(Role.PRESIDIUM_MEMBER) || CampaignClusters.actsForMember(actor, v)
                        || authority.hasHeadRights(actor, clusterId))).orElse(false);
    }

    /** Compiling, correcting and reopening the covenant: the cluster head, or those who manage the campaign. */
    public boolean mayCompileCovenant(long campaignId, long clusterId) {
        var actor = actors.current();
        return campaigns.findById(campaignId).filter(c -> c.getStatus() != CampaignStatus.DRAFT)
                .filter(c -> clusters.cluster(c, clusterId).isPresent())
                .map(c -> manages(actor, c) || authority.hasHeadRights(actor, clusterId)).orElse(false);
    }

    /** Confirming the covenant: the officer of a member unit (the service checks that it is a party). */
    public boolean mayConfirmCovenant(long campaignId, long clusterId) {
        var actor = actors.current();
        return campaigns.findById(campaignId).filter(c -> c.getStatus() != CampaignStatus.DRAFT).flatMap(c -> clusters.cluster(c, clusterId))
                .map(v -> CampaignClusters.actsForMember(actor, v)).orElse(false);
    }

    private boolean mayReopen(Actor actor, long campaignId, long clusterId) {
        return campaigns.findById(campaignId).map(c -> manages(actor, c)).orElse(false) || authority.hasHeadRights(actor, clusterId);
    }

    boolean manages(Actor actor, Campaign c) {
        if (actor.isOffice()) return true;
        return c.getLevel() == ClusterLevel.PROVINCIAL && actor.actsFor(c.getOwnerUnitId());
    }

    boolean isUnionOfficer(Actor actor) {
        return actor.has(Role.UNIT_OFFICER) && actor.unitId() != null
                && units.find(actor.unitId()).map(u -> u.type() == UnitType.PROVINCIAL_UNION && !u.endedBy(LocalDate.now(clock))).orElse(false);
    }
}

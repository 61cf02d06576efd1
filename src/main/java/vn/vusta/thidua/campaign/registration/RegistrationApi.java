package vn.vusta.thidua.campaign.registration;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.campaign.CampaignClusters;
import vn.vusta.thidua.campaign.CampaignPolicy;
import vn.vusta.thidua.campaign.Campaigns;
import vn.vusta.thidua.cluster.ClusterAuthority;
import vn.vusta.thidua.common.NotFoundException;
import vn.vusta.thidua.identity.ActorContext;
import vn.vusta.thidua.organization.UnitCatalog;

/**
 * Registrations of a campaign, scoped as the pages are: those who manage the campaign read all, the cluster head its
 * cluster's, a unit's officer its own unit's.
 */
@Tag(name = "Đợt thi đua")
@RestController
class RegistrationApi {
    private final Registrations registrations;
    private final Campaigns campaigns;
    private final CampaignClusters clusters;
    private final CampaignPolicy policy;
    private final ClusterAuthority authority;
    private final ActorContext actors;
    private final UnitCatalog units;

    RegistrationApi(Registrations registrations, Campaigns campaigns, CampaignClusters clusters, CampaignPolicy policy,
                    ClusterAuthority authority, ActorContext actors, UnitCatalog units) {
        this.registrations = registrations;
        this.campaigns = campaigns;
        this.clusters = clusters;
        this.policy = policy;
        this.authority = authority;
        this.actors = actors;
        this.units = units;
    }

    record Ref(long id, String code, String name) {}

    record TargetDto(Long criterionId, String indicator, String unitOfMeasure, BigDecimal targetValue) {}

    record RegistrationDto(long id, long clusterId, Ref unit, Ref carriedFrom, Registration.Status status, boolean late,
                           Instant submittedAt, List<TargetDto> targets, List<String> aimedTitles, long version) {}

    @Operation(summary = "Các bản đăng ký thi đua của một đợt mà tài khoản được xem", security = @SecurityRequirement(name = "basic"))
    @PreAuthorize("isAuthenticated() and @campaignPolicy.mayView(#id)")
    @GetMapping("/api/v1/campaigns/{id}/registrations")
    @Transactional(readOnly = true)
    List<RegistrationDto> list(@PathVariable long id) {
        var c = campaigns.findById(id).orElseThrow(() -> new NotFoundException("campaign", id));
        var actor = actors.current();
        boolean all = policy.mayManage(id);
        Long headOf = null;
        if (!all && actor.unitId() != null) {
            headOf = CampaignClusters.clusterOfUnit(clusters.of(c), actor.unitId())
                    .filter(v -> authority.hasHeadRights(actor, v.id())).map(v -> v.id()).orElse(null);
        }
        var visible = new java.util.ArrayList<Registration>();
        for (var r : registrations.ofCampaign(id)) {
            if (all || actor.actsFor(r.getUnitId()) || headOf != null && r.getClusterId() == headOf) visible.add(r);
        }
        var ids = new java.util.HashSet<Long>();
        visible.forEach(r -> { ids.add(r.getUnitId()); if (r.getCarriedFromUnitId() != null) ids.add(r.getCarriedFromUnitId()); });
        var names = units.byIds(ids);
        return visible.stream().map(r -> new RegistrationDto(r.getId(), r.getClusterId(), ref(names.get(r.getUnitId())),
                r.getCarriedFromUnitId() == null ? null : ref(names.get(r.getCarriedFromUnitId())), r.getStatus(), r.isLate(),
                r.getSubmittedAt(), r.getTargets().stream().map(t -> new TargetDto(t.getCriterionId(), t.getIndicator(),
                        t.getUnitOfMeasure(), t.getTargetValue())).toList(),
                r.getAimedTitles() == null ? List.of() : r.getAimedTitles().lines().toList(), r.getVersion())).toList();
    }

    private static Ref ref(vn.vusta.thidua.organization.UnitSummary u) { return u == null ? null : new Ref(u.id(), u.code(), u.name()); }
}

package vn.vusta.thidua.campaign.registration;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.campaign.CampaignClusters;
import vn.vusta.thidua.campaign.CampaignPolicy;
import vn.vusta.thidua.campaign.Campaigns;
import vn.vusta.thidua.cluster.ClusterAuthority;
import vn.vusta.thidua.common.NotFoundException;
import vn.vusta.thidua.common.RequestBodies;
import vn.vusta.thidua.identity.ActorContext;
import vn.vusta.thidua.organization.UnitCatalog;

/**
 * Registrations of a campaign, scoped as the pages are: those who manage the campaign read all, the cluster head its
 * cluster's, a unit's officer its own unit's. Writes follow the pages' rules ({@code campaignPolicy},
 * {@link RegistrationService}: audited, optimistic locking by {@code version}); bodies are validated after the caller
 * is authorised.
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
    private final RegistrationService service;
    private final RequestBodies bodies;

    RegistrationApi(Registrations registrations, Campaigns campaigns, CampaignClusters clusters, CampaignPolicy policy,
                    ClusterAuthority authority, ActorContext actors, UnitCatalog units, RegistrationService service, RequestBodies bodies) {
        this.service = service;
        this.bodies = bodies;
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

    /** One target: a criterion's (its id; the scoring uses the value) or a free one (no criterion id). */
    record TargetJson(Long criterionId, String indicator, String unitOfMeasure, BigDecimal targetValue) {}

    /**
     * The unit's registration as written: every target, the known titles aimed for by code, other titles as text;
     * {@code version} of the registration read (none for the first save).
     */
    record RegistrationJson(Long version, List<TargetJson> targets, List<String> titles, String otherTitles) {
        RegistrationForm form() {
            var f = new RegistrationForm();
            f.setVersion(version);
            if (targets != null) targets.forEach(t -> f.getTargets().add(new RegistrationForm.Row(t.criterionId(), null, t.indicator(),
                    t.unitOfMeasure(), t.targetValue())));
            if (titles != null) f.setTitles(new java.util.ArrayList<>(titles));
            f.setOtherTitles(otherTitles);
            return f;
        }
    }

    record ReasonJson(@NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.maxLength}") String reason) {}

    @Operation(summary = "Lưu bản đăng ký thi đua của đơn vị mình (bản nháp)",
            description = "Cán bộ của đơn vị thành viên, khi đợt đang mở. Chỉ tiêu không âm; version của bản đã đọc (409 nếu đã đổi).",
            security = @SecurityRequirement(name = "basic"))
    @PreAuthorize("@campaignPolicy.mayRegister(#id)")
    @PutMapping("/api/v1/campaigns/{id}/registration")
    RegistrationDto save(@PathVariable long id, @RequestBody RegistrationJson body) throws BindException {
        var form = bodies.validate(body.form());
        service.save(id, form, false);
        return own(id);
    }

    @Operation(summary = "Gửi bản đăng ký thi đua của đơn vị mình",
            description = "Như khi lưu, và cần chỉ tiêu cho mọi tiêu chí định lượng của bảng điểm; gửi sau hạn được đánh dấu muộn (late).",
            security = @SecurityRequirement(name = "basic"))
    @PreAuthorize("@campaignPolicy.mayRegister(#id)")
    @PostMapping("/api/v1/campaigns/{id}/registration/submit")
    RegistrationDto submit(@PathVariable long id, @RequestBody RegistrationJson body) throws BindException {
        var form = bodies.validate(body.form());
        service.save(id, form, true);
        return own(id);
    }

    @Operation(summary = "Mở lại một bản đăng ký đã gửi, kèm lý do (cụm trưởng hoặc người quản lý đợt; trước khi lập giao ước)",
            security = @SecurityRequirement(name = "basic"))
    @PreAuthorize("@campaignPolicy.mayReopenRegistration(#id, #registrationId)")
    @PostMapping("/api/v1/campaigns/{id}/registrations/{registrationId}/reopen")
    RegistrationDto reopen(@PathVariable long id, @PathVariable long registrationId, @RequestBody ReasonJson body) throws BindException {
        bodies.validate(body);
        service.reopen(id, registrationId, body.reason());
        return one(id, registrationId);
    }

    @Operation(summary = "Chuyển bản đăng ký của đơn vị đã hợp nhất sang đơn vị kế thừa (văn phòng)", security = @SecurityRequirement(name = "basic"))
    @PreAuthorize("@campaignPolicy.mayCarryOver(#id, #registrationId)")
    @PostMapping("/api/v1/campaigns/{id}/registrations/{registrationId}/carry-over")
    RegistrationDto carryOver(@PathVariable long id, @PathVariable long registrationId) {
        service.carryOver(id, registrationId);
        return one(id, registrationId);
    }

    private RegistrationDto own(long campaignId) {
        var r = registrations.findByCampaignIdAndUnitId(campaignId, actors.current().unitId()).orElseThrow(() -> new NotFoundException("registration", campaignId));
        return dtos(List.of(r)).getFirst();
    }

    private RegistrationDto one(long campaignId, long registrationId) {
        var r = registrations.findWithTargetsById(registrationId).filter(x -> x.getCampaignId() == campaignId)
                .orElseThrow(() -> new NotFoundException("registration", registrationId));
        return dtos(List.of(r)).getFirst();
    }

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
        return dtos(visible);
    }

    private List<RegistrationDto> dtos(List<Registration> visible) {
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

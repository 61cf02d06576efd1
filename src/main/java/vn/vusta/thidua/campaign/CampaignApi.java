package vn.vusta.thidua.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vusta.thidua.cluster.ClusterKind;
import vn.vusta.thidua.cluster.ClusterLevel;
import vn.vusta.thidua.common.RequestBodies;
import vn.vusta.thidua.identity.ActorContext;

/**
 * Campaigns: the public list of a year's opened campaigns; one campaign's detail for signed-in callers; preparing,
 * editing and opening a campaign with the same rules as the pages ({@code campaignPolicy}, {@link CampaignService}:
 * audited, optimistic locking by {@code version}). Bodies are validated after the caller is authorised.
 */
@Tag(name = "Đợt thi đua", description = "Đợt thi đua theo năm, thời hạn, cụm tham gia, đăng ký và giao ước")
@RestController
@RequestMapping("/api/v1/campaigns")
class CampaignApi {
    private final CampaignQueries queries;
    private final CampaignService service;
    private final RequestBodies bodies;
    private final ActorContext actors;
    private final Clock clock;

    CampaignApi(CampaignQueries queries, CampaignService service, RequestBodies bodies, ActorContext actors, Clock clock) {
        this.queries = queries;
        this.service = service;
        this.bodies = bodies;
        this.actors = actors;
        this.clock = clock;
    }

    /** The data version a write acts on (optimistic locking: another edit since then answers 409). */
    record VersionJson(@NotNull(message = "{validation.required}") Long version) {}

    record CampaignDto(long id, int year, String name, ClusterLevel level, CampaignStatus status) {}

    /** Named apart from the cluster API's ClusterDto (OpenAPI keys schemas by simple name: one would hide the other). */
    @Schema(name = "CampaignCluster")
    record ClusterDto(long id, String code, String name, int members, long registrationsSubmitted, String covenantStatus,
                      long covenantConfirmations) {}

    record DetailDto(long id, int year, String name, ClusterLevel level, ClusterKind kind, CampaignStatus status, String owner,
                     Long scoringSheetId, ReviewMode reviewMode, String tieBreak, Map<String, LocalDate> deadlines,
                     List<ClusterDto> clusters, long version) {}

    @Operation(summary = "Các đợt thi đua đã mở của một năm (công khai; mặc định: năm hiện hành)")
    @PreAuthorize("permitAll()")
    @GetMapping
    List<CampaignDto> ofYear(@RequestParam(required = false) Integer year) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        return queries.published(y).stream().map(c -> new CampaignDto(c.getId(), c.getYear(), c.getName(), c.getLevel(), c.getStatus())).toList();
    }

    @Operation(summary = "Lập đợt thi đua (văn phòng: cụm, khối của LHHVN; cán bộ Liên hiệp Hội tỉnh: cụm nội bộ của đơn vị)",
            description = "Cùng quy tắc với trang lập đợt: tên, năm (2000–2100), loại (CLUSTER/BLOCK, chỉ văn phòng), bảng điểm còn hiệu lực"
                    + " trong năm và đúng cấp, thời hạn theo thứ tự (ngày ISO yyyy-MM-dd), cách chấm, cách xếp hạng khi bằng điểm."
                    + " Trả lại 201 với đợt đã lập (trạng thái DRAFT) và phiên bản dữ liệu.", security = @SecurityRequirement(name = "basic"))
    @PreAuthorize("@campaignPolicy.mayCreate()")
    @PostMapping
    ResponseEntity<DetailDto> create(@RequestBody CampaignForm body) throws BindException {
        bodies.validate(body);
        var c = service.create(body);
        return ResponseEntity.created(java.net.URI.create("/api/v1/campaigns/" + c.getId())).body(detail(c.getId()));
    }

    @Operation(summary = "Sửa đợt thi đua (tên, bảng điểm, thời hạn, cách chấm, cách xếp hạng); năm và loại cụm không đổi",
            description = "Gửi kèm version đã đọc; nếu người khác đã sửa trong lúc đó: 409.", security = @SecurityRequirement(name = "basic"))
    @PreAuthorize("@campaignPolicy.mayManage(#id)")
    @PutMapping("/{id}")
    DetailDto update(@PathVariable long id, @RequestBody CampaignForm body) throws BindException {
        bodies.validate(body);
        service.update(id, body);
        return detail(id);
    }

    @Operation(summary = "Mở đợt thi đua cho các đơn vị (tạo phiếu chấm điểm, báo cho cán bộ các đơn vị)",
            description = "Cần bảng điểm và đủ thời hạn; gửi kèm version đã đọc (409 nếu đã đổi).", security = @SecurityRequirement(name = "basic"))
    @PreAuthorize("@campaignPolicy.mayManage(#id)")
    @PostMapping("/{id}/open")
    DetailDto open(@PathVariable long id, @RequestBody VersionJson body) throws BindException {
        bodies.validate(body);
        service.open(id, body.version());
        return detail(id);
    }

    @Operation(summary = "Một đợt thi đua: thời hạn, bảng điểm, các cụm và tình hình đăng ký, giao ước", security = @SecurityRequirement(name = "basic"))
    @PreAuthorize("isAuthenticated() and @campaignPolicy.mayView(#id)")
    @GetMapping("/{id}")
    DetailDto detail(@PathVariable long id) {
        var o = queries.overview(id, actors.current());
        var c = o.campaign();
        var deadlines = new java.util.LinkedHashMap<String, LocalDate>();
        c.deadlines().inOrder().forEach(d -> deadlines.put(d.key(), d.date()));
        var clusters = o.clusters().stream().map(r -> new ClusterDto(r.cluster().id(), r.cluster().code(), r.cluster().name(),
                r.cluster().size(), r.submitted(), r.covenant() == null ? null : r.covenant().getStatus().name(), r.confirmations())).toList();
        return new DetailDto(c.getId(), c.getYear(), c.getName(), c.getLevel(), c.getKind(), c.getStatus(), o.owner(),
                c.getScoringSheetId(), c.getReviewMode(), c.getTieBreak(), deadlines, clusters, c.getVersion());
    }
}

package vn.vusta.thidua.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vusta.thidua.cluster.ClusterKind;
import vn.vusta.thidua.cluster.ClusterLevel;
import vn.vusta.thidua.identity.ActorContext;

/** Campaigns: the public list of a year's opened campaigns; one campaign's detail for signed-in callers. */
@Tag(name = "Đợt thi đua", description = "Đợt thi đua theo năm, thời hạn, cụm tham gia, đăng ký và giao ước")
@RestController
@RequestMapping("/api/v1/campaigns")
class CampaignApi {
    private final CampaignQueries queries;
    private final ActorContext actors;
    private final Clock clock;

    CampaignApi(CampaignQueries queries, ActorContext actors, Clock clock) {
        this.queries = queries;
        this.actors = actors;
        this.clock = clock;
    }

    record CampaignDto(long id, int year, String name, ClusterLevel level, CampaignStatus status) {}

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

package vn.vusta.thidua.campaign.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.vusta.thidua.common.NotFoundException;

/** Published results for publicity (no login). Before publication the answer is the same 404 as for an unknown campaign. */
@Tag(name = "Kết quả thi đua", description = "Bảng tổng hợp kết quả chấm điểm đã công bố của một cụm")
@RestController
class ResultApi {
    private final Results results;

    ResultApi(Results results) { this.results = results; }

    record CampaignDto(long id, int year, String name) {}

    record ClusterDto(String code, String name) {}

    record UnitDto(long id, String code, String name) {}

    record GroupDto(String code, String name, BigDecimal score) {}

    record RowDto(Integer rank, UnitDto unit, BigDecimal total, List<GroupDto> groups) {}

    record ResultsDto(CampaignDto campaign, ClusterDto cluster, List<RowDto> rows) {}

    @Operation(summary = "Kết quả chấm điểm đã công bố của một cụm (mã cụm, ví dụ CUM-02)")
    @PreAuthorize("permitAll()")
    @GetMapping("/api/v1/campaigns/{id}/results")
    ResultsDto results(@PathVariable long id, @RequestParam String cluster) {
        var campaign = results.campaign(id);
        if (!campaign.isPublished()) throw new NotFoundException("campaign", id);
        var t = results.leagueTable(campaign, results.clusterName(campaign, cluster, null));
        var rows = t.rows().stream().map(r -> {
            var groups = new ArrayList<GroupDto>();
            for (int i = 0; i < t.groups().size(); i++) {
                var g = t.groups().get(i);
                groups.add(new GroupDto(g.code(), g.name(), i < r.groups().size() ? r.groups().get(i) : null));
            }
            return new RowDto(r.rank(), new UnitDto(r.unit().id(), r.unit().code(), r.unit().name()), r.fin(), groups);
        }).toList();
        return new ResultsDto(new CampaignDto(t.campaignId(), t.year(), t.campaignName()), new ClusterDto(t.clusterCode(), t.clusterName()), rows);
    }
}

package vn.vusta.thidua.campaign.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.vusta.thidua.common.NotFoundException;

/** Published results for publicity (no login). Before publication the answer is the same 404 as for an unknown campaign. */
@Tag(name = "Kết quả thi đua", description = "Bảng tổng hợp kết quả chấm điểm đã công bố của một cụm")
@RestController
class ResultApi {
    private final Results results;

    ResultApi(Results results) { this.results = results; }

    @Schema(name = "ResultCampaign")
    record CampaignDto(long id, int year, String name) {}

    // schema names of their own: CampaignApi and ClusterApi have records named CampaignDto and ClusterDto, and
    // OpenAPI keys schemas by simple name (the results once pointed at the campaign list's and the clusters' shapes)
    /** {@code owner}: the union whose internal cluster this is (absent for VUSTA's clusters). */
    @Schema(name = "ResultCluster")
    record ClusterDto(String code, String name, @JsonInclude(JsonInclude.Include.NON_NULL) OwnerDto owner) {}

    @Schema(name = "ResultClusterOwner")
    record OwnerDto(String code, String name) {}

    @Schema(name = "ResultUnit")
    record UnitDto(long id, String code, String name) {}

    @Schema(name = "ResultGroup")
    record GroupDto(String code, String name, BigDecimal score) {}

    @Schema(name = "ResultRow")
    record RowDto(Integer rank, UnitDto unit, BigDecimal total, List<GroupDto> groups) {}

    @Schema(name = "Results")
    record ResultsDto(CampaignDto campaign, ClusterDto cluster, List<RowDto> rows) {}

    @Operation(summary = "Kết quả chấm điểm đã công bố của một cụm (công khai)",
            description = "cluster: mã cụm. Cụm, khối của LHHVN: mã của cụm (ví dụ CUM-02). Cụm nội bộ của một Liên hiệp Hội tỉnh: mã của cụm"
                    + " (duy nhất trong Liên hiệp Hội đó, ví dụ MAU-01) khi đợt thi đua là của Liên hiệp Hội ấy, hoặc mã đơn vị của Liên hiệp Hội"
                    + " kèm mã cụm, cách nhau bởi dấu /, trong mọi đợt (ví dụ LHH-HNI/MAU-01); mã trùng giữa nhiều cụm của đợt: 400 kèm danh sách"
                    + " mã đầy đủ. Trả lại {campaign, cluster: {code, name, owner}, rows}; owner (mã, tên Liên hiệp Hội) chỉ có ở cụm nội bộ."
                    + " Trước khi công bố, hoặc mã không có trong đợt: 404.")
    @PreAuthorize("permitAll()")
    @GetMapping("/api/v1/campaigns/{id}/results")
    ResultsDto results(@PathVariable long id,
                       @Parameter(description = "Mã cụm (CUM-02), hoặc mã Liên hiệp Hội/mã cụm nội bộ (LHH-HNI/MAU-01)", example = "CUM-02")
                       @RequestParam String cluster) {
        var t = results.publishedTable(id, cluster);
        var rows = t.rows().stream().map(r -> {
            var groups = new ArrayList<GroupDto>();
            for (int i = 0; i < t.groups().size(); i++) {
                var g = t.groups().get(i);
                groups.add(new GroupDto(g.code(), g.name(), i < r.groups().size() ? r.groups().get(i) : null));
            }
            return new RowDto(r.rank(), new UnitDto(r.unit().id(), r.unit().code(), r.unit().name()), r.fin(), groups);
        }).toList();
        return new ResultsDto(new CampaignDto(t.campaignId(), t.year(), t.campaignName()), new ClusterDto(t.clusterCode(), t.clusterName(),
                t.clusterOwner() == null ? null : new OwnerDto(t.clusterOwner().code(), t.clusterOwner().name())), rows);
    }
}

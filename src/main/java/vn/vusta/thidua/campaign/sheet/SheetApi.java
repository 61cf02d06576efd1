package vn.vusta.thidua.campaign.sheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.vusta.thidua.cluster.ClusterLevel;
import vn.vusta.thidua.common.NotFoundException;

/** A scoring sheet with its criteria tree, for signed-in callers who may read it (as the sheet page). */
@Tag(name = "Bảng chấm điểm", description = "Bảng chấm điểm thi đua: cây tiêu chí, điểm tối đa, điểm thưởng, điểm trừ")
@RestController
@RequestMapping("/api/v1/sheets")
class SheetApi {
    private final ScoringSheets sheets;
    private final SheetXlsx xlsx;

    SheetApi(ScoringSheets sheets, SheetXlsx xlsx) {
        this.sheets = sheets;
        this.xlsx = xlsx;
    }

    record Node(long id, String code, String name, CriterionType type, Formula formula, BigDecimal maxPoints,
                BigDecimal pointsPerOccurrence, boolean evidenceRequired, String unitOfMeasure, String guidance, List<Node> children) {}

    record SheetDto(long id, String code, int sheetVersion, String name, ClusterLevel level, long ownerUnitId, LocalDate validFrom,
                    LocalDate validTo, String legalRef, boolean locked, String lockedReason, boolean demo, long version,
                    BigDecimal maxTotal, BigDecimal bonusCap, BigDecimal penaltyCap, List<Node> criteria) {}

    @Operation(summary = "Bảng chấm điểm với cây tiêu chí", security = @SecurityRequirement(name = "basic"))
    @PreAuthorize("@sheetPolicy.mayView(#id)")
    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    public SheetDto sheet(@PathVariable long id) {
        var s = sheets.withCriteria(id).orElseThrow(() -> new NotFoundException("sheet", id));
        var outline = SheetOutline.of(s);
        return new SheetDto(s.getId(), s.getCode(), s.getSheetVersion(), s.getName(), s.getLevel(), s.getOwnerUnitId(), s.getValidFrom(),
                s.getValidTo(), s.getLegalRef(), s.isLocked(), s.getLockedReason(), s.isDemo(), s.getVersion(), outline.maxTotal(),
                outline.bonusCap(), outline.penaltyCap(), nodes(s, null));
    }

    @Operation(summary = "Bảng chấm điểm dạng Excel (XLSX), đúng khuôn mà trang nhập bảng điểm đọc",
            security = @SecurityRequirement(name = "basic"))
    @PreAuthorize("@sheetPolicy.mayView(#id)")
    @GetMapping("/{id}/xlsx")
    @Transactional(readOnly = true)
    public ResponseEntity<byte[]> xlsx(@PathVariable long id) { return SheetTransferPages.download(sheets, xlsx, id); }

    private static List<Node> nodes(ScoringSheet s, Criterion parent) {
        var out = new ArrayList<Node>();
        for (var c : s.children(parent)) {
            out.add(new Node(c.getId(), c.getCode(), c.getName(), c.getType(), c.getFormula(), c.getMaxPoints(), c.getPointsPerOccurrence(),
                    c.isEvidenceRequired(), c.getUnitOfMeasure(), c.getGuidance(), c.getType().isGroup() ? nodes(s, c) : List.of()));
        }
        return out;
    }
}

package vn.vusta.thidua.campaign.assessment;

import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.audit.AuditTrail;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.ConcurrentEditException;
import vn.vusta.thidua.common.NotFoundException;
import vn.vusta.thidua.organization.UnitCatalog;

/**
 * Merger year: the office carries the score sheet of a unit merged away during the campaign's year to the unit that
 * carries it on (its successor), which then fills and answers for it. The sheet keeps where it came from.
 */
@Service
@Transactional
public class SheetCarryOver {
    private final ScoreSheets sheets;
    private final SheetChanges changes;
    private final UnitCatalog units;
    private final AuditTrail audit;

    SheetCarryOver(ScoreSheets sheets, SheetChanges changes, UnitCatalog units, AuditTrail audit) {
        this.sheets = sheets;
        this.changes = changes;
        this.units = units;
        this.audit = audit;
    }

    public ScoreSheet carry(long sheetId, Long version) {
        var sheet = changes.load(sheetId).orElseThrow(() -> new NotFoundException("scoreSheet", sheetId));
        ConcurrentEditException.check(sheet.getVersion(), version);
        if (sheet.getCarriedFromUnitId() != null) throw new BusinessRuleException("scoreSheet.carry.already");
        var unit = units.get(sheet.getUnitId());
        var end = unit.effectiveEnd();
        if (end == null) throw new BusinessRuleException("scoreSheet.carry.notEnded", unit.shortName());
        var successor = units.carrierOn(unit.id(), end.plusDays(1)).filter(s -> s.id() != unit.id())
                .orElseThrow(() -> new BusinessRuleException("scoreSheet.carry.noSuccessor", unit.shortName()));
        if (sheets.findByCampaignIdAndUnitId(sheet.getCampaignId(), successor.id()).isPresent()) {
            throw new BusinessRuleException("scoreSheet.carry.successorHasSheet", successor.shortName());
        }
        sheet.carriedFrom(unit.id(), successor.id());
        audit.record("SCORE_SHEET_CARRIED", "score_sheet", sheetId, "Chuyển phiếu chấm điểm của " + unit.shortName() + " sang "
                + successor.shortName(), Map.of("unit", unit.code()), Map.of("unit", successor.code(), "carriedFrom", unit.code()));
        return sheet;
    }
}

package vn.vusta.thidua.campaign.sheet;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.audit.AuditTrail;
import vn.vusta.thidua.cluster.ClusterLevel;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.ConcurrentEditException;
import vn.vusta.thidua.common.NotFoundException;

/**
 * The office's (or a union's) edits of a scoring sheet. Every edit names the sheet version the editor saw: a sheet
 * changed meanwhile refuses it ({@link ConcurrentEditException}), and every accepted edit moves the sheet's version on,
 * so that two officers editing one sheet never overwrite each other. Every edit is audited with old and new values.
 */
@Service
@Transactional
class SheetEditor {
    private final ScoringSheets sheets;
    private final SheetOwners owners;
    private final AuditTrail audit;
    private final EntityManager em;
    private final SheetPolicy policy;

    SheetEditor(ScoringSheets sheets, SheetOwners owners, AuditTrail audit, EntityManager em, SheetPolicy policy) {
        this.policy = policy;
        this.sheets = sheets;
        this.owners = owners;
        this.audit = audit;
        this.em = em;
    }

    ScoringSheet create(NewSheetForm form) {
        var owner = owners.ownerFor(form.level());
        var level = owners.levelFor(form.level());
        if (sheets.lastVersion(owner, form.code().strip()) > 0) throw new BusinessRuleException("sheet.code.taken", form.code().strip());
        var sheet = new ScoringSheet(form.code().strip(), 1, form.name().strip(), level, owner, form.validFrom());
        sheet.describe(sheet.getName(), form.validFrom(), null, CriterionForm.blankToNull(form.legalRef()));
        sheets.save(sheet);
        audit.record("SHEET_CREATED", "scoring_sheet", sheet.getId(), "Lập bảng điểm " + label(sheet), null, details(sheet));
        return sheet;
    }

    void describe(long id, SheetDetailsForm form) {
        var sheet = editable(id, form.version());
        var before = details(sheet);
        sheet.describe(form.name().strip(), form.validFrom(), form.validTo(), CriterionForm.blankToNull(form.legalRef()));
        audit.record("SHEET_UPDATED", "scoring_sheet", id, "Sửa thông tin bảng điểm " + label(sheet), before, details(sheet));
    }

    Criterion add(long id, CriterionForm form) {
        var sheet = editable(id, form.version());
        var parent = form.parentId() == null ? null : criterion(sheet, form.parentId());
        var added = sheet.add(parent, form.spec());
        audit.record("CRITERION_ADDED", "scoring_sheet", id, "Bảng điểm " + label(sheet) + ": thêm tiêu chí " + added.getCode(),
                null, values(added));
        return added;
    }

    void change(long id, long criterionId, CriterionForm form) {
        var sheet = editable(id, form.version());
        var criterion = criterion(sheet, criterionId);
        var before = values(criterion);
        sheet.change(criterion, form.spec());
        audit.record("CRITERION_CHANGED", "scoring_sheet", id, "Bảng điểm " + label(sheet) + ": sửa tiêu chí " + criterion.getCode(),
                before, values(criterion));
    }

    void remove(long id, long criterionId, Long version) {
        var sheet = editable(id, version);
        var criterion = criterion(sheet, criterionId);
        var before = values(criterion);
        before.put("removedWithIt", sheet.getCriteria().size());
        sheet.remove(criterion);
        before.put("removedWithIt", (int) before.get("removedWithIt") - sheet.getCriteria().size() - 1);
        audit.record("CRITERION_REMOVED", "scoring_sheet", id, "Bảng điểm " + label(sheet) + ": xóa tiêu chí " + criterion.getCode(),
                before, null);
    }

    void move(long id, long criterionId, boolean up, Long version) {
        var sheet = editable(id, version);
        var criterion = criterion(sheet, criterionId);
        int from = criterion.getPosition();
        sheet.move(criterion, up);
        audit.record("CRITERION_MOVED", "scoring_sheet", id, "Bảng điểm " + label(sheet) + ": chuyển tiêu chí " + criterion.getCode()
                + (up ? " lên" : " xuống"), Map.of("code", criterion.getCode(), "position", from),
                Map.of("code", criterion.getCode(), "position", criterion.getPosition()));
    }

    /**
     * A copy for a new year: same code, next version, effective from the given date, unlocked. A union's officer who
     * may not edit the sheet (VUSTA's) gets it as its union's own sheet for its internal clusters: same code, the
     * union's next version of it, level PROVINCIAL.
     */
    ScoringSheet copy(long id, LocalDate validFrom) {
        var sheet = sheets.withCriteria(id).orElseThrow(() -> new NotFoundException("sheet", id));
        if (validFrom == null) throw new BusinessRuleException("sheet.copy.validFromMissing");
        ScoringSheet copy;
        if (policy.mayEdit(id)) {
            copy = sheet.copyAsVersion(sheets.lastVersion(sheet.getOwnerUnitId(), sheet.getCode()) + 1, validFrom);
        } else if (policy.mayCopyForUnion(id)) {
            long union = policy.unionOf(policy.actor());
            copy = sheet.copyFor(ClusterLevel.PROVINCIAL, union, sheets.lastVersion(union, sheet.getCode()) + 1, validFrom);
        } else {
            throw new org.springframework.security.access.AccessDeniedException("may not copy this sheet");
        }
        sheets.save(copy);
        var values = details(copy);
        values.put("copiedFrom", label(sheet));
        audit.record("SHEET_COPIED", "scoring_sheet", copy.getId(), "Sao chép bảng điểm " + label(sheet) + " thành " + label(copy),
                null, values);
        return copy;
    }

    /** Saves a sheet read from XLSX: a new sheet, or the next version of the owner's sheet of the same code. */
    ScoringSheet importSheet(SheetXlsx.Imported imported) {
        var owner = owners.ownerFor(imported.level());
        var level = owners.levelFor(imported.level());
        var sheet = new ScoringSheet(imported.code(), sheets.lastVersion(owner, imported.code()) + 1, imported.name(), level, owner,
                imported.validFrom());
        sheet.describe(imported.name(), imported.validFrom(), imported.validTo(), imported.legalRef());
        imported.build(sheet);
        sheets.save(sheet);
        var values = details(sheet);
        values.put("criteria", sheet.getCriteria().size());
        audit.record("SHEET_IMPORTED", "scoring_sheet", sheet.getId(), "Nhập bảng điểm " + label(sheet) + " từ tệp Excel", null, values);
        return sheet;
    }

    private ScoringSheet editable(long id, Long version) {
        var sheet = sheets.withCriteria(id).orElseThrow(() -> new NotFoundException("sheet", id));
        sheet.requireEditable();
        var campaigns = sheets.openedCampaignsUsing(id);
        if (!campaigns.isEmpty()) throw new BusinessRuleException("sheet.inUse", campaigns.getFirst());
        ConcurrentEditException.check(sheet.getVersion(), version);
        em.lock(sheet, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return sheet;
    }

    private static Criterion criterion(ScoringSheet sheet, long criterionId) {
        return sheet.getCriteria().stream().filter(c -> c.getId() == criterionId).findFirst()
                .orElseThrow(() -> new NotFoundException("criterion", criterionId));
    }

    static String label(ScoringSheet s) { return s.getCode() + " (phiên bản " + s.getSheetVersion() + ")"; }

    private static Map<String, Object> details(ScoringSheet s) {
        var m = new LinkedHashMap<String, Object>();
        m.put("code", s.getCode());
        m.put("sheetVersion", s.getSheetVersion());
        m.put("name", s.getName());
        m.put("level", s.getLevel().name());
        m.put("validFrom", String.valueOf(s.getValidFrom()));
        m.put("validTo", s.getValidTo() == null ? null : s.getValidTo().toString());
        m.put("legalRef", s.getLegalRef());
        return m;
    }

    static Map<String, Object> values(Criterion c) {
        var m = new LinkedHashMap<String, Object>();
        m.put("code", c.getCode());
        m.put("parent", c.getParent() == null ? null : c.getParent().getCode());
        m.put("name", c.getName());
        m.put("type", c.getType().name());
        m.put("formula", c.getFormula() == null ? null : c.getFormula().name());
        m.put("maxPoints", c.getMaxPoints());
        m.put("pointsPerOccurrence", c.getPointsPerOccurrence());
        m.put("evidenceRequired", c.isEvidenceRequired());
        m.put("unitOfMeasure", c.getUnitOfMeasure());
        m.put("guidance", c.getGuidance());
        return m;
    }

    /** The level of every sheet a union makes: its internal clusters. */
    static final ClusterLevel UNION_LEVEL = ClusterLevel.PROVINCIAL;
}

package vn.vusta.thidua.campaign.sheet;


import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import vn.vusta.thidua.common.Messages;
import vn.vusta.thidua.common.NotFoundException;
import vn.vusta.thidua.organization.UnitCatalog;

/**
 * What the sheet page shows: the tree with its totals, whether this account may change it (and if not, why), and the
 * editor's state: which node is being added under, edited or removed, with the form as typed.
 */
@Component
class SheetPageModel {
    /** The editor's open panel: adding under a group (or at the top), editing, or confirming a removal. */
    enum Mode { NONE, ADD, EDIT, REMOVE }

    private final ScoringSheets sheets;
    private final SheetPolicy policy;
    private final UnitCatalog units;
    private final Messages messages;

    SheetPageModel(ScoringSheets sheets, SheetPolicy policy, UnitCatalog units, Messages messages) {
        this.sheets = sheets;
        this.policy = policy;
        this.units = units;
        this.messages = messages;
    }

    /**
     * Fills the model for {@code campaign/sheet}. {@code target}: the group added under (null: the top), or the node
     * edited or removed; {@code form}: as typed when it was refused, else null (a fresh one is made).
     */
    @Transactional(readOnly = true)
    String fill(long id, Model model, Mode mode, Long target, CriterionForm form) {
        var sheet = sheets.withCriteria(id).orElseThrow(() -> new NotFoundException("sheet", id));
        var outline = SheetOutline.of(sheet);
        var campaigns = sheets.openedCampaignsUsing(id);
        boolean mayEdit = policy.mayEdit(id);
        String lockReason = sheet.isLocked() ? messages.get("sheet.lockedBecause", nullToEmpty(sheet.getLockedReason()))
                : !campaigns.isEmpty() ? messages.get("sheet.inUse", campaigns.getFirst()) : null;
        boolean editable = mayEdit && lockReason == null;
        if (!editable) mode = Mode.NONE;
        var node = target == null ? null : sheet.getCriteria().stream().filter(c -> c.getId().equals(target)).findFirst().orElse(null);
        if (mode != Mode.NONE && target != null && node == null) mode = Mode.NONE;
        if (mode == Mode.ADD && node != null && !node.getType().isGroup()) mode = Mode.NONE;
        if (form == null && mode == Mode.ADD) form = CriterionForm.blank(sheet.getVersion(), target);
        if (form == null && mode == Mode.EDIT) form = CriterionForm.of(node, sheet.getVersion());
        model.addAttribute("sheet", sheet);
        model.addAttribute("outline", outline);
        model.addAttribute("owner", units.find(sheet.getOwnerUnitId()).orElse(null));
        model.addAttribute("mayEdit", mayEdit);
        model.addAttribute("mayCopyForUnion", !mayEdit && policy.mayCopyForUnion(id));
        model.addAttribute("editable", editable);
        model.addAttribute("lockReason", lockReason);
        model.addAttribute("mode", mode);
        model.addAttribute("target", node);
        model.addAttribute("targetId", target);
        if (mode == Mode.REMOVE) model.addAttribute("removing", descendants(sheet, node));
        if (!model.containsAttribute("form")) model.addAttribute("form", form == null ? CriterionForm.blank(sheet.getVersion(), null) : form);
        if (!model.containsAttribute("details")) model.addAttribute("details", SheetDetailsForm.of(sheet));
        model.addAttribute("types", CriterionType.values());
        model.addAttribute("formulas", Formula.values());
        return "campaign/sheet";
    }

    private static int descendants(ScoringSheet sheet, Criterion node) {
        int n = 0;
        for (var c : sheet.children(node)) n += 1 + descendants(sheet, c);
        return n;
    }

    private static String nullToEmpty(String s) { return s == null ? "" : s; }

}

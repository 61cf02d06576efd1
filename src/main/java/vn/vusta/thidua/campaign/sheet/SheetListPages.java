package vn.vusta.thidua.campaign.sheet;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vusta.thidua.cluster.ClusterLevel;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.Forms;
import vn.vusta.thidua.common.Messages;
import vn.vusta.thidua.organization.UnitCatalog;
import vn.vusta.thidua.organization.UnitSummary;

/** The list of scoring sheets an account manages or may read, and a new, empty sheet. Four queries, whatever the count. */
@Controller
class SheetListPages {
    private final ScoringSheets sheets;
    private final SheetPolicy policy;
    private final SheetEditor editor;
    private final UnitCatalog units;
    private final Messages messages;
    private final Clock clock;

    SheetListPages(ScoringSheets sheets, SheetPolicy policy, SheetEditor editor, UnitCatalog units, Messages messages, Clock clock) {
        this.sheets = sheets;
        this.policy = policy;
        this.editor = editor;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    /** One line of the list. */
    record Line(ScoringSheet sheet, UnitSummary owner, long criteria, long campaigns, long openedCampaigns, boolean mayEdit) {
        public boolean inUse() { return openedCampaigns > 0; }
    }

    @PreAuthorize("@sheetPolicy.mayList()")
    @GetMapping("/admin/sheets")
    String list(Model model) {
        return listPage(model, new NewSheetForm("", "", ClusterLevel.VUSTA, LocalDate.of(LocalDate.now(clock).getYear() + 1, 1, 1), null));
    }

    @PreAuthorize("@sheetPolicy.mayManageSome()")
    @PostMapping("/admin/sheets")
    String create(@Valid @ModelAttribute("newSheet") NewSheetForm form, BindingResult result, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) throws BindException {
        if (Forms.invalid(form, result, model, response)) return listPage(model, form);
        try {
            var sheet = editor.create(form);
            redirect.addFlashAttribute("success", messages.get("sheet.created", sheet.getCode()));
            return "redirect:/admin/sheets/" + sheet.getId() + "?top=true#editor";
        } catch (BusinessRuleException e) {
            response.setStatus(400);
            model.addAttribute("error", messages.of(e));
            return listPage(model, form);
        }
    }

    private String listPage(Model model, NewSheetForm form) {
        var actor = policy.actor();
        Long union = actor.isOffice() ? null : policy.unionOf(actor);
        List<ScoringSheet> list = actor.isOffice() ? sheets.listAll() : sheets.listFor(union == null ? actor.unitId() : union);
        var ids = list.stream().map(ScoringSheet::getId).toList();
        Map<Long, Long> criteria = new HashMap<>();
        Map<Long, long[]> usage = new HashMap<>();
        if (!ids.isEmpty()) {
            for (var row : sheets.criteriaCounts(ids)) criteria.put((Long) row[0], ((Number) row[1]).longValue());
            for (var row : sheets.usage(ids)) usage.put((Long) row[0], new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
        }
        var owners = units.byIds(list.stream().map(ScoringSheet::getOwnerUnitId).distinct().toList());
        var lines = list.stream().map(s -> {
            var u = usage.getOrDefault(s.getId(), new long[2]);
            boolean mayEdit = actor.isOffice() || s.getLevel() == ClusterLevel.PROVINCIAL && union != null && s.getOwnerUnitId() == union;
            return new Line(s, owners.get(s.getOwnerUnitId()), criteria.getOrDefault(s.getId(), 0L), u[0], u[1], mayEdit);
        }).toList();
        model.addAttribute("lines", lines);
        model.addAttribute("office", actor.isOffice());
        model.addAttribute("mayCreate", actor.isOffice() || union != null);
        model.addAttribute("levels", List.of(ClusterLevel.VUSTA, ClusterLevel.CENTRAL));
        if (!model.containsAttribute("newSheet")) model.addAttribute("newSheet", form);
        return "campaign/sheets";
    }
}

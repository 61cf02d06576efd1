package vn.vusta.thidua.campaign.assessment;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.vusta.thidua.common.Forms;
import vn.vusta.thidua.common.Messages;

/** The model of a score sheet's page, for showing it and for showing it again with the reason an action was refused. */
@Component
class ScoreSheetPage {
    private final SheetView view;
    private final EvidenceStore evidence;
    private final Messages messages;

    ScoreSheetPage(SheetView view, EvidenceStore evidence, Messages messages) {
        this.view = view;
        this.evidence = evidence;
        this.messages = messages;
    }

    String fill(long id, Model model) {
        model.addAttribute("p", view.of(id));
        model.addAttribute("maxUploadMb", evidence.maxSize().toMegabytes());
        if (!model.containsAttribute("entered")) model.addAttribute("entered", Map.of());
        return "assessment/sheet";
    }

    /** The sheet again, unchanged, with what was typed and the reason: 422 for a rule, 409 for a sheet changed meanwhile. */
    String refused(long id, RuntimeException e, Map<String, String> entered, Model model, HttpServletResponse response) {
        Forms.refused(e, response);
        model.addAttribute("error", messages.of(e));
        model.addAttribute("entered", entered);
        return fill(id, model);
    }
}

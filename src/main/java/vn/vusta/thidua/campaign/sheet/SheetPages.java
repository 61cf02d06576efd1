package vn.vusta.thidua.campaign.sheet;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vusta.thidua.campaign.sheet.SheetPageModel.Mode;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.ConcurrentEditException;
import vn.vusta.thidua.common.Forms;
import vn.vusta.thidua.common.Messages;

/**
 * The sheet page and its editor (office; a union's officer for its own sheets). A refused edit shows the page again
 * with the form as typed and the reason, so nothing typed is lost; a sheet changed meanwhile answers 409.
 */
@Controller
class SheetPages {
    private final SheetEditor editor;
    private final SheetPageModel page;
    private final Messages messages;

    SheetPages(SheetEditor editor, SheetPageModel page, Messages messages) {
        this.editor = editor;
        this.page = page;
        this.messages = messages;
    }

    /** Points as Vietnamese officers type them: "2,5" as well as "2.5". */
    @InitBinder("form")
    void decimalComma(WebDataBinder binder) {
        binder.registerCustomEditor(BigDecimal.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(text == null || text.isBlank() ? null : new BigDecimal(text.strip().replace(" ", "").replace(',', '.')));
            }
        });
    }

    @PreAuthorize("@sheetPolicy.mayView(#id)")
    @GetMapping("/admin/sheets/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) Long add, @RequestParam(required = false) Boolean top,
                @RequestParam(required = false) Long edit, @RequestParam(required = false) Long remove, Model model) {
        if (Boolean.TRUE.equals(top)) return page.fill(id, model, Mode.ADD, null, null);
        if (add != null) return page.fill(id, model, Mode.ADD, add, null);
        if (edit != null) return page.fill(id, model, Mode.EDIT, edit, null);
        if (remove != null) return page.fill(id, model, Mode.REMOVE, remove, null);
        return page.fill(id, model, Mode.NONE, null, null);
    }

    @PreAuthorize("@sheetPolicy.mayEdit(#id)")
    @PostMapping("/admin/sheets/{id}/criteria")
    String add(@PathVariable long id, @Valid @ModelAttribute("form") CriterionForm form, BindingResult result, Model model,
               HttpServletResponse response, RedirectAttributes redirect) throws BindException {
        if (Forms.invalid(form, result, model, response)) return page.fill(id, model, Mode.ADD, form.parentId(), form);
        try {
            var added = editor.add(id, form);
            redirect.addFlashAttribute("success", messages.get("criterion.added", added.getCode()));
            return "redirect:/admin/sheets/" + id + "#c-" + added.getId();
        } catch (BusinessRuleException | ObjectOptimisticLockingFailureException e) {
            return refused(e, id, model, response, Mode.ADD, form.parentId(), form);
        }
    }

    @PreAuthorize("@sheetPolicy.mayEdit(#id)")
    @PostMapping("/admin/sheets/{id}/criteria/{criterionId}")
    String change(@PathVariable long id, @PathVariable long criterionId, @Valid @ModelAttribute("form") CriterionForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) throws BindException {
        if (Forms.invalid(form, result, model, response)) return page.fill(id, model, Mode.EDIT, criterionId, form);
        try {
            editor.change(id, criterionId, form);
            redirect.addFlashAttribute("success", messages.get("criterion.changed", form.code().strip()));
            return "redirect:/admin/sheets/" + id + "#c-" + criterionId;
        } catch (BusinessRuleException | ObjectOptimisticLockingFailureException e) {
            return refused(e, id, model, response, Mode.EDIT, criterionId, form);
        }
    }

    @PreAuthorize("@sheetPolicy.mayEdit(#id)")
    @PostMapping("/admin/sheets/{id}/criteria/{criterionId}/remove")
    String remove(@PathVariable long id, @PathVariable long criterionId, @RequestParam(required = false) Long version,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, model, response, redirect, "criterion.removed", () -> editor.remove(id, criterionId, version));
    }

    @PreAuthorize("@sheetPolicy.mayEdit(#id)")
    @PostMapping("/admin/sheets/{id}/criteria/{criterionId}/move")
    String move(@PathVariable long id, @PathVariable long criterionId, @RequestParam(required = false) Long version,
                @RequestParam(defaultValue = "up") String direction, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        var view = act(id, model, response, redirect, null, () -> editor.move(id, criterionId, !"down".equals(direction), version));
        return view.startsWith("redirect:") ? view + "#c-" + criterionId : view;
    }

    @PreAuthorize("@sheetPolicy.mayEdit(#id)")
    @PostMapping("/admin/sheets/{id}/details")
    String details(@PathVariable long id, @Valid @ModelAttribute("details") SheetDetailsForm form, BindingResult result, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) throws BindException {
        if (Forms.invalid(form, result, model, response)) return page.fill(id, model, Mode.NONE, null, null);
        try {
            editor.describe(id, form);
            redirect.addFlashAttribute("success", messages.get("sheet.saved"));
            return "redirect:/admin/sheets/" + id;
        } catch (BusinessRuleException | ObjectOptimisticLockingFailureException e) {
            return refused(e, id, model, response, Mode.NONE, null, null);
        }
    }

    @PreAuthorize("@sheetPolicy.mayCopy(#id)")
    @PostMapping("/admin/sheets/{id}/copy")
    String copy(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            var copy = editor.copy(id, validFrom);
            redirect.addFlashAttribute("success", messages.get("sheet.copied", copy.getSheetVersion()));
            return "redirect:/admin/sheets/" + copy.getId();
        } catch (BusinessRuleException e) {
            return refused(e, id, model, response, Mode.NONE, null, null);
        }
    }

    private String refused(RuntimeException e, long id, Model model, HttpServletResponse response, Mode mode, Long target, CriterionForm form) {
        boolean conflict = e instanceof ConcurrentEditException || e instanceof ObjectOptimisticLockingFailureException;
        Forms.refused(e, response);
        model.addAttribute("error", conflict ? messages.get("sheet.concurrentEdit") : messages.of(e));
        var view = page.fill(id, model, mode, target, form);
        if (conflict) {
            // what was typed stays in the form, now against the version shown, so that saving again is a conscious choice
            long now = ((ScoringSheet) model.getAttribute("sheet")).getVersion();
            if (form != null) model.addAttribute("form", form.withVersion(now));
            if (model.getAttribute("details") instanceof SheetDetailsForm d) model.addAttribute("details", d.withVersion(now));
        }
        return view;
    }

    private String act(long id, Model model, HttpServletResponse response, RedirectAttributes redirect, String successKey, Runnable action) {
        try {
            action.run();
            if (successKey != null) redirect.addFlashAttribute("success", messages.get(successKey));
            return "redirect:/admin/sheets/" + id;
        } catch (BusinessRuleException | ObjectOptimisticLockingFailureException e) {
            return refused(e, id, model, response, Mode.NONE, null, null);
        }
    }
}

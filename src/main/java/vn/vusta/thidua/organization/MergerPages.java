package vn.vusta.thidua.organization;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.Forms;
import vn.vusta.thidua.common.Messages;

/** The office records a merger, and later the unions' own merger decision. */
@Controller
class MergerPages {
    private final Mergers mergers;
    private final UnitCatalog catalog;
    private final Messages messages;

    MergerPages(Mergers mergers, UnitCatalog catalog, Messages messages) {
        this.mergers = mergers;
        this.catalog = catalog;
        this.messages = messages;
    }

    @PreAuthorize("@unitPolicy.mayKeepRegister()")
    @GetMapping("/admin/mergers/new")
    String form(Model model) {
        return page(model, new MergerForm(java.util.List.of(), null, null, "", "", null));
    }

    @PreAuthorize("@unitPolicy.mayKeepRegister()")
    @PostMapping("/admin/mergers/new")
    String merge(@Valid @ModelAttribute("form") MergerForm form, BindingResult result, Model model, HttpServletResponse response,
                 RedirectAttributes redirect) throws BindException {
        if (Forms.invalid(form, result, model, response)) return page(model, form);
        try {
            var merged = mergers.merge(form);
            redirect.addFlashAttribute("success", messages.get("merger.saved", merged.predecessorIds().size(),
                    catalog.get(merged.successorId()).name()));
            return "redirect:/units/" + merged.successorId();
        } catch (BusinessRuleException e) {
            model.addAttribute("error", messages.of(e));
            return page(model, form);
        }
    }

    @PreAuthorize("@unitPolicy.mayKeepRegister()")
    @PostMapping("/units/{id}/union-decision")
    String unionDecision(@PathVariable long id, @Valid UnionDecisionForm form, BindingResult result, RedirectAttributes redirect)
            throws BindException {
        if (result.hasErrors()) {
            if (form == null) throw new BindException(result);
            redirect.addFlashAttribute("error", Forms.summary(messages, result));
            return "redirect:/units/" + id;
        }
        try {
            mergers.recordUnionDecision(id, form.reference(), form.date());
            redirect.addFlashAttribute("success", messages.get("merger.union.saved"));
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("error", messages.of(e));
        }
        return "redirect:/units/" + id;
    }

    private String page(Model model, MergerForm form) {
        model.addAttribute("form", form);
        model.addAttribute("units", catalog.search(new UnitCatalog.Criteria(null, null, UnitStatus.ACTIVE, null)));
        return "organization/merger-form";
    }
}

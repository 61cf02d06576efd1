package vn.vusta.thidua.organization;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.Forms;
import vn.vusta.thidua.common.Messages;
import vn.vusta.thidua.common.PageLinks;

/** The "Hội thành viên" part of a union's page (searchable, paged), new associations, and ending one. */
@Controller
class MemberAssociationPages {
    static final int PAGE_SIZE = 25;

    private final UnitCatalog catalog;
    private final MemberAssociations associations;
    private final UnitPolicy policy;
    private final Messages messages;

    MemberAssociationPages(UnitCatalog catalog, MemberAssociations associations, UnitPolicy policy, Messages messages) {
        this.catalog = catalog;
        this.associations = associations;
        this.policy = policy;
        this.messages = messages;
    }

    /** The union's member associations (with those of the unions it carries on): two statements whatever their number. */
    @PreAuthorize("permitAll()")
    @GetMapping("/units/{id}/associations")
    String list(@PathVariable long id, @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                HttpServletRequest request, Model model) {
        var listed = catalog.associationsOf(id, q, PageRequest.of(PageLinks.index(page), PAGE_SIZE));
        var found = listed.page();
        model.addAttribute("associations", found.getContent());
        model.addAttribute("pages", PageLinks.of(found, request));
        model.addAttribute("unionId", id);
        model.addAttribute("owners", listed.owners());
        model.addAttribute("q", q);
        model.addAttribute("mayAdd", policy.mayAddAssociations(id));
        return "organization/associations :: associations";
    }

    @PreAuthorize("@unitPolicy.mayAddAssociations(#id)")
    @GetMapping("/units/{id}/associations/new")
    String createForm(@PathVariable long id, Model model) { return form(model, id, AssociationForm.empty()); }

    @PreAuthorize("@unitPolicy.mayAddAssociations(#id)")
    @PostMapping("/units/{id}/associations/new")
    String create(@PathVariable long id, @Valid @ModelAttribute("form") AssociationForm form, BindingResult result, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) throws BindException {
        if (Forms.invalid(form, result, model, response)) return form(model, id, form);
        try {
            var unit = associations.create(id, form);
            redirect.addFlashAttribute("success", messages.get("association.created"));
            return "redirect:/units/" + unit.getId();
        } catch (BusinessRuleException e) {
            model.addAttribute("error", messages.of(e));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, id, form);
        }
    }

    @PreAuthorize("@unitPolicy.mayManageAssociation(#id)")
    @PostMapping("/units/{id}/end")
    String end(@PathVariable long id, @RequestParam(required = false) Long version,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay,
               RedirectAttributes redirect) {
        try {
            associations.end(id, version, lastDay);
            redirect.addFlashAttribute("success", messages.get("association.ended"));
        } catch (BusinessRuleException | ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("error", messages.of(e));
        }
        return "redirect:/units/" + id;
    }

    private String form(Model model, long unionId, AssociationForm form) {
        model.addAttribute("union", catalog.get(unionId));
        if (!model.containsAttribute("form")) model.addAttribute("form", form);
        return "organization/association-form";
    }
}

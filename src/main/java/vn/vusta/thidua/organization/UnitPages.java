package vn.vusta.thidua.organization;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.data.domain.PageRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
import vn.vusta.thidua.common.ReferenceCache;
import vn.vusta.thidua.identity.ActorContext;

/** Unit list with search and filters, unit detail with lineage, and the edit forms. */
@Controller
class UnitPages {
    private final UnitCatalog catalog;
    private final UnitService service;
    private final ActorContext actors;
    private final Messages messages;
    private final UnitPolicy policy;
    private final ReferenceCache cache;
    private final java.time.Clock clock;

    UnitPages(UnitCatalog catalog, UnitService service, ActorContext actors, Messages messages, UnitPolicy policy, ReferenceCache cache,
              java.time.Clock clock) {
        this.clock = clock;
        this.policy = policy;
        this.cache = cache;
        this.catalog = catalog;
        this.service = service;
        this.actors = actors;
        this.messages = messages;
    }

    static final int PAGE_SIZE = 50;

    /** A unit in the list with its status on the chosen date (today's without one). */
    record Row(UnitSummary unit, UnitStatus status) {}

    private record SearchKey(UnitCatalog.Criteria criteria, PageRequest page) {}

    @PreAuthorize("permitAll()")
    @GetMapping("/units")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) UnitType type,
                @RequestParam(required = false) UnitStatus status, @RequestParam(required = false) Long owner,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                @RequestParam(required = false) Integer page, HttpServletRequest request, Model model) {
        var criteria = new UnitCatalog.Criteria(q, type, status, date, owner);
        var pageRequest = PageRequest.of(PageLinks.index(page), PAGE_SIZE);
        // the register is reference data: a page of it comes from the cache, emptied on every write (ReferenceCache)
        var found = cache.get(new SearchKey(criteria, pageRequest), () -> catalog.search(criteria, pageRequest));
        model.addAttribute("units", found.getContent().stream().map(u -> new Row(u, u.statusOn(date))).toList());
        model.addAttribute("pages", PageLinks.of(found, request));
        model.addAttribute("q", q);
        model.addAttribute("type", type);
        model.addAttribute("status", status);
        model.addAttribute("date", date);
        model.addAttribute("owner", owner);
        model.addAttribute("ownerUnit", owner == null ? null : catalog.find(owner).orElse(null));
        model.addAttribute("types", UnitType.values());
        model.addAttribute("statuses", UnitStatus.values());
        return "organization/units";
    }

    @PreAuthorize("permitAll()")
    @GetMapping("/units/{id}")
    String detail(@PathVariable long id, Model model) {
        var unit = catalog.entity(id);
        var actor = actors.current();
        model.addAttribute("unit", unit);
        model.addAttribute("contact", actor.isAuthenticated() ? unit.contact() : unit.contact().withoutPersonalData());
        model.addAttribute("predecessors", catalog.predecessors(id));
        model.addAttribute("successor", catalog.successor(id).orElse(null));
        model.addAttribute("canEdit", policy.mayEdit(id));
        model.addAttribute("admin", policy.mayKeepRegister());
        var summary = unit.summary();
        if (summary.isAssociation()) {
            model.addAttribute("owner", catalog.get(summary.ownerUnitId()));
            model.addAttribute("holder", catalog.holderOn(summary, LocalDate.now(clock)).orElse(null));
            model.addAttribute("mayManageAssociation", policy.mayManageAssociation(id));
            model.addAttribute("today", LocalDate.now(clock));
        }
        model.addAttribute("union", summary.type() == UnitType.PROVINCIAL_UNION);
        return "organization/unit";
    }

    @PreAuthorize("@unitPolicy.mayEdit(#id)")
    @GetMapping("/units/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        return form(model, id, UnitForm.of(catalog.entity(id)));
    }

    @PreAuthorize("@unitPolicy.mayEdit(#id)")
    @PostMapping("/units/{id}/edit")
    String edit(@PathVariable long id, @Valid @ModelAttribute("form") UnitForm form, BindingResult result, Model model,
                HttpServletResponse response, RedirectAttributes redirect) throws BindException {
        if (Forms.invalid(form, result, model, response)) return form(model, id, form);
        try {
            service.update(id, form);
            redirect.addFlashAttribute("success", messages.get("unit.saved"));
            return "redirect:/units/" + id;
        } catch (BusinessRuleException | ObjectOptimisticLockingFailureException e) {
            model.addAttribute("error", messages.of(e));
            return form(model, id, form);
        }
    }

    @PreAuthorize("@unitPolicy.mayKeepRegister()")
    @GetMapping("/admin/units/new")
    String createForm(Model model) {
        return form(model, null, new UnitForm(null, "", "", "", UnitType.NATIONAL_ASSOCIATION, "", UnitStatus.ACTIVE,
                null, null, "", "", "", "", ""));
    }

    @PreAuthorize("@unitPolicy.mayKeepRegister()")
    @PostMapping("/admin/units/new")
    String create(@Valid @ModelAttribute("form") UnitForm form, BindingResult result, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) throws BindException {
        if (Forms.invalid(form, result, model, response)) return form(model, null, form);
        try {
            var unit = service.create(form);
            redirect.addFlashAttribute("success", messages.get("unit.created"));
            return "redirect:/units/" + unit.getId();
        } catch (BusinessRuleException e) {
            model.addAttribute("error", messages.of(e));
            return form(model, null, form);
        }
    }

    private String form(Model model, Long id, UnitForm form) {
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("admin", policy.mayKeepRegister());
        model.addAttribute("associationManager", id != null && policy.mayManageAssociation(id));
        model.addAttribute("types", UnitType.values());
        model.addAttribute("statuses", UnitStatus.values());
        return "organization/unit-form";
    }
}

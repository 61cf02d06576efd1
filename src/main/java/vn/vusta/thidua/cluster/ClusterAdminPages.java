package vn.vusta.thidua.cluster;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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
import vn.vusta.thidua.organization.UnitCatalog;
import vn.vusta.thidua.organization.UnitType;

/** The office's edits of a cluster's year (name, person in charge, members) and new clusters or blocks. */
@Controller
class ClusterAdminPages {
    private final ClusterService service;
    private final UnitCatalog units;
    private final Messages messages;
    private final Clock clock;

    ClusterAdminPages(ClusterService service, UnitCatalog units, Messages messages, Clock clock) {
        this.service = service;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    @PreAuthorize("@clusterPolicy.mayManage(#id)")
    @PostMapping("/clusters/{id}/details")
    String updateDetails(@PathVariable long id, @Valid ClusterDetailsForm form, BindingResult result, RedirectAttributes redirect)
            throws BindException {
        if (result.hasErrors()) {
            if (form == null) throw new BindException(result);
            redirect.addFlashAttribute("error", Forms.summary(messages, result));
            return "redirect:/clusters/" + id;
        }
        return act(id, redirect, "cluster.saved", () -> service.updateDetails(id, form));
    }

    @PreAuthorize("@clusterPolicy.mayManage(#id)")
    @PostMapping("/clusters/{id}/members")
    String addMember(@PathVariable long id, @RequestParam(required = false) Long unitId, @RequestParam(required = false) Long version,
                     @RequestParam(required = false) String correctionReason, RedirectAttributes redirect) {
        return act(id, redirect, "cluster.member.added", () -> service.addMember(id, unitId, version, correctionReason));
    }

    @PreAuthorize("@clusterPolicy.mayManage(#id)")
    @PostMapping("/clusters/{id}/members/{unitId}/remove")
    String removeMember(@PathVariable long id, @PathVariable long unitId, @RequestParam(required = false) Long version,
                        @RequestParam(required = false) String correctionReason, RedirectAttributes redirect) {
        return act(id, redirect, "cluster.member.removed", () -> service.removeMember(id, unitId, version, correctionReason));
    }

    @PreAuthorize("@clusterPolicy.mayManage()")
    @GetMapping("/admin/clusters/new")
    String createForm(@RequestParam(required = false) Integer year, Model model) {
        return createPage(new NewClusterForm("", year == null ? LocalDate.now(clock).getYear() : year, "", ClusterKind.BLOCK,
                ClusterLevel.VUSTA, null), model);
    }

    @PreAuthorize("@clusterPolicy.mayManage()")
    @PostMapping("/admin/clusters/new")
    String create(@Valid @ModelAttribute("form") NewClusterForm form, BindingResult result, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) throws BindException {
        if (Forms.invalid(form, result, model, response)) return createPage(form, model);
        try {
            var cluster = service.create(form);
            redirect.addFlashAttribute("success", messages.get("cluster.created"));
            return "redirect:/clusters/" + cluster.getId();
        } catch (BusinessRuleException e) {
            model.addAttribute("error", messages.of(e));
            return createPage(form, model);
        }
    }

    private String createPage(NewClusterForm form, Model model) {
        if (!model.containsAttribute("form")) model.addAttribute("form", form);
        model.addAttribute("kinds", ClusterKind.values());
        model.addAttribute("levels", ClusterLevel.values());
        model.addAttribute("unions", units.search(new UnitCatalog.Criteria(null, UnitType.PROVINCIAL_UNION, null, null)));
        return "cluster/create";
    }

    private String act(long id, RedirectAttributes redirect, String successKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("success", messages.get(successKey));
        } catch (BusinessRuleException | ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("error", messages.of(e));
        }
        return "redirect:/clusters/" + id;
    }
}

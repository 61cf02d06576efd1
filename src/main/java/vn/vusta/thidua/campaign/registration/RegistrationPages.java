package vn.vusta.thidua.campaign.registration;

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

/** The registration page of a member unit's officer; a registration as the head or the office reads and reopens it. */
@Controller
class RegistrationPages {
    private final RegistrationService service;
    private final Messages messages;

    RegistrationPages(RegistrationService service, Messages messages) {
        this.service = service;
        this.messages = messages;
    }

    @PreAuthorize("@campaignPolicy.mayRegister(#id)")
    @GetMapping("/campaigns/{id}/registration")
    String form(@PathVariable long id, Model model) {
        return page(service.page(id), null, model);
    }

    @PreAuthorize("@campaignPolicy.mayRegister(#id)")
    @PostMapping("/campaigns/{id}/registration")
    String save(@PathVariable long id, @Valid @ModelAttribute("form") RegistrationForm form, BindingResult result,
                @RequestParam(defaultValue = "save") String action, Model model, HttpServletResponse response,
                RedirectAttributes redirect) throws BindException {
        if (Forms.invalid(form, result, model, response)) return page(service.page(id), form, model);
        try {
            boolean submit = action.equals("submit");
            boolean late = service.save(id, form, submit);
            var page = service.page(id);
            redirect.addFlashAttribute("success", !submit ? messages.get("registration.saved")
                    : late ? messages.get("registration.sentLate", page.campaign().deadlines().registration()) : messages.get("registration.sent"));
            return "redirect:/campaigns/" + id + "/registration";
        } catch (BusinessRuleException | ObjectOptimisticLockingFailureException e) {
            Forms.refused(e, response);
            model.addAttribute("error", messages.of(e));
            return page(service.page(id), form, model);
        }
    }

    @PreAuthorize("@campaignPolicy.mayReadRegistration(#id, #registrationId)")
    @GetMapping("/campaigns/{id}/registrations/{registrationId}")
    String view(@PathVariable long id, @PathVariable long registrationId, Model model) {
        model.addAttribute("v", service.view(id, registrationId));
        return "campaign/registration-view";
    }

    @PreAuthorize("@campaignPolicy.mayReopenRegistration(#id, #registrationId)")
    @PostMapping("/campaigns/{id}/registrations/{registrationId}/reopen")
    String reopen(@PathVariable long id, @PathVariable long registrationId, @RequestParam(required = false) String reason,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            if (reason == null || reason.isBlank()) throw new BusinessRuleException("registration.reopen.reason");
            if (reason.length() > 500) throw new BusinessRuleException("registration.reopen.reason");
            service.reopen(id, registrationId, reason);
            redirect.addFlashAttribute("success", messages.get("registration.reopen.done"));
            return "redirect:/campaigns/" + id + "/registrations/" + registrationId;
        } catch (BusinessRuleException | ObjectOptimisticLockingFailureException e) {
            return refused(e, id, registrationId, model, response);
        }
    }

    @PreAuthorize("@campaignPolicy.mayCarryOver(#id, #registrationId)")
    @PostMapping("/campaigns/{id}/registrations/{registrationId}/carry-over")
    String carryOver(@PathVariable long id, @PathVariable long registrationId, Model model, HttpServletResponse response,
                     RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("success", messages.get("registration.carryOver.done", service.carryOver(id, registrationId)));
            return "redirect:/campaigns/" + id + "/registrations/" + registrationId;
        } catch (BusinessRuleException | ObjectOptimisticLockingFailureException e) {
            return refused(e, id, registrationId, model, response);
        }
    }

    private String refused(RuntimeException e, long id, long registrationId, Model model, HttpServletResponse response) {
        Forms.refused(e, response);
        model.addAttribute("error", messages.of(e));
        return view(id, registrationId, model);
    }

    private String page(RegistrationService.Page page, RegistrationForm posted, Model model) {
        model.addAttribute("p", page);
        if (!model.containsAttribute("form")) model.addAttribute("form", posted != null ? posted : page.form());
        model.addAttribute("knownTitles", RegistrationForm.KNOWN_TITLES);
        return "campaign/registration";
    }
}

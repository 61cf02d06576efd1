package vn.vusta.thidua.identity;

import java.util.EnumSet;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.Messages;

/** Login page, the account list of the VUSTA office, and "my account". */
@Controller
class AccountPages {
    private final AccountService service;
    private final UnitDirectory units;
    private final ActorContext actors;
    private final Messages messages;

    AccountPages(AccountService service, UnitDirectory units, ActorContext actors, Messages messages) {
        this.service = service;
        this.units = units;
        this.actors = actors;
        this.messages = messages;
    }

    @PreAuthorize("permitAll()")
    @GetMapping("/login")
    String login() { return "identity/login"; }

    /** Accounts, their units and the login locks in force: three queries, whatever the number of accounts. */
    @PreAuthorize("@accountPolicy.mayAdminister()")
    @GetMapping("/admin/accounts")
    String list(Model model) {
        var all = service.all();
        var unitNames = units.byIds(all.stream().map(Account::getUnitId).filter(Objects::nonNull).collect(Collectors.toSet()))
                .values().stream().collect(Collectors.toMap(UnitDirectory.UnitOption::id, UnitDirectory.UnitOption::name));
        var locks = service.locksInForce();
        model.addAttribute("accounts", all);
        model.addAttribute("unitNames", unitNames);
        model.addAttribute("lockedUsernames", locks.stream().filter(l -> l.kind() == LoginThrottle.Kind.USERNAME)
                .map(LoginThrottle.Lock::subject).collect(Collectors.toSet()));
        model.addAttribute("locks", locks);
        return "identity/accounts";
    }

    @PreAuthorize("@accountPolicy.mayAdminister()")
    @GetMapping("/admin/accounts/new")
    String createForm(Model model) {
        return form(model, new AccountService.AccountForm(null, null, "", "", "", java.util.EnumSet.of(Role.UNIT_OFFICER), null, true, ""));
    }

    @PreAuthorize("@accountPolicy.mayAdminister()")
    @PostMapping("/admin/accounts/new")
    String create(AccountService.AccountForm form, Model model, RedirectAttributes redirect) {
        try {
            var account = service.create(form);
            redirect.addFlashAttribute("success", messages.get("account.created", account.getUsername()));
            return "redirect:/admin/accounts";
        } catch (BusinessRuleException e) {
            model.addAttribute("error", messages.of(e));
            return form(model, form);
        }
    }

    @PreAuthorize("@accountPolicy.mayAdminister()")
    @GetMapping("/admin/accounts/{id}")
    String editForm(@PathVariable long id, Model model) {
        var a = service.get(id);
        return form(model, new AccountService.AccountForm(a.getId(), a.getVersion(), a.getUsername(), a.getDisplayName(),
                a.getEmail(), a.getRoles(), a.getUnitId(), a.isEnabled(), ""));
    }

    @PreAuthorize("@accountPolicy.mayAdminister()")
    @PostMapping("/admin/accounts/{id}")
    String update(@PathVariable long id, AccountService.AccountForm form, Model model, RedirectAttributes redirect) {
        var withId = new AccountService.AccountForm(id, form.version(), form.username(), form.displayName(), form.email(),
                form.roles(), form.unitId(), form.enabled(), form.password());
        try {
            service.update(withId);
            redirect.addFlashAttribute("success", messages.get("account.saved"));
            return "redirect:/admin/accounts";
        } catch (BusinessRuleException | org.springframework.orm.ObjectOptimisticLockingFailureException e) {
            model.addAttribute("error", messages.of(e));
            return form(model, withId);
        }
    }

    @PreAuthorize("@accountPolicy.mayAdminister()")
    @PostMapping("/admin/accounts/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        service.unlock(id);
        redirect.addFlashAttribute("success", messages.get("account.unlocked"));
        return "redirect:/admin/accounts";
    }

    @PreAuthorize("@accountPolicy.mayAdminister()")
    @PostMapping("/admin/accounts/unlock-address")
    String unlockAddress(@RequestParam String address, RedirectAttributes redirect) {
        service.unlockAddress(address);
        redirect.addFlashAttribute("success", messages.get("account.addressUnlocked", address));
        return "redirect:/admin/accounts";
    }

    @PreAuthorize("@accountPolicy.mayViewAccountsOf(#unitId)")
    @GetMapping("/units/{unitId}/accounts")
    String ofUnit(@PathVariable long unitId, Model model) {
        model.addAttribute("accounts", service.ofUnit(unitId));
        model.addAttribute("unit", units.find(unitId).orElse(null));
        return "identity/unit-accounts";
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/account")
    String mine(Model model) {
        var actor = actors.current();
        model.addAttribute("actor", actor);
        model.addAttribute("roles", actor.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(actor.roles()));
        model.addAttribute("presidium", actor.has(Role.PRESIDIUM_MEMBER));
        model.addAttribute("unit", actor.unitId() == null ? null : units.find(actor.unitId()).orElse(null));
        return "identity/mine";
    }

    @PreAuthorize("isAuthenticated()")
    @PostMapping("/account/password")
    String changePassword(@RequestParam String current, @RequestParam String next, @RequestParam String confirm,
                          HttpServletRequest request, Model model, RedirectAttributes redirect) {
        try {
            var session = request.getSession(false);
            service.changeOwnPassword(current, next, confirm, request.getRemoteAddr(), session == null ? null : session.getId());
            redirect.addFlashAttribute("success", messages.get("account.password.changed"));
            return "redirect:/account";
        } catch (BusinessRuleException e) {
            model.addAttribute("error", messages.of(e));
            return mine(model);
        }
    }

    private String form(Model model, AccountService.AccountForm form) {
        model.addAttribute("form", form);
        model.addAttribute("roles", Role.values());
        var current = units.currentUnits();
        model.addAttribute("unitGroups", current.stream().collect(Collectors.groupingBy(
                u -> u.group() == null ? "" : u.group(), java.util.LinkedHashMap::new, Collectors.toList())));
        // an account may stay bound to a unit that has ended (merged away): it stays selected, marked as ended
        if (form.unitId() != null && current.stream().noneMatch(u -> u.id() == form.unitId())) {
            units.find(form.unitId()).ifPresent(u -> model.addAttribute("endedUnit", u));
        }
        return "identity/account-form";
    }

}

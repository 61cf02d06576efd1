package vn.vusta.thidua.campaign;

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
import vn.vusta.thidua.cluster.ClusterKind;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.Forms;
import vn.vusta.thidua.common.Messages;
import vn.vusta.thidua.common.NotFoundException;
import vn.vusta.thidua.identity.ActorContext;

/** The campaigns of a year, a campaign's overview, and the form that prepares and opens one. */
@Controller
class CampaignPages {
    private final CampaignQueries queries;
    private final CampaignService service;
    private final SheetChoices sheets;
    private final Campaigns campaigns;
    private final ActorContext actors;
    private final Messages messages;
    private final java.time.Clock clock;
    private final vn.vusta.thidua.organization.UnitCatalog unions;

    CampaignPages(CampaignQueries queries, CampaignService service, SheetChoices sheets, Campaigns campaigns, ActorContext actors,
                  Messages messages, java.time.Clock clock, vn.vusta.thidua.organization.UnitCatalog unions) {
        this.clock = clock;
        this.unions = unions;
        this.queries = queries;
        this.service = service;
        this.sheets = sheets;
        this.campaigns = campaigns;
        this.actors = actors;
        this.messages = messages;
    }

    @PreAuthorize("permitAll()")
    @GetMapping("/campaigns")
    String list(@RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("listing", queries.list(year, actors.current()));
        return "campaign/list";
    }

    @PreAuthorize("@campaignPolicy.mayView(#id)")
    @GetMapping("/campaigns/{id}")
    String overview(@PathVariable long id, Model model) {
        model.addAttribute("o", queries.overview(id, actors.current()));
        return "campaign/overview";
    }

    @PreAuthorize("@campaignPolicy.mayCreate()")
    @GetMapping("/campaigns/new")
    String newForm(@RequestParam(required = false) Integer year, @RequestParam(required = false) ClusterKind kind,
                   @RequestParam(required = false) Long union, Model model, HttpServletResponse response) {
        int y = year != null ? year : java.time.LocalDate.now(clock).getYear();
        var form = CampaignForm.proposal(y, kind == null ? ClusterKind.CLUSTER : kind);
        try {
            model.addAttribute("union", union(union));
            return form(null, form, model);
        } catch (BusinessRuleException e) {
            model.addAttribute("union", null);
            var view = failed(null, form, e, model, response);
            response.setStatus(400); // a link with an unknown union: a bad parameter, no form was sent
            return view;
        }
    }

    /** The union the office prepares a campaign for (null: VUSTA's own, or not the office); an unknown one is refused. */
    private Long union(Long requested) {
        if (requested == null || !actors.current().isOffice()) return null;
        service.scopeForActor(ClusterKind.CLUSTER, requested);
        return requested;
    }

    @PreAuthorize("@campaignPolicy.mayCreate()")
    @PostMapping("/campaigns/new")
    String create(@Valid @ModelAttribute("form") CampaignForm form, BindingResult result, @RequestParam(required = false) Long union,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) throws BindException {
        try {
            model.addAttribute("union", union(union));
        } catch (BusinessRuleException e) {
            model.addAttribute("union", null);
            return failed(null, form, e, model, response);
        }
        if (Forms.invalid(form, result, model, response)) return form(null, form, model);
        try {
            var c = service.create(form, (Long) model.getAttribute("union"));
            redirect.addFlashAttribute("success", messages.get("campaign.saved"));
            return "redirect:/campaigns/" + c.getId();
        } catch (BusinessRuleException e) {
            return failed(null, form, e, model, response);
        }
    }

    @PreAuthorize("@campaignPolicy.mayManage(#id)")
    @GetMapping("/campaigns/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        var c = campaign(id);
        return form(c, CampaignForm.of(c), model);
    }

    @PreAuthorize("@campaignPolicy.mayManage(#id)")
    @PostMapping("/campaigns/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") CampaignForm form, BindingResult result, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) throws BindException {
        if (Forms.invalid(form, result, model, response)) return form(campaign(id), form, model);
        try {
            service.update(id, form);
            redirect.addFlashAttribute("success", messages.get("campaign.saved"));
            return "redirect:/campaigns/" + id;
        } catch (BusinessRuleException | ObjectOptimisticLockingFailureException e) {
            return failed(campaign(id), form, e, model, response);
        }
    }

    @PreAuthorize("@campaignPolicy.mayManage(#id)")
    @PostMapping("/campaigns/{id}/open")
    String open(@PathVariable long id, @RequestParam(required = false) Long version, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        try {
            service.open(id, version);
            redirect.addFlashAttribute("success", messages.get("campaign.opened"));
            return "redirect:/campaigns/" + id;
        } catch (BusinessRuleException | ObjectOptimisticLockingFailureException e) {
            Forms.refused(e, response);
            model.addAttribute("error", messages.of(e));
            return overview(id, model);
        }
    }

    private String failed(Campaign c, CampaignForm form, RuntimeException e, Model model, HttpServletResponse response) {
        Forms.refused(e, response);
        model.addAttribute("error", messages.of(e));
        return form(c, form, model);
    }

    private String form(Campaign c, CampaignForm form, Model model) {
        var scope = c != null ? new CampaignService.Scope(c.getLevel(), c.getKind(), c.getOwnerUnitId())
                : service.scopeForActor(form.kind(), (Long) model.getAttribute("union"));
        int year = c != null ? c.getYear() : form.year() == null ? java.time.LocalDate.now(clock).getYear() : form.year();
        model.addAttribute("campaign", c);
        if (!model.containsAttribute("form")) model.addAttribute("form", form);
        model.addAttribute("scope", scope);
        model.addAttribute("sheets", sheets.forCampaign(year, scope.level(), scope.ownerUnitId()));
        model.addAttribute("reviewModes", ReviewMode.values());
        model.addAttribute("tieBreaks", CampaignForm.TIE_BREAKS);
        model.addAttribute("office", actors.current().isOffice());
        if (c == null && actors.current().isOffice()) {
            // the unions whose internal campaign the office may prepare on their behalf, and the one chosen
            model.addAttribute("unions", unions.existingOn(java.time.LocalDate.of(year, 1, 1), vn.vusta.thidua.organization.UnitType.PROVINCIAL_UNION));
            model.addAttribute("ownerName", scope.level() == vn.vusta.thidua.cluster.ClusterLevel.PROVINCIAL
                    ? unions.find(scope.ownerUnitId()).map(vn.vusta.thidua.organization.UnitSummary::name).orElse(null) : null);
        }
        return "campaign/form";
    }

    private Campaign campaign(long id) { return campaigns.findById(id).orElseThrow(() -> new NotFoundException("campaign", id)); }
}

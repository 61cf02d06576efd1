package vn.vusta.thidua.cluster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
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
import vn.vusta.thidua.identity.AccountDirectory;
import vn.vusta.thidua.identity.ActorContext;
import vn.vusta.thidua.identity.Role;
import vn.vusta.thidua.organization.UnitCatalog;
import vn.vusta.thidua.organization.UnitType;

/** Home overview, clusters of a year, cluster detail with rotation history, and the leadership form. */
@Controller
class ClusterPages {
    private final ClusterQueries queries;
    private final ClusterService service;
    private final Rotation rotation;
    private final ClusterAuthority authority;
    private final ActorContext actors;
    private final UnitCatalog units;
    private final Messages messages;
    private final AccountDirectory accounts;
    private final Clock clock;
    private final MyWork myWork;

    ClusterPages(ClusterQueries queries, ClusterService service, Rotation rotation, ClusterAuthority authority,
                 ActorContext actors, UnitCatalog units, Messages messages, AccountDirectory accounts, Clock clock, MyWork myWork) {
        this.clock = clock;
        this.myWork = myWork;
        this.queries = queries;
        this.service = service;
        this.rotation = rotation;
        this.authority = authority;
        this.actors = actors;
        this.units = units;
        this.messages = messages;
        this.accounts = accounts;
    }

    @PreAuthorize("permitAll()")
    @GetMapping("/")
    String home(@RequestParam(required = false) Integer year, Model model) {
        yearModel(year, model);
        model.addAttribute("myWork", myWork.of(actors.current()));
        return "cluster/home";
    }

    @PreAuthorize("permitAll()")
    @GetMapping("/clusters")
    String list(@RequestParam(required = false) Integer year, Model model) {
        yearModel(year, model);
        return "cluster/list";
    }

    private void yearModel(Integer year, Model model) {
        int y = year == null ? queries.defaultYear() : year;
        var list = queries.ofYear(y);
        model.addAttribute("year", y);
        model.addAttribute("schemeSince", queries.schemeSince(y));
        model.addAttribute("years", queries.years());
        model.addAttribute("clusters", list);
        model.addAttribute("unitCount", list.stream().mapToInt(ClusterView::size).sum());
        model.addAttribute("blocks", queries.blocksOfYear(y));
    }

    @PreAuthorize("permitAll()")
    @GetMapping("/clusters/{id}")
    String detail(@PathVariable long id, Model model) {
        var cluster = queries.get(id);
        var entity = queries.entity(id);
        var actor = actors.current();
        model.addAttribute("cluster", cluster);
        model.addAttribute("history", queries.history(cluster.code()));
        model.addAttribute("headRights", authority.hasHeadRights(actor, entity));
        model.addAttribute("mayRecord", authority.mayRecordLeadership(actor, entity));
        model.addAttribute("admin", actor.isAdmin());
        model.addAttribute("supervising", actor.username() != null && actor.username().equals(cluster.supervisorUsername()));
        if (actor.isAdmin()) {
            model.addAttribute("presidium", accounts.enabledWithRole(Role.PRESIDIUM_MEMBER));
            var first = LocalDate.of(cluster.year(), 1, 1);
            var last = LocalDate.of(cluster.year(), 12, 31);
            model.addAttribute("candidates", units.search(UnitCatalog.Criteria.all()).stream()
                    .filter(u -> (u.validFrom() == null || !u.validFrom().isAfter(last)) && (u.validTo() == null || !u.validTo().isBefore(first)))
                    .filter(u -> ClusterService.typeRefusal(entity, u).isEmpty())
                    .filter(u -> cluster.members().stream().noneMatch(m -> m.unit().id() == u.id())).toList());
        }
        return "cluster/detail";
    }

    @PreAuthorize("@clusterPolicy.mayRecordLeadership(#id)")
    @GetMapping("/clusters/{id}/leadership")
    String leadershipForm(@PathVariable long id, Model model) {
        var cluster = queries.entity(id);
        var proposal = rotation.propose(id);
        // a recorded choice is shown as it stands (to correct it); otherwise the proposal is preselected
        var form = cluster.getHeadUnitId() != null
                ? new LeadershipForm(cluster.getVersion(), cluster.getHeadUnitId(), cluster.getDeputyUnitId(),
                        cluster.getLeadershipDate(), cluster.getLeadershipRef())
                : new LeadershipForm(cluster.getVersion(),
                        Optional.ofNullable(proposal.head()).map(RotationPolicy.Pick::unitId).orElse(null),
                        Optional.ofNullable(proposal.deputy()).map(RotationPolicy.Pick::unitId).orElse(null),
                        LocalDate.now(clock).getYear() <= cluster.getYear() ? LocalDate.now(clock) : null, "");
        return leadershipPage(id, form, proposal, model);
    }

    @PreAuthorize("@clusterPolicy.mayRecordLeadership(#id)")
    @PostMapping("/clusters/{id}/leadership")
    String recordLeadership(@PathVariable long id, @Valid @ModelAttribute("form") LeadershipForm form, BindingResult result,
                            Model model, HttpServletResponse response, RedirectAttributes redirect) throws BindException {
        if (Forms.invalid(form, result, model, response)) return leadershipPage(id, form, rotation.propose(id), model);
        try {
            service.recordLeadership(id, form);
            redirect.addFlashAttribute("success", messages.get("cluster.leadership.saved"));
            return "redirect:/clusters/" + id;
        } catch (BusinessRuleException | ObjectOptimisticLockingFailureException e) {
            model.addAttribute("error", messages.of(e));
            return leadershipPage(id, form, rotation.propose(id), model);
        }
    }

    private String leadershipPage(long id, LeadershipForm form, RotationPolicy.Proposal proposal, Model model) {
        var cluster = queries.get(id);
        model.addAttribute("cluster", cluster);
        model.addAttribute("form", form);
        model.addAttribute("proposal", proposal);
        model.addAttribute("history", queries.history(cluster.code()));
        model.addAttribute("names", cluster.members().stream().collect(java.util.stream.Collectors.toMap(m -> m.unit().id(), m -> m.unit().shortName())));
        return "cluster/leadership";
    }

    @PreAuthorize("@clusterPolicy.mayManage()")
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

    @PreAuthorize("@clusterPolicy.mayManage()")
    @PostMapping("/clusters/{id}/members")
    String addMember(@PathVariable long id, @RequestParam(required = false) Long unitId, @RequestParam Long version,
                     RedirectAttributes redirect) {
        return act(id, redirect, "cluster.member.added", () -> service.addMember(id, unitId, version));
    }

    @PreAuthorize("@clusterPolicy.mayManage()")
    @PostMapping("/clusters/{id}/members/{unitId}/remove")
    String removeMember(@PathVariable long id, @PathVariable long unitId, @RequestParam Long version, RedirectAttributes redirect) {
        return act(id, redirect, "cluster.member.removed", () -> service.removeMember(id, unitId, version));
    }

    @PreAuthorize("@clusterPolicy.mayManage()")
    @GetMapping("/admin/clusters/new")
    String createForm(@RequestParam(required = false) Integer year, Model model) {
        return createPage(new NewClusterForm("", year == null ? queries.defaultYear() : year, "", ClusterKind.BLOCK,
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
        model.addAttribute("form", form);
        model.addAttribute("kinds", ClusterKind.values());
        model.addAttribute("levels", ClusterLevel.values());
        model.addAttribute("unions", units.search(new UnitCatalog.Criteria(null, UnitType.PROVINCIAL_UNION, null, null)));
        return "cluster/create";
    }

    /** Units' cluster history, loaded into the unit page (the organisation module does not know clusters). */
    @PreAuthorize("permitAll()")
    @GetMapping("/units/{unitId}/clusters")
    String unitHistory(@PathVariable long unitId, Model model) {
        model.addAttribute("memberships", queries.membershipsOf(unitId));
        model.addAttribute("owned", queries.ownedBy(unitId));
        model.addAttribute("unitId", unitId);
        return "cluster/unit-history :: history";
    }

    /** On "my account": the head rights this account has, derived from the clusters its unit heads. */
    @PreAuthorize("isAuthenticated()")
    @GetMapping("/account/clusters")
    String myClusters(Model model) {
        var actor = actors.current();
        model.addAttribute("led", actor.unitId() == null ? java.util.List.of() : queries.ledBy(actor.unitId()));
        model.addAttribute("supervised", actor.has(Role.PRESIDIUM_MEMBER) ? queries.supervisedBy(actor.username()) : java.util.List.of());
        model.addAttribute("unitId", actor.unitId());
        model.addAttribute("currentYear", LocalDate.now(clock).getYear());
        return "cluster/my-clusters :: led";
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

package vn.vusta.thidua.cluster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;

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

/** The rotation proposal and the record of a cluster's head and deputy; the office's confirmation. */
@Controller
class LeadershipPages {
    private final ClusterQueries queries;
    private final ClusterService service;
    private final Rotation rotation;
    private final ClusterAuthority authority;
    private final Messages messages;
    private final Clock clock;

    LeadershipPages(ClusterQueries queries, ClusterService service, Rotation rotation, ClusterAuthority authority,
                    Messages messages, Clock clock) {
        this.queries = queries;
        this.service = service;
        this.rotation = rotation;
        this.authority = authority;
        this.messages = messages;
        this.clock = clock;
    }

    @PreAuthorize("@clusterPolicy.mayRecordLeadership(#id)")
    @GetMapping("/clusters/{id}/leadership")
    String leadershipForm(@PathVariable long id, Model model) {
        var cluster = queries.entity(id);
        if (authority.isPast(cluster)) authority.requireCorrectHistory();
        else authority.requireRecordLeadership(cluster);
        var proposal = rotation.propose(id);
        // a recorded choice is shown as it stands (to correct it); otherwise the proposal is preselected
        var today = LocalDate.now(clock);
        var form = cluster.getHeadUnitId() != null
                ? new LeadershipForm(cluster.getVersion(), cluster.getHeadUnitId(), cluster.getDeputyUnitId(),
                        cluster.getLeadershipDate(), cluster.getLeadershipRef())
                : new LeadershipForm(cluster.getVersion(),
                        Optional.ofNullable(proposal.head()).map(RotationPolicy.Pick::unitId).orElse(null),
                        Optional.ofNullable(proposal.deputy()).map(RotationPolicy.Pick::unitId).orElse(null),
                        today.getYear() <= cluster.getYear() ? today : null, "");
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

    @PreAuthorize("@clusterPolicy.mayManage()")
    @PostMapping("/clusters/{id}/leadership/confirm")
    String confirm(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            service.confirmLeadership(id, version);
            redirect.addFlashAttribute("success", messages.get("cluster.leadership.confirmed"));
        } catch (BusinessRuleException | ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("error", messages.of(e));
        }
        return "redirect:/clusters/" + id;
    }

    private String leadershipPage(long id, LeadershipForm form, RotationPolicy.Proposal proposal, Model model) {
        var entity = queries.entity(id);
        var cluster = queries.views(java.util.List.of(entity)).getFirst();
        model.addAttribute("cluster", cluster);
        if (!model.containsAttribute("form")) model.addAttribute("form", form);
        model.addAttribute("proposal", proposal);
        model.addAttribute("past", authority.isPast(entity));
        model.addAttribute("history", queries.history(id));
        model.addAttribute("names", cluster.members().stream().collect(Collectors.toMap(m -> m.unit().id(), m -> m.unit().shortName())));
        return "cluster/leadership";
    }
}

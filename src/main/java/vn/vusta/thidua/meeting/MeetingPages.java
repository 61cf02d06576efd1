package vn.vusta.thidua.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

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
import vn.vusta.thidua.cluster.ClusterQueries;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.Forms;
import vn.vusta.thidua.common.Messages;
import vn.vusta.thidua.identity.ActorContext;
import vn.vusta.thidua.organization.UnitCatalog;
import vn.vusta.thidua.organization.UnitType;

/** The meetings list, a new meeting, one meeting's page and its details. */
@Controller
class MeetingPages {
    private final MeetingQueries queries;
    private final MeetingService service;
    private final MeetingPage page;
    private final ActorContext actors;
    private final ClusterQueries clusters;
    private final UnitCatalog units;
    private final Messages messages;
    private final Clock clock;

    MeetingPages(MeetingQueries queries, MeetingService service, MeetingPage page, ActorContext actors,
                 ClusterQueries clusters, UnitCatalog units, Messages messages, Clock clock) {
        this.queries = queries;
        this.service = service;
        this.page = page;
        this.actors = actors;
        this.clusters = clusters;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/meetings")
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long cluster, Model model) {
        model.addAttribute("listing", queries.list(year, cluster));
        model.addAttribute("mayCreateNational", actors.current().isOffice());
        return "meeting/list";
    }

    @PreAuthorize("@meetingPolicy.mayCreate(#cluster)")
    @GetMapping("/meetings/new")
    String newForm(@RequestParam(required = false) Long cluster, @RequestParam(required = false) MeetingType type, Model model) {
        var t = type != null ? type : cluster == null ? MeetingType.NATIONAL_BRIEFING : MeetingType.YEAR_END_SUMMARY;
        var view = cluster == null ? null : clusters.get(cluster);
        int year = view != null ? view.year() : LocalDate.now(clock).getYear();
        var host = view != null && view.head() != null ? view.head().id() : null;
        var day = LocalDate.now(clock).getYear() == year ? LocalDate.now(clock).plusDays(7) : LocalDate.of(year, 12, 1);
        var form = new MeetingForm(null, t, cluster, defaultTitle(t, view == null ? null : view.name(), year), host,
                LocalDateTime.of(day, LocalTime.of(8, 0)), null, null, QuorumRule.MORE_THAN_HALF, view != null, true, null, null, null);
        return formPage(form, model);
    }

    @PreAuthorize("@meetingPolicy.mayCreate(#form.clusterId())")
    @PostMapping("/meetings/new")
    String create(@Valid @ModelAttribute("form") MeetingForm form, BindingResult result, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) throws BindException {
        if (Forms.invalid(form, result, model, response)) return formPage(form, model);
        try {
            var meeting = service.create(form.type(), form.clusterId(), form.details());
            redirect.addFlashAttribute("success", messages.get("meeting.created"));
            return "redirect:/meetings/" + meeting.getId();
        } catch (BusinessRuleException e) {
            Forms.refused(e, response);
            model.addAttribute("error", messages.of(e));
            return formPage(form, model);
        }
    }

    @PreAuthorize("@meetingPolicy.mayView(#id)")
    @GetMapping("/meetings/{id}")
    String detail(@PathVariable long id, Model model) { return page.fill(id, model); }

    @PreAuthorize("@meetingPolicy.mayManage(#id)")
    @PostMapping("/meetings/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") MeetingForm form, BindingResult result, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) throws BindException {
        model.addAttribute("editOpen", true);
        if (Forms.invalid(form, result, model, response)) return detail(id, model);
        try {
            service.update(id, form.version(), form.details());
            redirect.addFlashAttribute("success", messages.get("meeting.saved"));
            return "redirect:/meetings/" + id;
        } catch (BusinessRuleException | ObjectOptimisticLockingFailureException e) {
            Forms.refused(e, response);
            model.addAttribute("error", messages.of(e));
            return detail(id, model);
        }
    }

    private String formPage(MeetingForm form, Model model) {
        var view = form.clusterId() == null ? null : clusters.get(form.clusterId());
        model.addAttribute("form", form);
        model.addAttribute("cluster", view);
        model.addAttribute("types", form.clusterId() == null ? List.of(MeetingType.NATIONAL_BRIEFING)
                : List.of(MeetingType.COVENANT_SIGNING, MeetingType.SIX_MONTH_REVIEW, MeetingType.NINE_MONTH_BRIEFING,
                        MeetingType.YEAR_END_SUMMARY, MeetingType.EXTRAORDINARY));
        model.addAttribute("hosts", view == null ? units.existingOn(LocalDate.now(clock), UnitType.VUSTA).stream()
                        .map(u -> new Choice(u.id(), u.shortName())).toList()
                : view.members().stream().map(m -> m.carrier() != null ? m.carrier() : m.unit()).distinct()
                        .map(u -> new Choice(u.id(), u.shortName())).toList());
        return "meeting/form";
    }

    /** A unit offered as host. */
    record Choice(long id, String name) {}

    private String defaultTitle(MeetingType type, String clusterName, int year) {
        return messages.get("meeting.defaultTitle." + type.name(), clusterName == null ? "" : clusterName, year);
    }
}

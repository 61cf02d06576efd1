package vn.vusta.thidua.cluster;

import java.time.Clock;
import java.time.LocalDate;

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
import vn.vusta.thidua.organization.UnitCatalog;

/** A provincial union's own internal clusters of its member associations: a new one for a year (the union's officer). */
@Controller
class InternalClusterPages {
    private final ClusterService service;
    private final UnitCatalog units;
    private final Messages messages;
    private final Clock clock;

    InternalClusterPages(ClusterService service, UnitCatalog units, Messages messages, Clock clock) {
        this.service = service;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    @PreAuthorize("@clusterPolicy.mayCreateInternalClusters(#id)")
    @GetMapping("/units/{id}/clusters/new")
    String createForm(@PathVariable long id, Model model) {
        return page(id, new NewClusterForm("", LocalDate.now(clock).getYear(), "", ClusterKind.CLUSTER, ClusterLevel.PROVINCIAL, id), model);
    }

    @PreAuthorize("@clusterPolicy.mayCreateInternalClusters(#id)")
    @PostMapping("/units/{id}/clusters/new")
    String create(@PathVariable long id, @Valid @ModelAttribute("form") NewClusterForm form, BindingResult result, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) throws BindException {
        var internal = new NewClusterForm(form.code(), form.year(), form.name(), ClusterKind.CLUSTER, ClusterLevel.PROVINCIAL, id);
        if (Forms.invalid(internal, result, model, response)) return page(id, internal, model);
        try {
            var cluster = service.create(internal);
            redirect.addFlashAttribute("success", messages.get("cluster.created"));
            return "redirect:/clusters/" + cluster.getId();
        } catch (BusinessRuleException e) {
            model.addAttribute("error", messages.of(e));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(id, internal, model);
        }
    }

    private String page(long unionId, NewClusterForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("union", units.get(unionId));
        return "cluster/create";
    }
}

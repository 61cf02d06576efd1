package vn.vusta.thidua.cluster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.Messages;

/** The VUSTA office builds next year's clusters: draft from last year, move units, check, save. */
@Controller
class RegroupingPages {
    private final Regrouping regrouping;
    private final ClusterQueries queries;
    private final Messages messages;
    private final Clock clock;

    RegroupingPages(Regrouping regrouping, ClusterQueries queries, Messages messages, Clock clock) {
        this.clock = clock;
        this.regrouping = regrouping;
        this.queries = queries;
        this.messages = messages;
    }

    @PreAuthorize("@clusterPolicy.mayManage()")
    @GetMapping("/admin/regrouping")
    String draft(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? nextYear() : year;
        var draft = regrouping.draft(y);
        var assignment = new HashMap<Long, String>();
        draft.rows().forEach(r -> { if (r.proposedCode() != null) assignment.put(r.unit().id(), r.proposedCode()); });
        return page(draft, assignment, null, "", model);
    }

    @PreAuthorize("@clusterPolicy.mayManage()")
    @PostMapping("/admin/regrouping")
    String checkOrSave(@RequestParam int year, @RequestParam Map<String, String> params,
                       @RequestParam(defaultValue = "check") String action, Model model, RedirectAttributes redirect) {
        var assignment = assignment(params);
        String ref = params.getOrDefault("decisionRef", "");
        if ("save".equals(action)) {
            try {
                int created = regrouping.save(year, assignment, ref);
                redirect.addFlashAttribute("success", messages.get("regrouping.saved", created, year));
                return "redirect:/clusters?year=" + year;
            } catch (BusinessRuleException e) {
                model.addAttribute("error", messages.of(e));
            }
        }
        return page(regrouping.draft(year), assignment, regrouping.check(year, assignment), ref, model);
    }

    private String page(Regrouping.Draft draft, Map<Long, String> assignment, Regrouping.Check check, String ref, Model model) {
        model.addAttribute("draft", draft);
        model.addAttribute("assignment", assignment);
        model.addAttribute("check", check);
        model.addAttribute("decisionRef", ref);
        if (check != null) {
            model.addAttribute("errors", check.errors().stream().map(p -> messages.get(p.key(), p.args().toArray())).toList());
            model.addAttribute("warnings", check.warnings().stream().map(p -> messages.get(p.key(), p.args().toArray())).toList());
        }
        return "cluster/regrouping";
    }

    private int nextYear() {
        var years = queries.years();
        return years.isEmpty() ? LocalDate.now(clock).getYear() : years.getLast() + 1;
    }

    private static Map<Long, String> assignment(Map<String, String> params) {
        var result = new HashMap<Long, String>();
        params.forEach((k, v) -> {
            if (k.startsWith("unit_") && k.substring(5).matches("\\d{1,18}")) result.put(Long.parseLong(k.substring(5)), v);
        });
        return result;
    }
}

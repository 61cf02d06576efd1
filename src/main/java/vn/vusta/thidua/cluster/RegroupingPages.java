package vn.vusta.thidua.cluster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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

/**
 * The VUSTA office builds a year's clusters: draft from last year, place the flagged units, add or rename clusters,
 * check, save; a saved year is reopened the same way.
 */
@Controller
class RegroupingPages {
    static final int NEW_CLUSTER_FIELDS = 3;

    private final Regrouping regrouping;
    private final RegroupingPlans plans;
    private final ClusterQueries queries;
    private final Messages messages;
    private final Clock clock;

    RegroupingPages(Regrouping regrouping, RegroupingPlans plans, ClusterQueries queries, Messages messages, Clock clock) {
        this.regrouping = regrouping;
        this.plans = plans;
        this.queries = queries;
        this.messages = messages;
        this.clock = clock;
    }

    @PreAuthorize("@clusterPolicy.mayManage()")
    @GetMapping("/admin/regrouping")
    String draft(@RequestParam(required = false) Integer year, Model model) {
        var draft = regrouping.draft(year == null ? nextYear() : year);
        var assignment = new HashMap<Long, String>();
        draft.rows().forEach(r -> { if (r.proposedCode() != null) assignment.put(r.unit().id(), r.proposedCode()); });
        return page(draft, new Regrouping.Plan(assignment), null, "", model);
    }

    @PreAuthorize("@clusterPolicy.mayManage()")
    @PostMapping("/admin/regrouping")
    String checkOrSave(@RequestParam int year, @RequestParam Map<String, String> params,
                       @RequestParam(defaultValue = "check") String action, Model model, RedirectAttributes redirect) {
        var plan = plan(params);
        String ref = params.getOrDefault("decisionRef", "");
        if ("save".equals(action)) {
            try {
                int created = plans.save(year, plan, ref);
                redirect.addFlashAttribute("success", messages.get("regrouping.saved", created, year));
                return "redirect:/clusters?year=" + year;
            } catch (BusinessRuleException e) {
                model.addAttribute("error", messages.of(e));
            }
        }
        var draft = regrouping.draft(year);
        return page(draft, plan, regrouping.check(draft, plan), ref, model);
    }

    private String page(Regrouping.Draft draft, Regrouping.Plan plan, Regrouping.Check check, String ref, Model model) {
        model.addAttribute("draft", draft);
        model.addAttribute("plan", plan);
        model.addAttribute("assignment", plan.assignment());
        model.addAttribute("headers", regrouping.headers(draft, plan, new ArrayList<>()));
        model.addAttribute("newFields", java.util.stream.IntStream.rangeClosed(1, NEW_CLUSTER_FIELDS).boxed().toList());
        model.addAttribute("minimumSize", regrouping.minimumSize());
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

    /** unit_{id} = cluster code; name_{code} = the cluster's name this year; newCode_{n}, newName_{n} = an added cluster. */
    static Regrouping.Plan plan(Map<String, String> params) {
        var assignment = new HashMap<Long, String>();
        var names = new HashMap<String, String>();
        var added = new ArrayList<Regrouping.Header>();
        params.forEach((k, v) -> {
            if (k.startsWith("unit_") && k.substring(5).matches("\\d{1,18}") && v != null && !v.isBlank()) {
                assignment.put(Long.parseLong(k.substring(5)), v.trim());
            }
            if (k.startsWith("name_") && v != null && !v.isBlank()) names.put(k.substring(5), v.trim());
        });
        for (int n = 1; n <= NEW_CLUSTER_FIELDS; n++) {
            String code = params.get("newCode_" + n);
            if (code != null && !code.isBlank()) {
                added.add(new Regrouping.Header(code.trim().toUpperCase(java.util.Locale.ROOT), params.getOrDefault("newName_" + n, ""), true));
            }
        }
        return new Regrouping.Plan(assignment, names, added);
    }
}

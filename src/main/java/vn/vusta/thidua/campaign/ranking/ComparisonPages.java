package vn.vusta.thidua.campaign.ranking;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The office's federation-wide comparison of a campaign, raw and normalised side by side. */
@Controller
class ComparisonPages {
    private final Results results;
    private final Comparison comparison;

    ComparisonPages(Results results, Comparison comparison) {
        this.results = results;
        this.comparison = comparison;
    }

    @PreAuthorize("@resultPolicy.mayCompare()")
    @GetMapping("/campaigns/{id}/comparison")
    String comparison(@PathVariable long id, @RequestParam(defaultValue = "CLUSTER") Normalisation.Mode mode, Model model) {
        var campaign = results.campaign(id);
        model.addAttribute("campaign", campaign);
        model.addAttribute("table", comparison.of(campaign, mode));
        model.addAttribute("modes", Normalisation.Mode.values());
        return "campaign/comparison";
    }
}

package vn.vusta.thidua.campaign.progress;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.vusta.thidua.identity.ActorContext;

/** The progress dashboard of a campaign ({@code /campaigns/{id}/progress}). */
@Controller
class ProgressPages {
    private final ProgressQueries progress;
    private final ActorContext actors;

    ProgressPages(ProgressQueries progress, ActorContext actors) {
        this.progress = progress;
        this.actors = actors;
    }

    @PreAuthorize("@progressPolicy.mayView(#id)")
    @GetMapping("/campaigns/{id}/progress")
    String dashboard(@PathVariable long id, @RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("progress", progress.view(actors.current(), id, page));
        model.addAttribute("stages", Stage.values());
        model.addAttribute("overdueKinds", Overdue.values());
        return "campaign/progress";
    }
}

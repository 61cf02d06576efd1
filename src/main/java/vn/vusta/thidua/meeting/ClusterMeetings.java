package vn.vusta.thidua.meeting;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The meetings of a cluster's year, loaded into the cluster's page by htmx (publicity: open to everyone). */
@Controller
class ClusterMeetings {
    private final MeetingQueries queries;
    private final MeetingPolicy policy;

    ClusterMeetings(MeetingQueries queries, MeetingPolicy policy) {
        this.queries = queries;
        this.policy = policy;
    }

    @PreAuthorize("permitAll()")
    @GetMapping("/clusters/{id}/meetings")
    String meetings(@PathVariable long id, Model model) {
        model.addAttribute("rows", queries.ofCluster(id));
        model.addAttribute("clusterId", id);
        model.addAttribute("mayCreate", policy.mayCreate(id));
        return "meeting/cluster-section :: meetings";
    }
}

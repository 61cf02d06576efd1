package vn.vusta.thidua.cluster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.vusta.thidua.identity.ActorContext;
import vn.vusta.thidua.identity.Role;

/** Cluster parts of other modules' pages, loaded by htmx (those modules do not know clusters). */
@Controller
class ClusterFragments {
    private final ClusterQueries queries;
    private final ActorContext actors;
    private final Clock clock;
    private final ClusterPolicy policy;

    ClusterFragments(ClusterQueries queries, ActorContext actors, Clock clock, ClusterPolicy policy) {
        this.policy = policy;
        this.queries = queries;
        this.actors = actors;
        this.clock = clock;
    }

    /** A unit's cluster history, loaded into the unit page. */
    @PreAuthorize("permitAll()")
    @GetMapping("/units/{unitId}/clusters")
    String unitHistory(@PathVariable long unitId, Model model) {
        model.addAttribute("memberships", queries.membershipsOf(unitId));
        model.addAttribute("owned", queries.ownedBy(unitId));
        model.addAttribute("unitId", unitId);
        model.addAttribute("mayCreateInternal", actors.current().isAuthenticated() && policy.mayCreateInternalClusters(unitId));
        return "cluster/unit-history :: history";
    }

    /** On "my account": the clusters this account's unit (or a unit it carries on) heads or deputises. */
    @PreAuthorize("isAuthenticated()")
    @GetMapping("/account/clusters")
    String myClusters(Model model) {
        var actor = actors.current();
        model.addAttribute("led", actor.unitId() == null ? List.of() : queries.ledBy(actor.unitId()));
        model.addAttribute("supervised", actor.has(Role.PRESIDIUM_MEMBER) ? queries.supervisedBy(actor.username()) : List.of());
        model.addAttribute("unitId", actor.unitId());
        model.addAttribute("ownIds", actor.unitId() == null ? java.util.Set.of() : queries.selfAndAncestry(actor.unitId()));
        model.addAttribute("currentYear", LocalDate.now(clock).getYear());
        return "cluster/my-clusters :: led";
    }
}

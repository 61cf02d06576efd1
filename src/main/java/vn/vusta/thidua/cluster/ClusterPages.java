package vn.vusta.thidua.cluster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.vusta.thidua.common.ReferenceCache;
import vn.vusta.thidua.identity.AccountDirectory;
import vn.vusta.thidua.identity.ActorContext;
import vn.vusta.thidua.identity.Role;

/** Home overview, clusters of a year, and one cluster's page with its rotation history. */
@Controller
class ClusterPages {
    private final ClusterQueries queries;
    private final ClusterAuthority authority;
    private final ActorContext actors;
    private final AccountDirectory accounts;
    private final MembershipCandidates candidates;
    private final Clock clock;
    private final MyWork myWork;
    private final ReferenceCache cache;

    ClusterPages(ClusterQueries queries, ClusterAuthority authority, ActorContext actors, AccountDirectory accounts,
                 MembershipCandidates candidates, Clock clock, MyWork myWork, ReferenceCache cache) {
        this.myWork = myWork;
        this.cache = cache;
        this.queries = queries;
        this.authority = authority;
        this.actors = actors;
        this.accounts = accounts;
        this.candidates = candidates;
        this.clock = clock;
    }

    @PreAuthorize("permitAll()")
    @GetMapping("/")
    String home(@RequestParam(required = false) Integer year, Model model) {
        yearModel(year, model);
        model.addAttribute("myWork", myWork.of(actors.current()));
        return "cluster/home";
    }

    private record OverviewKey(Integer year) {}

    private record PageKey(long id) {}

    @PreAuthorize("permitAll()")
    @GetMapping("/clusters")
    String list(@RequestParam(required = false) Integer year, Model model) {
        yearModel(year, model);
        return "cluster/list";
    }

    private void yearModel(Integer year, Model model) {
        // the year's clusters are reference data: read from the cache, emptied on every write (see ReferenceCache)
        var overview = cache.get(new OverviewKey(year), () -> queries.overview(year));
        var years = new ArrayList<>(overview.years());
        if (!years.contains(overview.year())) {           // a year with no clusters yet is shown as itself, not as 2022
            years.add(overview.year());
            years.sort(null);
        }
        model.addAttribute("year", overview.year());
        model.addAttribute("schemeSince", overview.schemeSince());
        model.addAttribute("years", years);
        model.addAttribute("clusters", overview.clusters());
        model.addAttribute("unitCount", overview.clusters().stream().mapToInt(ClusterView::size).sum());
        model.addAttribute("blocks", overview.blocks());
    }

    @PreAuthorize("permitAll()")
    @GetMapping("/clusters/{id}")
    String detail(@PathVariable long id, Model model) {
        // the cluster's years as read (the entity is only read below: rights, past year, candidates)
        var page = cache.get(new PageKey(id), () -> queries.page(id));
        var entity = page.entity();
        var cluster = page.cluster();
        var actor = actors.current();
        boolean past = authority.isPast(entity);
        model.addAttribute("cluster", cluster);
        model.addAttribute("history", page.history());
        model.addAttribute("headRights", authority.hasHeadRights(actor, entity));
        model.addAttribute("mayRecord", authority.mayRecordLeadership(actor, entity));
        model.addAttribute("past", past);
        model.addAttribute("admin", actor.isOffice());
        boolean manage = authority.mayManage(actor, entity);
        model.addAttribute("manage", manage);
        model.addAttribute("supervising", actor.username() != null && actor.username().equals(cluster.supervisorUsername()));
        model.addAttribute("supervisorAccount", cluster.supervisorUsername() == null ? null
                : accounts.enabledWithRole(Role.PRESIDIUM_MEMBER).stream().filter(a -> a.username().equals(cluster.supervisorUsername()))
                        .findFirst().orElse(null));
        if (actor.isOffice()) model.addAttribute("presidium", accounts.enabledWithRole(Role.PRESIDIUM_MEMBER));
        if (manage) model.addAttribute("candidates", candidates.forCluster(entity, cluster));
        model.addAttribute("today", LocalDate.now(clock));
        return "cluster/detail";
    }
}

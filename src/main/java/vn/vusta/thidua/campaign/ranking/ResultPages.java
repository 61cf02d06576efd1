package vn.vusta.thidua.campaign.ranking;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.Messages;
import vn.vusta.thidua.identity.ActorContext;

/** The league table of a cluster (provisional until publication), its exports, publication and the public page. */
@Controller
class ResultPages {
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private final Results results;
    private final Publication publication;
    private final ResultExports exports;
    private final ActorContext actors;
    private final Messages messages;

    ResultPages(Results results, Publication publication, ResultExports exports, ActorContext actors, Messages messages) {
        this.results = results;
        this.publication = publication;
        this.exports = exports;
        this.actors = actors;
        this.messages = messages;
    }

    @PreAuthorize("@resultPolicy.mayView(#id, #cluster)")
    @GetMapping("/campaigns/{id}/results")
    String results(@PathVariable long id, @RequestParam(required = false) String cluster, Model model) {
        var actor = actors.current();
        var page = results.leaguePage(id, cluster, actor.unitId(), actor.isOffice());
        var campaign = page.campaign();
        model.addAttribute("table", page.table());
        model.addAttribute("campaign", campaign);
        model.addAttribute("publishedOn", campaign.getPublishedAt() == null ? null
                : java.time.LocalDate.ofInstant(campaign.getPublishedAt(), vn.vusta.thidua.common.TimeConfig.VIETNAM));
        if (actor.isOffice()) {
            choices(model, page.clusters());
            if (!campaign.isPublished()) model.addAttribute("waiting", publication.notFinal(id));
        }
        return "campaign/results";
    }

    /** A few clusters are offered in a drop-down on the table; a national campaign's hundreds on a page of their own. */
    private static void choices(Model model, java.util.List<vn.vusta.thidua.cluster.ClusterName> clusters) {
        model.addAttribute("clusterCount", clusters.size());
        if (clusters.size() <= Results.CHOICES_IN_PLACE) model.addAttribute("clusters", clusters);
    }

    /** Every cluster of the campaign, by union, each linking to its league table (the office). */
    @PreAuthorize("@resultPolicy.mayListClusters()")
    @GetMapping("/campaigns/{id}/results/clusters")
    String clusters(@PathVariable long id, Model model) {
        var campaign = results.campaign(id);
        model.addAttribute("campaign", campaign);
        model.addAttribute("owners", results.clustersByOwner(campaign));
        model.addAttribute("tablePath", "/campaigns/" + id + "/results");
        return "campaign/result-clusters";
    }

    @PreAuthorize("@resultPolicy.mayView(#id, #cluster)")
    @GetMapping("/campaigns/{id}/results.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, @RequestParam(required = false) String cluster) {
        var table = table(id, cluster);
        return file(exports.xlsx(table, true), XLSX, ResultExports.fileName(table, "xlsx"));
    }

    @PreAuthorize("@resultPolicy.mayView(#id, #cluster)")
    @GetMapping("/campaigns/{id}/results.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam(required = false) String cluster) {
        var page = results.leaguePage(id, cluster, actors.current().unitId(), false);
        return file(exports.pdf(page.campaign(), page.table(), true), MediaType.APPLICATION_PDF, ResultExports.fileName(page.table(), "pdf"));
    }

    @PreAuthorize("@resultPolicy.mayPublish()")
    @PostMapping("/campaigns/{id}/publish")
    String publish(@PathVariable long id, @RequestParam(required = false) Long version, Model model,
                   jakarta.servlet.http.HttpServletResponse response, RedirectAttributes redirect) {
        try {
            publication.publish(id, version == null ? -1 : version);
            redirect.addFlashAttribute("success", messages.get("result.published"));
            return "redirect:/campaigns/" + id + "/results";
        } catch (BusinessRuleException | org.springframework.orm.ObjectOptimisticLockingFailureException e) {
            vn.vusta.thidua.common.Forms.refused(e, response);
            model.addAttribute("error", messages.of(e));
            return results(id, null, model);
        }
    }

    // ---- public (no login): published results only; before publication the same 404 as an unknown campaign ----

    @PreAuthorize("permitAll()")
    @GetMapping("/public/campaigns/{id}/results")
    String publicResults(@PathVariable long id, @RequestParam(required = false) String cluster, Model model) {
        var page = results.publishedPage(id, cluster, true);
        model.addAttribute("table", page.table());
        choices(model, page.clusters());
        return "campaign/public-results";
    }

    @PreAuthorize("permitAll()")
    @GetMapping("/public/campaigns/{id}/results/clusters")
    String publicClusters(@PathVariable long id, Model model) {
        var campaign = results.published(id);
        model.addAttribute("campaign", campaign);
        model.addAttribute("owners", results.clustersByOwner(campaign));
        model.addAttribute("tablePath", "/public/campaigns/" + id + "/results");
        return "campaign/result-clusters";
    }

    @PreAuthorize("permitAll()")
    @GetMapping("/public/campaigns/{id}/results.xlsx")
    ResponseEntity<byte[]> publicXlsx(@PathVariable long id, @RequestParam(required = false) String cluster) {
        var table = results.publishedTable(id, cluster);
        return file(exports.xlsx(table, false), XLSX, ResultExports.fileName(table, "xlsx"));
    }

    @PreAuthorize("permitAll()")
    @GetMapping("/public/campaigns/{id}/results.pdf")
    ResponseEntity<byte[]> publicPdf(@PathVariable long id, @RequestParam(required = false) String cluster) {
        var page = results.publishedPage(id, cluster, false);
        return file(exports.pdf(page.campaign(), page.table(), false), MediaType.APPLICATION_PDF, ResultExports.fileName(page.table(), "pdf"));
    }

    private LeagueTable table(long id, String cluster) {
        return results.leaguePage(id, cluster, actors.current().unitId(), false).table();
    }

    static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(body);
    }
}

package vn.vusta.thidua.campaign.covenant;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vusta.thidua.campaign.CampaignPolicy;
import jakarta.servlet.http.HttpServletResponse;
import vn.vusta.thidua.cluster.ClusterLetterheads;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.Forms;
import vn.vusta.thidua.common.Messages;
import vn.vusta.thidua.common.NotFoundException;
import vn.vusta.thidua.document.PdfRenderer;

/** A cluster's covenant: compiled by the head, confirmed by each member, reopened, downloaded as the signed PDF. */
@Controller
class CovenantPages {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private final CovenantService service;
    private final CampaignPolicy policy;
    private final PdfRenderer pdf;
    private final Messages messages;
    private final ClusterLetterheads letterheads;
    private final java.time.Clock clock;

    CovenantPages(CovenantService service, CampaignPolicy policy, PdfRenderer pdf, Messages messages, ClusterLetterheads letterheads,
                  java.time.Clock clock) {
        this.letterheads = letterheads;
        this.service = service;
        this.policy = policy;
        this.pdf = pdf;
        this.messages = messages;
        this.clock = clock;
    }

    @PreAuthorize("@campaignPolicy.mayViewCovenant(#id, #clusterId)")
    @GetMapping("/campaigns/{id}/clusters/{clusterId}/covenant")
    String page(@PathVariable long id, @PathVariable long clusterId, Model model) {
        var v = service.view(id, clusterId);
        model.addAttribute("v", v);
        var mayCompile = policy.mayCompileCovenant(id, clusterId);
        model.addAttribute("mayCompile", mayCompile);
        // the place the head is offered for the signing: its province, as the PDF's heading writes it when none is recorded
        if (mayCompile) model.addAttribute("defaultPlace", letterheads.of(v.cluster(), LocalDate.now(clock)).place());
        if (!model.containsAttribute("commitments")) model.addAttribute("commitments", v.covenant() != null && v.covenant().getCommitments() != null ? v.covenant().getCommitments()
                : messages.get("covenant.commitments.default"));
        return "campaign/covenant";
    }

    @PreAuthorize("@campaignPolicy.mayCompileCovenant(#id, #clusterId)")
    @PostMapping("/campaigns/{id}/clusters/{clusterId}/covenant/compile")
    String compile(@PathVariable long id, @PathVariable long clusterId, @RequestParam(required = false) String commitments,
                   @RequestParam(required = false) String place, @RequestParam(required = false) Long version, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        if (commitments != null) model.addAttribute("commitments", commitments); // shown again as typed when refused
        return act(id, clusterId, model, response, redirect, () -> {
            if (commitments != null && commitments.length() > 10000) throw new BusinessRuleException("covenant.commitments.required");
            if (place != null && place.length() > 120) throw new BusinessRuleException("covenant.commitments.required");
            service.compile(id, clusterId, commitments, place, version);
            return messages.get("covenant.compiled");
        });
    }

    @PreAuthorize("@campaignPolicy.mayConfirmCovenant(#id, #clusterId)")
    @PostMapping("/campaigns/{id}/clusters/{clusterId}/covenant/confirm")
    String confirm(@PathVariable long id, @PathVariable long clusterId, @RequestParam(required = false) Long version, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, clusterId, model, response, redirect, () -> messages.get("covenant.confirmed", service.confirm(id, clusterId, version)));
    }

    @PreAuthorize("@campaignPolicy.mayCompileCovenant(#id, #clusterId)")
    @PostMapping("/campaigns/{id}/clusters/{clusterId}/covenant/reopen")
    String reopen(@PathVariable long id, @PathVariable long clusterId, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) Long version, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, clusterId, model, response, redirect, () -> {
            if (reason == null || reason.isBlank() || reason.length() > 500) throw new BusinessRuleException("covenant.reopen.reason");
            service.reopen(id, clusterId, reason, version);
            return messages.get("covenant.reopen.done");
        });
    }

    @PreAuthorize("@campaignPolicy.mayViewCovenant(#id, #clusterId)")
    @GetMapping("/campaigns/{id}/clusters/{clusterId}/covenant.pdf")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long clusterId) {
        var v = service.view(id, clusterId);
        if (v.covenant() == null || v.covenant().getStatus() == CovenantStatus.DRAFT) throw new NotFoundException("covenant", clusterId);
        var variables = new HashMap<String, Object>();
        variables.put("v", v);
        var at = v.covenant().getSignedAt() != null ? v.covenant().getSignedAt() : v.covenant().getCompiledAt();
        var date = at != null ? LocalDate.ofInstant(at, VIETNAM) : LocalDate.now(clock);
        var letterhead = letterheads.of(v.cluster(), date);
        variables.put("letterhead", letterhead);
        variables.put("place", v.covenant().getPlace() != null ? v.covenant().getPlace() : letterhead.place());
        variables.put("date", date);
        variables.put("zone", VIETNAM);
        variables.put("pairs", pairs(v.rows()));
        var bytes = pdf.render("campaign/covenant-pdf", variables, LocaleContextHolder.getLocale());
        var name = "giao-uoc-" + v.campaign().getYear() + "-" + v.cluster().code().toLowerCase() + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(bytes);
    }

    private static List<List<CovenantService.Row>> pairs(List<CovenantService.Row> rows) {
        var out = new ArrayList<List<CovenantService.Row>>();
        for (int i = 0; i < rows.size(); i += 2) out.add(rows.subList(i, Math.min(i + 2, rows.size())));
        return out;
    }

    /** Done: back to the covenant page with the outcome. Refused: the page again with the reason (422, 409 if stale). */
    private String act(long id, long clusterId, Model model, HttpServletResponse response, RedirectAttributes redirect,
                       java.util.function.Supplier<String> action) {
        try {
            redirect.addFlashAttribute("success", action.get());
            return "redirect:/campaigns/" + id + "/clusters/" + clusterId + "/covenant";
        } catch (BusinessRuleException | ObjectOptimisticLockingFailureException e) {
            Forms.refused(e, response);
            model.addAttribute("error", messages.of(e));
            return page(id, clusterId, model);
        }
    }
}

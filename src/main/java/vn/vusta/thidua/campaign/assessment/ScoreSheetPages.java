package vn.vusta.thidua.campaign.assessment;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.Messages;

/**
 * A unit's score sheet: the unit fills and submits it, a reviewer scores it beside the unit's own scores, returns it
 * with a reason or completes the review; evidence files are uploaded here and served only as attachments.
 */
@Controller
class ScoreSheetPages {
    private final ScoreSheetPage page;
    private final SelfAssessment self;
    private final Review review;
    private final EvidenceStore evidence;
    private final Messages messages;

    ScoreSheetPages(ScoreSheetPage page, SelfAssessment self, Review review, EvidenceStore evidence, Messages messages) {
        this.page = page;
        this.self = self;
        this.review = review;
        this.evidence = evidence;
        this.messages = messages;
    }

    @PreAuthorize("@scoreSheetPolicy.mayView(#id)")
    @GetMapping("/score-sheets/{id}")
    String sheet(@PathVariable long id, Model model) { return page.fill(id, model); }

    @PreAuthorize("@scoreSheetPolicy.mayEdit(#id)")
    @PostMapping("/score-sheets/{id}")
    String save(@PathVariable long id, @RequestParam Map<String, String> params, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        try {
            var inputs = EntryForms.read(params);
            if ("submit".equals(params.get("action"))) {
                self.submit(id, EntryForms.version(params.get("version")), inputs);
                redirect.addFlashAttribute("success", messages.get("scoreSheet.submitted"));
            } else {
                self.save(id, EntryForms.version(params.get("version")), inputs);
                redirect.addFlashAttribute("success", messages.get("scoreSheet.saved"));
            }
            return "redirect:/score-sheets/" + id;
        } catch (BusinessRuleException | ObjectOptimisticLockingFailureException e) {
            return page.refused(id, e, params, model, response);
        }
    }

    @PreAuthorize("@scoreSheetPolicy.mayReview(#id)")
    @PostMapping("/score-sheets/{id}/review")
    String review(@PathVariable long id, @RequestParam Map<String, String> params, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        try {
            var version = EntryForms.version(params.get("version"));
            if ("complete".equals(params.get("action"))) {
                review.saveAndComplete(id, version, EntryForms.read(params));
                redirect.addFlashAttribute("success", messages.get("scoreSheet.reviewed"));
            } else {
                review.save(id, version, EntryForms.read(params));
                redirect.addFlashAttribute("success", messages.get("scoreSheet.reviewSaved"));
            }
            return "redirect:/score-sheets/" + id;
        } catch (BusinessRuleException | ObjectOptimisticLockingFailureException e) {
            return page.refused(id, e, params, model, response);
        }
    }

    @PreAuthorize("@scoreSheetPolicy.mayReview(#id)")
    @PostMapping("/score-sheets/{id}/return")
    String returnToUnit(@PathVariable long id, @RequestParam(required = false) String version, @RequestParam(required = false) String reason,
                        Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            review.returnToUnit(id, EntryForms.version(version), reason);
            redirect.addFlashAttribute("success", messages.get("scoreSheet.returned"));
            return "redirect:/score-sheets/" + id;
        } catch (BusinessRuleException | ObjectOptimisticLockingFailureException e) {
            return page.refused(id, e, Map.of("reason", reason == null ? "" : reason), model, response);
        }
    }

    @PreAuthorize("@scoreSheetPolicy.mayEdit(#id)")
    @PostMapping("/score-sheets/{id}/evidence")
    String upload(@PathVariable long id, @RequestParam long criterionId, @RequestParam(required = false) MultipartFile file,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        try {
            if (file == null || file.isEmpty()) throw new BusinessRuleException("evidence.empty");
            var stored = evidence.addForSelf(id, criterionId, file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute("success", messages.get("evidence.added", stored.getFileName()));
            return "redirect:/score-sheets/" + id + "#c" + criterionId;
        } catch (BusinessRuleException e) {
            return page.refused(id, e, Map.of(), model, response);
        }
    }

    @PreAuthorize("@scoreSheetPolicy.mayEdit(#id)")
    @PostMapping("/score-sheets/{id}/evidence/{evidenceId}/delete")
    String removeEvidence(@PathVariable long id, @PathVariable long evidenceId, Model model, HttpServletResponse response,
                          RedirectAttributes redirect) {
        try {
            evidence.remove(id, evidenceId);
            redirect.addFlashAttribute("success", messages.get("evidence.removed"));
            return "redirect:/score-sheets/" + id;
        } catch (BusinessRuleException e) {
            return page.refused(id, e, Map.of(), model, response);
        }
    }

    /** Always an attachment, with the type detected at upload and nosniff: never rendered by the browser. */
    @PreAuthorize("@scoreSheetPolicy.mayViewEvidence(#id, #evidenceId)")
    @GetMapping("/score-sheets/{id}/evidence/{evidenceId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long evidenceId) {
        return attachment(evidence.download(id, evidenceId));
    }

    static ResponseEntity<byte[]> attachment(EvidenceStore.Download d) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(d.file().getFileType().contentType()));
        headers.setContentDisposition(ContentDisposition.attachment().filename(d.file().getFileName(), java.nio.charset.StandardCharsets.UTF_8).build());
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Content-Security-Policy", "default-src 'none'; sandbox");
        headers.setCacheControl("private, no-store");
        return new ResponseEntity<>(d.content(), headers, HttpStatus.OK);
    }
}

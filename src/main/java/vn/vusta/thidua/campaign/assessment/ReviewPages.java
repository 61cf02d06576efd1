package vn.vusta.thidua.campaign.assessment;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

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
import vn.vusta.thidua.campaign.Campaigns;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.Forms;
import vn.vusta.thidua.common.Messages;
import vn.vusta.thidua.common.NotFoundException;

/**
 * A cluster's review list, the office's actions on a campaign's sheets (create missing sheets, close the scores,
 * carry a merged-away unit's sheet), and explanations with their decisions.
 */
@Controller
class ReviewPages {
    private final ReviewList list;
    private final ExplanationList explanationList;
    private final ScoreSheetCreation creation;
    private final ExplanationWindow explanations;
    private final SheetCarryOver carryOver;
    private final Campaigns campaigns;
    private final ScoreSheetPage sheetPage;
    private final Messages messages;

    ReviewPages(ReviewList list, ExplanationList explanationList, ScoreSheetCreation creation, ExplanationWindow explanations, SheetCarryOver carryOver, Campaigns campaigns,
                ScoreSheetPage sheetPage, Messages messages) {
        this.sheetPage = sheetPage;
        this.list = list;
        this.explanationList = explanationList;
        this.creation = creation;
        this.explanations = explanations;
        this.carryOver = carryOver;
        this.campaigns = campaigns;
        this.messages = messages;
    }

    @PreAuthorize("@scoreSheetPolicy.mayReviewCluster(#id, #clusterId)")
    @GetMapping("/campaigns/{id}/clusters/{clusterId}/review")
    String reviewList(@PathVariable long id, @PathVariable long clusterId, Model model) {
        model.addAttribute("p", list.of(id, clusterId));
        return "assessment/review-list";
    }

    /** The explanations the reader decides (the office: all; the Presidium member in charge: its clusters'). */
    @PreAuthorize("@scoreSheetPolicy.mayDecideIn(#id)")
    @GetMapping("/campaigns/{id}/explanations")
    String explanations(@PathVariable long id, Model model) {
        model.addAttribute("p", explanationList.of(id));
        return "assessment/explanations";
    }

    @PreAuthorize("@scoreSheetPolicy.mayManage()")
    @PostMapping("/campaigns/{id}/score-sheets/create-missing")
    String createMissing(@PathVariable long id, @RequestParam(required = false) Long clusterId, Model model, HttpServletResponse response,
                         RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("success", messages.get("scoreSheet.created", creation.createMissing(id)));
            return back(id, clusterId);
        } catch (BusinessRuleException e) {
            return refused(e, id, clusterId, model, response, redirect);
        }
    }

    @PreAuthorize("@scoreSheetPolicy.mayManage()")
    @PostMapping("/campaigns/{id}/close-scores")
    String closeScores(@PathVariable long id, @RequestParam(required = false) Long clusterId, Model model, HttpServletResponse response,
                       RedirectAttributes redirect) {
        var campaign = campaigns.findById(id).orElseThrow(() -> new NotFoundException("campaign", id));
        try {
            redirect.addFlashAttribute("success", messages.get("scoreSheet.closed", explanations.closeScores(campaign)));
            return back(id, clusterId);
        } catch (BusinessRuleException e) {
            return refused(e, id, clusterId, model, response, redirect);
        }
    }

    @PreAuthorize("@scoreSheetPolicy.mayManage()")
    @PostMapping("/score-sheets/{id}/carry")
    String carry(@PathVariable long id, @RequestParam(required = false) Long version, Model model, HttpServletResponse response,
                 RedirectAttributes redirect) {
        try {
            carryOver.carry(id, version);
            redirect.addFlashAttribute("success", messages.get("scoreSheet.carried"));
            return "redirect:/score-sheets/" + id;
        } catch (BusinessRuleException | ObjectOptimisticLockingFailureException e) {
            return sheetPage.refused(id, e, Map.of(), model, response);
        }
    }

    @PreAuthorize("@scoreSheetPolicy.mayEdit(#id)")
    @PostMapping("/score-sheets/{id}/explanations")
    String explain(@PathVariable long id, @RequestParam(required = false) Long version, @RequestParam long criterionId,
                   @RequestParam(required = false) String text, @RequestParam(required = false) MultipartFile file,
                   Model model, HttpServletResponse response, RedirectAttributes redirect) throws java.io.IOException {
        try {
            explanations.file(id, version, criterionId, text, file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
            redirect.addFlashAttribute("success", messages.get("explanation.filed"));
            return "redirect:/score-sheets/" + id + "#c" + criterionId;
        } catch (BusinessRuleException | ObjectOptimisticLockingFailureException e) {
            return sheetPage.refused(id, e, Map.of(), model, response);
        }
    }

    @PreAuthorize("@scoreSheetPolicy.mayDecide(#id)")
    @PostMapping("/score-sheets/{id}/explanations/{explanationId}")
    String decide(@PathVariable long id, @PathVariable long explanationId, @RequestParam(required = false) Long version,
                  @RequestParam String decision, @RequestParam(required = false) String score, @RequestParam(required = false) String note,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            BigDecimal points = EntryForms.number(score);
            explanations.decide(id, explanationId, version, "accept".equals(decision), points, note);
            redirect.addFlashAttribute("success", messages.get("explanation.decided"));
            return "redirect:/score-sheets/" + id;
        } catch (BusinessRuleException | ObjectOptimisticLockingFailureException e) {
            return sheetPage.refused(id, e, Map.of(), model, response);
        }
    }

    /** The cluster's review list again with the reason (422); from a page without a cluster, back there with the reason. */
    private String refused(BusinessRuleException e, long id, Long clusterId, Model model, HttpServletResponse response,
                           RedirectAttributes redirect) {
        if (clusterId == null) {
            redirect.addFlashAttribute("error", messages.of(e));
            return back(id, null);
        }
        Forms.refused(e, response);
        model.addAttribute("error", messages.of(e));
        return reviewList(id, clusterId, model);
    }

    private static String back(long campaignId, Long clusterId) {
        return clusterId == null ? "redirect:/" : "redirect:/campaigns/" + campaignId + "/clusters/" + clusterId + "/review";
    }
}

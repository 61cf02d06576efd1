package vn.vusta.thidua.campaign.assessment;

import org.springframework.stereotype.Component;
import vn.vusta.thidua.campaign.Campaigns;
import vn.vusta.thidua.identity.ActorContext;

/**
 * Who may do what to score sheets, for pages and API alike ({@code @PreAuthorize("@scoreSheetPolicy.mayView(#id)")}).
 * A unit's officer sees and fills its own sheet in full, never another unit's draft or evidence; a reviewer and the
 * Presidium member in charge see a sheet once it is submitted (a draft and its evidence stay the unit's own); the
 * office sees every sheet (it creates, carries and closes them). A sheet that does not exist: nobody.
 */
@Component("scoreSheetPolicy")
public class ScoreSheetPolicy {
    private final ActorContext actors;
    private final SheetAccess access;
    private final EvidenceFiles evidence;
    private final Campaigns campaigns;
    private final ExplanationList explanations;

    ScoreSheetPolicy(ActorContext actors, SheetAccess access, EvidenceFiles evidence, Campaigns campaigns, ExplanationList explanations) {
        this.explanations = explanations;
        this.actors = actors;
        this.access = access;
        this.evidence = evidence;
        this.campaigns = campaigns;
    }

    public boolean mayView(long sheetId) {
        var actor = actors.current();
        if (!actor.isAuthenticated()) return false;
        return access.find(sheetId).map(sheet -> {
            if (actor.isOffice() || access.isOwnUnit(actor, sheet)) return true;
            // a draft (and its evidence) is the unit's own until it is submitted: no reviewer, no member in charge
            if (sheet.getStatus() == ScoreSheetStatus.DRAFT) return false;
            var c = access.context(sheet);
            return access.isSupervisor(actor, c.cluster()) || access.seatOf(actor, c).isPresent();
        }).orElse(false);
    }

    /** Filling the self-assessment, evidence, submitting: the sheet's own unit only. */
    public boolean mayEdit(long sheetId) {
        var actor = actors.current();
        return access.find(sheetId).map(sheet -> access.isOwnUnit(actor, sheet)).orElse(false);
    }

    /** Scoring, returning, completing the review: a reviewer in one of the sheet's seats (never its own unit). */
    public boolean mayReview(long sheetId) {
        var actor = actors.current();
        return access.find(sheetId).map(sheet -> access.seatOf(actor, access.context(sheet)).isPresent()).orElse(false);
    }

    /** An evidence file of this sheet, to whoever may see the sheet. */
    public boolean mayViewEvidence(long sheetId, long evidenceId) {
        return evidence.findById(evidenceId).filter(e -> e.getScoreSheetId() == sheetId).isPresent() && mayView(sheetId);
    }

    /** Deciding explanations: the office or the Presidium member in charge of the sheet's cluster. */
    public boolean mayDecide(long sheetId) {
        var actor = actors.current();
        if (actor.isOffice()) return access.find(sheetId).isPresent();
        return access.find(sheetId).map(sheet -> access.isSupervisor(actor, access.context(sheet).cluster())).orElse(false);
    }

    /** The list of a campaign's explanations: the office, and a Presidium member in charge of one of its clusters. */
    public boolean mayDecideIn(long campaignId) {
        var actor = actors.current();
        return campaigns.findById(campaignId).map(c -> actor.isOffice() || !explanations.decidedBy(actor, c).isEmpty()).orElse(false);
    }

    /** The review list of a cluster: the office, and whoever reviews in that cluster under the campaign's mode. */
    public boolean mayReviewCluster(long campaignId, long clusterId) {
        var actor = actors.current();
        var campaign = campaigns.findById(campaignId);
        if (campaign.isEmpty() || !actor.isAuthenticated()) return false;
        if (actor.isOffice()) return true;
        return access.reviewsInCluster(actor, clusterId, campaign.get().getReviewMode());
    }

    /** Creating missing sheets, closing the scores (chốt điểm), carrying a merged-away unit's sheet: the office. */
    public boolean mayManage() { return actors.current().isOffice(); }
}

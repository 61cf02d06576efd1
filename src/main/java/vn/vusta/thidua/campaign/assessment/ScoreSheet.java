package vn.vusta.thidua.campaign.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.vusta.thidua.common.BusinessRuleException;

/**
 * A member unit's score sheet (phiếu chấm điểm) in a campaign: one entry per criterion that takes a value. Every
 * change of state goes through {@link ScoreSheetStatus}; the unit edits only its draft (or a returned sheet), the
 * reviewer only a submitted one, and a published sheet never changes.
 */
@Entity
@Table(name = "score_sheet")
public class ScoreSheet {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    private long campaignId;
    private long clusterId;
    private long unitId;
    private Long carriedFromUnitId;
    @Enumerated(EnumType.STRING) private ScoreSheetStatus status = ScoreSheetStatus.DRAFT;
    private String statusReason;
    private String submittedBy;
    private Instant submittedAt;
    private String reviewedBy;
    private Instant reviewedAt;
    private BigDecimal selfTotal;
    private BigDecimal reviewTotal;
    private BigDecimal finalTotal;
    @Version private long version;
    @OneToMany(mappedBy = "scoreSheet", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ScoreEntry> entries = new ArrayList<>();

    protected ScoreSheet() {}

    /** A blank sheet for {@code unitId} in the cluster-year {@code clusterId}, one entry per criterion that takes a value. */
    public ScoreSheet(long campaignId, long clusterId, long unitId, Collection<Long> criterionIds) {
        this.campaignId = campaignId;
        this.clusterId = clusterId;
        this.unitId = unitId;
        for (var c : criterionIds) entries.add(new ScoreEntry(this, c));
    }

    public Optional<ScoreEntry> entry(long criterionId) {
        return entries.stream().filter(e -> e.getCriterionId() == criterionId).findFirst();
    }

    private ScoreEntry required(long criterionId) {
        return entry(criterionId).orElseThrow(() -> new BusinessRuleException("scoreSheet.criterion.unknown"));
    }

    /** The unit's value, points and comment for one criterion (zero is a value). */
    public void fillSelf(long criterionId, BigDecimal value, BigDecimal points, String comment) {
        if (!status.editableByUnit()) throw new BusinessRuleException("scoreSheet.notEditable", status.label());
        required(criterionId).self(value, points, comment);
    }

    /** Criteria the unit has not filled yet. */
    public List<Long> unfilled() {
        return entries.stream().filter(e -> !e.selfFilled()).map(ScoreEntry::getCriterionId).toList();
    }

    public void submit(String by, Instant at) {
        status.checkTransition(ScoreSheetStatus.SUBMITTED);
        var missing = unfilled().size();
        if (missing > 0) throw new BusinessRuleException("scoreSheet.submit.incomplete", missing);
        status = ScoreSheetStatus.SUBMITTED;
        statusReason = null;
        submittedBy = by;
        submittedAt = at;
    }

    /** Sends a submitted sheet back to the unit; a reason is required. */
    public void returnToUnit(String reason) {
        if (reason == null || reason.isBlank()) throw new BusinessRuleException("scoreSheet.return.reasonRequired");
        status.checkTransition(ScoreSheetStatus.RETURNED);
        status = ScoreSheetStatus.RETURNED;
        statusReason = reason.strip();
    }

    public void fillReview(long criterionId, BigDecimal value, BigDecimal points, String comment) {
        if (status != ScoreSheetStatus.SUBMITTED) throw new BusinessRuleException("scoreSheet.notUnderReview", status.label());
        required(criterionId).review(value, points, comment);
    }

    /** Closes the review: every criterion scored; the final points start as the review's. */
    public void completeReview(String by, Instant at) {
        status.checkTransition(ScoreSheetStatus.REVIEWED);
        if (entries.stream().anyMatch(e -> !e.reviewed())) throw new BusinessRuleException("scoreSheet.review.incomplete");
        for (var e : entries) e.decide(e.getReviewScore(), null);
        status = ScoreSheetStatus.REVIEWED;
        reviewedBy = by;
        reviewedAt = at;
    }

    /** The unit contests at least one reviewed score (giải trình). */
    public void contest() {
        status.checkTransition(ScoreSheetStatus.IN_EXPLANATION);
        status = ScoreSheetStatus.IN_EXPLANATION;
    }

    /** The office's or Presidium member's decision on a contested criterion. */
    public void decide(long criterionId, BigDecimal points, String note) {
        if (status != ScoreSheetStatus.IN_EXPLANATION) throw new BusinessRuleException("scoreSheet.notInExplanation", status.label());
        required(criterionId).decide(points, note);
    }

    public void finalise() {
        status.checkTransition(ScoreSheetStatus.FINAL);
        status = ScoreSheetStatus.FINAL;
    }

    public void publish() {
        status.checkTransition(ScoreSheetStatus.PUBLISHED);
        status = ScoreSheetStatus.PUBLISHED;
    }

    /** Totals as computed over the criteria tree (group caps apply), stored for the league table. */
    public void recordTotals(BigDecimal self, BigDecimal review, BigDecimal fin) {
        if (status == ScoreSheetStatus.PUBLISHED) throw new BusinessRuleException("scoreSheet.published");
        selfTotal = self;
        reviewTotal = review;
        finalTotal = fin;
    }

    /** Marks the sheet as carried over by the office from a unit merged away during the year. */
    public void carriedFrom(long predecessorUnitId, long successorUnitId) {
        if (status == ScoreSheetStatus.PUBLISHED) throw new BusinessRuleException("scoreSheet.published");
        this.carriedFromUnitId = predecessorUnitId;
        this.unitId = successorUnitId;
    }

    public Long getId() { return id; }
    public long getCampaignId() { return campaignId; }
    public long getClusterId() { return clusterId; }
    public long getUnitId() { return unitId; }
    public Long getCarriedFromUnitId() { return carriedFromUnitId; }
    public ScoreSheetStatus getStatus() { return status; }
    public String getStatusReason() { return statusReason; }
    public String getSubmittedBy() { return submittedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getReviewedBy() { return reviewedBy; }
    public Instant getReviewedAt() { return reviewedAt; }
    public BigDecimal getSelfTotal() { return selfTotal; }
    public BigDecimal getReviewTotal() { return reviewTotal; }
    public BigDecimal getFinalTotal() { return finalTotal; }
    public long getVersion() { return version; }
    public List<ScoreEntry> getEntries() { return List.copyOf(entries); }
}

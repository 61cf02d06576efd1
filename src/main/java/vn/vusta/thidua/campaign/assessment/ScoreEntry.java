package vn.vusta.thidua.campaign.assessment;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One criterion of a unit's score sheet: the unit's value, points and comment, the review's, and the final points. */
@Entity
@Table(name = "score_entry")
public class ScoreEntry {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "score_sheet_id") private ScoreSheet scoreSheet;
    private long criterionId;
    private BigDecimal selfValue;
    private BigDecimal selfScore;
    private String selfComment;
    private BigDecimal reviewValue;
    private BigDecimal reviewScore;
    private String reviewComment;
    private BigDecimal finalScore;
    private String finalNote;

    protected ScoreEntry() {}

    ScoreEntry(ScoreSheet scoreSheet, long criterionId) {
        this.scoreSheet = scoreSheet;
        this.criterionId = criterionId;
    }

    void self(BigDecimal value, BigDecimal score, String comment) {
        this.selfValue = value;
        this.selfScore = score;
        this.selfComment = comment;
    }

    void review(BigDecimal value, BigDecimal score, String comment) {
        this.reviewValue = value;
        this.reviewScore = score;
        this.reviewComment = comment;
    }

    void decide(BigDecimal score, String note) {
        this.finalScore = score;
        this.finalNote = note;
    }

    /** Filled by the unit: a value was entered (zero is a value). */
    public boolean selfFilled() { return selfValue != null; }

    /** Scored by the review: a value (relative to best: points follow from the cluster's best) or points. */
    public boolean reviewed() { return reviewValue != null || reviewScore != null; }

    public Long getId() { return id; }
    public long getCriterionId() { return criterionId; }
    public BigDecimal getSelfValue() { return selfValue; }
    public BigDecimal getSelfScore() { return selfScore; }
    public String getSelfComment() { return selfComment; }
    public BigDecimal getReviewValue() { return reviewValue; }
    public BigDecimal getReviewScore() { return reviewScore; }
    public String getReviewComment() { return reviewComment; }
    public BigDecimal getFinalScore() { return finalScore; }
    public String getFinalNote() { return finalNote; }
}

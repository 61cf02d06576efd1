package vn.vusta.thidua.campaign.assessment;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One reviewer's value, points and comment for one criterion of a sheet, in the reviewer's seat (see
 * {@link Reviewers}). What counts (score_entry's review) is the average over the seats.
 */
@Entity
@Table(name = "score_review")
public class ScoreReview {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    private long scoreSheetId;
    private long criterionId;
    private int seat;
    private String reviewer;
    private Long reviewerUnitId;
    private BigDecimal reviewValue;
    private BigDecimal reviewScore;
    private String reviewComment;
    private Instant reviewedAt;

    protected ScoreReview() {}

    ScoreReview(long scoreSheetId, long criterionId, int seat) {
        this.scoreSheetId = scoreSheetId;
        this.criterionId = criterionId;
        this.seat = seat;
    }

    void set(String reviewer, Long reviewerUnitId, BigDecimal value, BigDecimal score, String comment, Instant at) {
        this.reviewer = reviewer;
        this.reviewerUnitId = reviewerUnitId;
        this.reviewValue = value;
        this.reviewScore = score;
        this.reviewComment = comment;
        this.reviewedAt = at;
    }

    public Long getId() { return id; }
    public long getScoreSheetId() { return scoreSheetId; }
    public long getCriterionId() { return criterionId; }
    public int getSeat() { return seat; }
    public String getReviewer() { return reviewer; }
    public Long getReviewerUnitId() { return reviewerUnitId; }
    public BigDecimal getReviewValue() { return reviewValue; }
    public BigDecimal getReviewScore() { return reviewScore; }
    public String getReviewComment() { return reviewComment; }
    public Instant getReviewedAt() { return reviewedAt; }
}

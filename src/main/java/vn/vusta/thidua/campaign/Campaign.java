package vn.vusta.thidua.campaign;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.vusta.thidua.cluster.ClusterKind;
import vn.vusta.thidua.cluster.ClusterLevel;
import vn.vusta.thidua.common.BusinessRuleException;

/**
 * A year's campaign (đợt thi đua) for one level of clusters, owned by VUSTA or, for its internal clusters, by a
 * provincial union. It uses one scoring sheet and carries the deadlines of the year.
 */
@Entity
@Table(name = "campaign")
public class Campaign {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @Column(name = "campaign_year") private int year;
    private String name;
    @Enumerated(EnumType.STRING) private ClusterLevel level;
    @Enumerated(EnumType.STRING) private ClusterKind kind;
    private long ownerUnitId;
    private Long scoringSheetId;
    @Enumerated(EnumType.STRING) private CampaignStatus status = CampaignStatus.DRAFT;
    @Enumerated(EnumType.STRING) private ReviewMode reviewMode = ReviewMode.HEAD;
    private String tieBreak = "GROUPS_IN_ORDER";
    private LocalDate registrationDue;
    private LocalDate sixMonthDue;
    private LocalDate nineMonthDue;
    private LocalDate selfAssessmentDue;
    private LocalDate reviewDue;
    private LocalDate explanationFrom;
    private LocalDate explanationDue;
    private LocalDate publicationDue;
    private String openedBy;
    private Instant openedAt;
    private String publishedBy;
    private Instant publishedAt;
    @Version private long version;

    protected Campaign() {}

    public Campaign(int year, String name, ClusterLevel level, ClusterKind kind, long ownerUnitId) {
        this.year = year;
        this.name = name;
        this.level = level;
        this.kind = kind;
        this.ownerUnitId = ownerUnitId;
    }

    public Deadlines deadlines() {
        return new Deadlines(registrationDue, sixMonthDue, nineMonthDue, selfAssessmentDue, reviewDue, explanationFrom,
                explanationDue, publicationDue);
    }

    /** Sets the deadlines; they must follow each other, and a published campaign keeps its own. */
    public void schedule(Deadlines d) {
        requireNotPublished();
        d.checkOrder();
        registrationDue = d.registration();
        sixMonthDue = d.sixMonth();
        nineMonthDue = d.nineMonth();
        selfAssessmentDue = d.selfAssessment();
        reviewDue = d.review();
        explanationFrom = d.explanationFrom();
        explanationDue = d.explanationUntil();
        publicationDue = d.publication();
    }

    public void useSheet(long sheetId) {
        if (status != CampaignStatus.DRAFT) throw new BusinessRuleException("campaign.sheet.fixed");
        this.scoringSheetId = sheetId;
    }

    public void configureReview(ReviewMode mode, String tieBreak) {
        requireNotPublished();
        this.reviewMode = mode;
        this.tieBreak = tieBreak;
    }

    /** Opens the campaign to its units: it needs a scoring sheet and every deadline. */
    public void open(String by, Instant at) {
        if (status != CampaignStatus.DRAFT) throw new BusinessRuleException("campaign.open.notDraft");
        if (scoringSheetId == null) throw new BusinessRuleException("campaign.open.noSheet");
        if (!deadlines().complete()) throw new BusinessRuleException("campaign.open.deadlinesMissing");
        status = CampaignStatus.OPEN;
        openedBy = by;
        openedAt = at;
    }

    public void publish(String by, Instant at) {
        if (status != CampaignStatus.OPEN) throw new BusinessRuleException("campaign.publish.notOpen");
        status = CampaignStatus.PUBLISHED;
        publishedBy = by;
        publishedAt = at;
    }

    public void close() {
        if (status != CampaignStatus.PUBLISHED) throw new BusinessRuleException("campaign.close.notPublished");
        status = CampaignStatus.CLOSED;
    }

    public boolean isPublished() { return status == CampaignStatus.PUBLISHED || status == CampaignStatus.CLOSED; }

    private void requireNotPublished() {
        if (isPublished()) throw new BusinessRuleException("campaign.published.readOnly");
    }

    public Long getId() { return id; }
    public int getYear() { return year; }
    public String getName() { return name; }
    public void rename(String name) { requireNotPublished(); this.name = name; }
    public ClusterLevel getLevel() { return level; }
    public ClusterKind getKind() { return kind; }
    public long getOwnerUnitId() { return ownerUnitId; }
    public Long getScoringSheetId() { return scoringSheetId; }
    public CampaignStatus getStatus() { return status; }
    public ReviewMode getReviewMode() { return reviewMode; }
    public String getTieBreak() { return tieBreak; }
    public String getOpenedBy() { return openedBy; }
    public Instant getOpenedAt() { return openedAt; }
    public String getPublishedBy() { return publishedBy; }
    public Instant getPublishedAt() { return publishedAt; }
    public long getVersion() { return version; }
}

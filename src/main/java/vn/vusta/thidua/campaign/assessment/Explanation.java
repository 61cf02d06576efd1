package vn.vusta.thidua.campaign.assessment;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.vusta.thidua.common.BusinessRuleException;

/**
 * An explanation (giải trình): the unit contests one reviewed score with a text and optionally a file; the office
 * or the Presidium member in charge accepts it with a new score or rejects it, with a note.
 */
@Entity
@Table(name = "explanation")
public class Explanation {
    public enum Status { PENDING, ACCEPTED, REJECTED }

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    private long scoreSheetId;
    private long criterionId;
    private String text;
    private Long evidenceId;
    private String filedBy;
    private Instant filedAt;
    @Enumerated(EnumType.STRING) private Status status = Status.PENDING;
    private BigDecimal decidedScore;
    private String decisionNote;
    private String decidedBy;
    private Instant decidedAt;
    @Version private long version;

    protected Explanation() {}

    Explanation(long scoreSheetId, long criterionId, String text, Long evidenceId, String by, Instant at) {
        if (text == null || text.isBlank()) throw new BusinessRuleException("explanation.textRequired");
        this.scoreSheetId = scoreSheetId;
        this.criterionId = criterionId;
        this.text = text.strip();
        this.evidenceId = evidenceId;
        this.filedBy = by;
        this.filedAt = at;
    }

    /** Accepts with a new score, or (score null) rejects; a note is required either way. */
    void decide(boolean accept, BigDecimal score, String note, String by, Instant at) {
        if (status != Status.PENDING) throw new BusinessRuleException("explanation.decided.already");
        if (note == null || note.isBlank()) throw new BusinessRuleException("explanation.noteRequired");
        if (accept && score == null) throw new BusinessRuleException("explanation.scoreRequired");
        status = accept ? Status.ACCEPTED : Status.REJECTED;
        decidedScore = accept ? score : null;
        decisionNote = note.strip();
        decidedBy = by;
        decidedAt = at;
    }

    public boolean pending() { return status == Status.PENDING; }

    public Long getId() { return id; }
    public long getScoreSheetId() { return scoreSheetId; }
    public long getCriterionId() { return criterionId; }
    public String getText() { return text; }
    public Long getEvidenceId() { return evidenceId; }
    public String getFiledBy() { return filedBy; }
    public Instant getFiledAt() { return filedAt; }
    public Status getStatus() { return status; }
    public BigDecimal getDecidedScore() { return decidedScore; }
    public String getDecisionNote() { return decisionNote; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public long getVersion() { return version; }
}

package vn.vusta.thidua.meeting;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.vusta.thidua.common.BusinessRuleException;

/**
 * The minutes (biên bản) of a meeting: a text generated from the data, which the secretary edits; finalising freezes
 * it together with its PDF, which then never changes.
 */
@Entity
@Table(name = "meeting_minutes")
class MeetingMinutes {
    static final int MAX_LENGTH = 100_000;
    @Id private Long meetingId;
    private String body;
    private boolean finalised;
    private String finalisedBy;
    private Instant finalisedAt;
    @Basic(fetch = FetchType.LAZY) private byte[] pdf;
    private Instant generatedAt;
    private boolean edited;
    private String previousBody;
    private Instant previousUntil;
    @Version private long version;

    protected MeetingMinutes() {}

    MeetingMinutes(long meetingId, String body, Instant at) {
        this.meetingId = meetingId;
        write(body, at);
    }

    private void write(String body, Instant at) {
        requireDraft();
        this.body = body;
        this.generatedAt = at;
    }

    /**
     * Writes the text from the data again. Text the secretary edited is replaced only when {@code replaceEdits} says
     * they were asked; the replaced text is kept as the previous version (shown on the page, in the audit entry).
     */
    void regenerate(String body, Instant at, boolean replaceEdits) {
        requireDraft();
        if (edited && !replaceEdits) throw new BusinessRuleException("meeting.minutes.editedConfirm");
        if (!body.equals(this.body)) {
            this.previousBody = this.body;
            this.previousUntil = at;
        }
        this.edited = false;
        write(body, at);
    }

    void edit(String body) {
        requireDraft();
        if (body == null || body.isBlank()) throw new BusinessRuleException("meeting.minutes.bodyRequired");
        if (body.length() > MAX_LENGTH) throw new BusinessRuleException("meeting.minutes.tooLong", MAX_LENGTH);
        var text = body.replace("\r\n", "\n");
        if (!text.equals(this.body)) this.edited = true;
        this.body = text;
    }

    /**
     * Puts back the text the last regeneration (or restore) replaced and keeps the current text as the previous one,
     * so that restoring again undoes it. The restored text counts as edited: regenerating over it asks first.
     */
    void restorePrevious(Instant at) {
        requireDraft();
        if (previousBody == null) throw new BusinessRuleException("meeting.minutes.noPrevious");
        var current = body;
        this.body = previousBody;
        this.previousBody = current;
        this.previousUntil = at;
        this.edited = true;
    }

    void finalise(String by, Instant at, byte[] pdf) {
        requireDraft();
        this.finalised = true;
        this.finalisedBy = by;
        this.finalisedAt = at;
        this.pdf = pdf;
    }

    private void requireDraft() {
        if (finalised) throw new BusinessRuleException("meeting.minutes.frozen");
    }

    Long getMeetingId() { return meetingId; }
    String getBody() { return body; }
    boolean isFinalised() { return finalised; }
    String getFinalisedBy() { return finalisedBy; }
    Instant getFinalisedAt() { return finalisedAt; }
    byte[] getPdf() { return pdf; }
    Instant getGeneratedAt() { return generatedAt; }
    /** Whether the secretary changed the text since it was last generated. */
    boolean isEdited() { return edited; }
    /** The text the last regeneration replaced (null if none), and when it was replaced. */
    String getPreviousBody() { return previousBody; }
    Instant getPreviousUntil() { return previousUntil; }
    long getVersion() { return version; }
}

package vn.vusta.thidua.meeting;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A union's report on an agenda item: an uploaded file (its bytes apart, in {@link DocumentContent}) or a written text. */
@Entity
@Table(name = "meeting_document")
class MeetingDocument {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    private long meetingId;
    private long agendaItemId;
    private long unitId;
    private String fileName;
    private String contentType;
    private Long fileSize;
    private String textBody;
    private String uploadedBy;
    private Instant uploadedAt;

    protected MeetingDocument() {}

    MeetingDocument(long meetingId, long agendaItemId, long unitId, String fileName, String contentType, Long fileSize, String textBody,
                    String uploadedBy, Instant uploadedAt) {
        this.meetingId = meetingId;
        this.agendaItemId = agendaItemId;
        this.unitId = unitId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.fileSize = fileSize;
        this.textBody = textBody;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    Long getId() { return id; }
    long getMeetingId() { return meetingId; }
    long getAgendaItemId() { return agendaItemId; }
    long getUnitId() { return unitId; }
    String getFileName() { return fileName; }
    String getContentType() { return contentType; }
    Long getFileSize() { return fileSize; }
    String getTextBody() { return textBody; }
    String getUploadedBy() { return uploadedBy; }
    Instant getUploadedAt() { return uploadedAt; }
}

package vn.vusta.thidua.meeting;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import vn.vusta.thidua.audit.AuditTrail;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.NotFoundException;
import vn.vusta.thidua.document.FileType;
import vn.vusta.thidua.identity.ActorContext;

/**
 * The unions' reports on an agenda item (their 6- or 9-month report): a PDF or DOCX file, recognised by its content
 * and limited in size, stored in the database and always served as an attachment; or a text written in the form.
 */
@Service
class Reports {
    static final Set<FileType> ACCEPTED = Set.of(FileType.PDF, FileType.DOCX);
    private final Meetings meetings;
    private final Documents documents;
    private final DocumentContents contents;
    private final MeetingAuthority authority;
    private final ActorContext actors;
    private final AuditTrail audit;
    private final Clock clock;
    private final DataSize maxSize;

    Reports(Meetings meetings, Documents documents, DocumentContents contents, MeetingAuthority authority, ActorContext actors,
            AuditTrail audit, Clock clock, @Value("${thidua.meeting.report-max-size:10MB}") DataSize maxSize) {
        this.meetings = meetings;
        this.documents = documents;
        this.contents = contents;
        this.authority = authority;
        this.actors = actors;
        this.audit = audit;
        this.clock = clock;
        this.maxSize = maxSize;
    }

    DataSize maxSize() { return maxSize; }

    /** A file, or a text (exactly one of them), from {@code unitId} on the agenda item. */
    @Transactional
    MeetingDocument add(long meetingId, long itemId, Long unitId, String fileName, byte[] content, String text) {
        var meeting = meetings.withAgenda(meetingId).orElseThrow(() -> new NotFoundException("meeting", meetingId));
        if (unitId == null) throw new BusinessRuleException("meeting.report.unitRequired");
        if (!authority.mayUpload(actors.current(), meeting, unitId)) throw new AccessDeniedException("may not add this unit's report");
        if (meeting.getInvitations().stream().noneMatch(i -> i.getUnitId() == unitId)) throw new BusinessRuleException("meeting.attendance.notInvited");
        meeting.item(itemId);
        boolean hasFile = content != null && content.length > 0;
        boolean hasText = text != null && !text.isBlank();
        if (hasFile == hasText) throw new BusinessRuleException("meeting.report.fileOrText");
        MeetingDocument doc;
        if (hasFile) {
            if (content.length > maxSize.toBytes()) throw new BusinessRuleException("meeting.report.tooLarge", maxSize.toMegabytes());
            var type = FileType.detect(content).filter(ACCEPTED::contains)
                    .orElseThrow(() -> new BusinessRuleException("meeting.report.type", clean(fileName)));
            doc = documents.save(new MeetingDocument(meetingId, itemId, unitId, name(fileName, type), type.contentType(), (long) content.length,
                    null, actors.current().username(), Instant.now(clock)));
            contents.save(new DocumentContent(doc.getId(), content));
        } else {
            if (text.length() > 20000) throw new BusinessRuleException("meeting.report.textTooLong", 20000);
            doc = documents.save(new MeetingDocument(meetingId, itemId, unitId, null, null, null, text.strip(), actors.current().username(),
                    Instant.now(clock)));
        }
        var described = new LinkedHashMap<String, Object>();
        described.put("agendaItemId", itemId);
        described.put("unitId", unitId);
        described.put("file", doc.getFileName());
        described.put("size", doc.getFileSize());
        described.put("text", doc.getTextBody() == null ? null : doc.getTextBody().length() + " ký tự");
        audit.record("MEETING_REPORT_ADDED", "meeting", meetingId, "Thêm báo cáo vào hội nghị " + meeting.getTitle(), null, described);
        return doc;
    }

    record Download(String fileName, String contentType, byte[] content) {}

    @Transactional(readOnly = true)
    Download download(long meetingId, long documentId) {
        var doc = documents.findById(documentId).filter(d -> d.getMeetingId() == meetingId && d.getFileName() != null)
                .orElseThrow(() -> new NotFoundException("document", documentId));
        return new Download(doc.getFileName(), doc.getContentType(), contents.findById(documentId).orElseThrow().content());
    }

    private static String name(String given, FileType type) {
        var n = clean(given);
        if (n.isBlank()) n = "bao-cao";
        if (!n.toLowerCase(java.util.Locale.ROOT).endsWith(type.extension())) n = n + type.extension();
        return n.length() > 200 ? n.substring(n.length() - 200) : n;
    }

    static String clean(String name) {
        var n = name == null ? "" : name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        return n.length() > 200 ? n.substring(0, 200) : n;
    }

}

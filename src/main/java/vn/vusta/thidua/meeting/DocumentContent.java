package vn.vusta.thidua.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an uploaded report, apart so that lists never load them. */
@Entity
@Table(name = "meeting_document_content")
class DocumentContent {
    @Id private Long documentId;
    private byte[] content;

    protected DocumentContent() {}

    DocumentContent(long documentId, byte[] content) {
        this.documentId = documentId;
        this.content = content;
    }

    byte[] content() { return content; }
}

package vn.vusta.thidua.campaign.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an evidence file, apart from its description so that lists never load them. */
@Entity
@Table(name = "evidence_content")
class EvidenceContent {
    @Id private Long evidenceId;
    @Column(name = "content") private byte[] content;

    protected EvidenceContent() {}

    EvidenceContent(long evidenceId, byte[] content) {
        this.evidenceId = evidenceId;
        this.content = content;
    }

    byte[] content() { return content; }
}

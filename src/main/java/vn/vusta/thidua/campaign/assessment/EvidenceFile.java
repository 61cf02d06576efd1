package vn.vusta.thidua.campaign.assessment;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An evidence file (minh chứng) of one criterion of a score sheet: its name, detected type, size and hash. */
@Entity
@Table(name = "evidence_file")
public class EvidenceFile {
    public enum Purpose { SELF, EXPLANATION }

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    private long scoreSheetId;
    private long criterionId;
    @Enumerated(EnumType.STRING) private Purpose purpose;
    private String fileName;
    @Enumerated(EnumType.STRING) private EvidenceType fileType;
    private long sizeBytes;
    private String sha256;
    private String uploadedBy;
    private Instant uploadedAt;

    protected EvidenceFile() {}

    EvidenceFile(long scoreSheetId, long criterionId, Purpose purpose, String fileName, EvidenceType type, long size,
                 String sha256, String by, Instant at) {
        this.scoreSheetId = scoreSheetId;
        this.criterionId = criterionId;
        this.purpose = purpose;
        this.fileName = fileName;
        this.fileType = type;
        this.sizeBytes = size;
        this.sha256 = sha256;
        this.uploadedBy = by;
        this.uploadedAt = at;
    }

    public Long getId() { return id; }
    public long getScoreSheetId() { return scoreSheetId; }
    public long getCriterionId() { return criterionId; }
    public Purpose getPurpose() { return purpose; }
    public String getFileName() { return fileName; }
    public EvidenceType getFileType() { return fileType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
}

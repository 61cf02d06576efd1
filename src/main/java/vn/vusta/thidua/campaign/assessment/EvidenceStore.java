package vn.vusta.thidua.campaign.assessment;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import vn.vusta.thidua.audit.AuditTrail;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.NotFoundException;
import vn.vusta.thidua.identity.ActorContext;

/**
 * Evidence files in the database: accepted only when the content is a PDF, PNG, JPEG, DOCX or XLSX
 * ({@link EvidenceType}) within the size limit ({@code thidua.evidence.max-size}); stored with the detected type, a
 * cleaned name ending in that type's extension, and the SHA-256 of the bytes.
 */
@Service
@Transactional
public class EvidenceStore {
    private final EvidenceFiles files;
    private final EvidenceContents contents;
    private final ScoreSheets sheets;
    private final ActorContext actors;
    private final AuditTrail audit;
    private final Clock clock;
    private final DataSize maxSize;

    EvidenceStore(EvidenceFiles files, EvidenceContents contents, ScoreSheets sheets, ActorContext actors, AuditTrail audit, Clock clock,
                  @Value("${thidua.evidence.max-size:10MB}") DataSize maxSize) {
        this.files = files;
        this.contents = contents;
        this.sheets = sheets;
        this.actors = actors;
        this.audit = audit;
        this.clock = clock;
        this.maxSize = maxSize;
    }

    public DataSize maxSize() { return maxSize; }

    /** The unit's evidence for one criterion of its editable sheet. */
    public EvidenceFile addForSelf(long sheetId, long criterionId, String name, byte[] content) {
        var sheet = own(sheetId);
        if (!sheet.getStatus().editableByUnit()) throw new BusinessRuleException("scoreSheet.notEditable", sheet.getStatus().label());
        return store(sheet, criterionId, EvidenceFile.Purpose.SELF, name, content);
    }

    /** A file attached to an explanation (checked the same way). */
    EvidenceFile addForExplanation(ScoreSheet sheet, long criterionId, String name, byte[] content) {
        return store(sheet, criterionId, EvidenceFile.Purpose.EXPLANATION, name, content);
    }

    public void remove(long sheetId, long evidenceId) {
        var sheet = own(sheetId);
        if (!sheet.getStatus().editableByUnit()) throw new BusinessRuleException("scoreSheet.notEditable", sheet.getStatus().label());
        var file = files.findById(evidenceId).filter(f -> f.getScoreSheetId() == sheetId).orElseThrow(() -> new NotFoundException("evidence", evidenceId));
        files.delete(file);
        audit.record("SCORE_EVIDENCE_REMOVED", "score_sheet", sheetId, "Xóa minh chứng " + file.getFileName(), describe(file), null);
    }

    /** The file and its bytes (the caller has checked the right to see the sheet). */
    @Transactional(readOnly = true)
    public Download download(long sheetId, long evidenceId) {
        var file = files.findById(evidenceId).filter(f -> f.getScoreSheetId() == sheetId).orElseThrow(() -> new NotFoundException("evidence", evidenceId));
        var bytes = contents.findById(evidenceId).orElseThrow(() -> new NotFoundException("evidence", evidenceId)).content();
        return new Download(file, bytes);
    }

    public record Download(EvidenceFile file, byte[] content) {}

    private ScoreSheet own(long sheetId) {
        var sheet = sheets.findById(sheetId).orElseThrow(() -> new NotFoundException("scoreSheet", sheetId));
        if (!actors.current().actsFor(sheet.getUnitId())) throw new AccessDeniedException("not this unit's sheet");
        return sheet;
    }

    private EvidenceFile store(ScoreSheet sheet, long criterionId, EvidenceFile.Purpose purpose, String name, byte[] content) {
        if (sheet.entry(criterionId).isEmpty()) throw new BusinessRuleException("scoreSheet.criterion.unknown");
        if (content == null || content.length == 0) throw new BusinessRuleException("evidence.empty");
        if (content.length > maxSize.toBytes()) throw new BusinessRuleException("evidence.tooLarge", maxSize.toMegabytes());
        var type = EvidenceType.detect(content).orElseThrow(() -> new BusinessRuleException("evidence.type", cleanName(name)));
        var file = files.save(new EvidenceFile(sheet.getId(), criterionId, purpose, fileName(name, type), type, content.length, sha256(content),
                actors.current().username(), Instant.now(clock)));
        contents.save(new EvidenceContent(file.getId(), content));
        audit.record("SCORE_EVIDENCE_ADDED", "score_sheet", sheet.getId(), "Thêm minh chứng " + file.getFileName(), null, describe(file));
        return file;
    }

    private static Map<String, Object> describe(EvidenceFile f) {
        var m = new LinkedHashMap<String, Object>();
        m.put("criterionId", f.getCriterionId());
        m.put("file", f.getFileName());
        m.put("type", f.getFileType().name());
        m.put("size", f.getSizeBytes());
        m.put("sha256", f.getSha256());
        return m;
    }

    /** The name without path or control characters, cut to 200 characters. */
    static String cleanName(String name) {
        var n = name == null ? "" : name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
        if (n.length() > 200) n = n.substring(n.length() - 200);
        return n.isEmpty() ? "minh-chung" : n;
    }

    /** The cleaned name, ending in the detected type's extension. */
    static String fileName(String name, EvidenceType type) {
        var n = cleanName(name);
        var lower = n.toLowerCase(java.util.Locale.ROOT);
        boolean fits = lower.endsWith(type.extension()) || type == EvidenceType.JPEG && lower.endsWith(".jpeg");
        return fits ? n : n + type.extension();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

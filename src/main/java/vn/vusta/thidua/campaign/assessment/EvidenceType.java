package vn.vusta.thidua.campaign.assessment;

import java.util.Optional;

import vn.vusta.thidua.document.FileType;

/**
 * The kinds of evidence files accepted, each recognised by its CONTENT (never by the name or the type the browser
 * sent): PDF by its header, PNG and JPEG by their signatures, DOCX and XLSX as ZIP packages whose
 * {@code [Content_Types].xml} declares the main part of a Word document or an Excel workbook and which hold that
 * part. Everything else (HTML, SVG, executables, macro-enabled Office files) is refused. Served with the content type
 * named here, always as an attachment.
 */
public enum EvidenceType {
    PDF("application/pdf", ".pdf"),
    PNG("image/png", ".png"),
    JPEG("image/jpeg", ".jpg"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");

    private final String contentType;
    private final String extension;

    EvidenceType(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() { return contentType; }

    public String extension() { return extension; }

    /** The type the content shows, if it is one of the accepted ones (recognised by {@link FileType}). */
    public static Optional<EvidenceType> detect(byte[] content) {
        return FileType.detect(content).map(t -> EvidenceType.valueOf(t.name()));
    }
}

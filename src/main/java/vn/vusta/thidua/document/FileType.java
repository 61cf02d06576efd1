package vn.vusta.thidua.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of uploaded files the application accepts (evidence, meeting reports), each recognised by its CONTENT (never by the name or the type the browser
 * sent): PDF by its header, PNG and JPEG by their signatures, DOCX and XLSX as ZIP packages whose
 * {@code [Content_Types].xml} declares the main part of a Word document or an Excel workbook and which hold that
 * part. Everything else (HTML, SVG, executables, macro-enabled Office files) is refused. Served with the content type
 * named here, always as an attachment.
 */
public enum FileType {
    PDF("application/pdf", ".pdf"),
    PNG("image/png", ".png"),
    JPEG("image/jpeg", ".jpg"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final String DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    /** Bigger packages are not read to the end (a ZIP bomb stops here). */
    private static final long MAX_UNPACKED = 200L * 1024 * 1024;

    private final String contentType;
    private final String extension;

    FileType(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() { return contentType; }

    public String extension() { return extension; }

    /** The type the content shows, if it is one of the accepted ones. */
    public static Optional<FileType> detect(byte[] content) {
        if (content == null || content.length == 0) return Optional.empty();
        if (startsWith(content, PDF_MAGIC)) return Optional.of(PDF);
        if (startsWith(content, PNG_MAGIC)) return Optional.of(PNG);
        if (startsWith(content, JPEG_MAGIC)) return Optional.of(JPEG);
        if (startsWith(content, ZIP_MAGIC)) return office(content);
        return Optional.empty();
    }

    private static Optional<FileType> office(byte[] content) {
        String contentTypes = null;
        Set<String> names = new HashSet<>();
        long unpacked = 0;
        try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                names.add(entry.getName());
                if (entry.getName().equals("[Content_Types].xml")) {
                    var bytes = zip.readNBytes(1024 * 1024);
                    unpacked += bytes.length;
                    contentTypes = new String(bytes, StandardCharsets.UTF_8);
                } else {
                    unpacked += zip.skip(MAX_UNPACKED);
                }
                if (unpacked > MAX_UNPACKED) return Optional.empty();
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        if (contentTypes == null) return Optional.empty();
        if (declares(contentTypes, DOCX_MAIN, "/word/document.xml") && names.contains("word/document.xml")) return Optional.of(DOCX);
        if (declares(contentTypes, XLSX_MAIN, "/xl/workbook.xml") && names.contains("xl/workbook.xml")) return Optional.of(XLSX);
        return Optional.empty();
    }

    /** The package declares the part as the main document of the expected kind (an override for exactly that part). */
    private static boolean declares(String contentTypes, String mainType, String part) {
        int at = contentTypes.indexOf("PartName=\"" + part + "\"");
        if (at < 0) return false;
        int end = contentTypes.indexOf("/>", at);
        int start = contentTypes.lastIndexOf('<', at);
        if (end < 0 || start < 0) return false;
        return contentTypes.substring(start, end).contains("ContentType=\"" + mainType + "\"");
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}

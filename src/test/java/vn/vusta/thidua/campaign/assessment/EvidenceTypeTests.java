package vn.vusta.thidua.campaign.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** Evidence types come from the content: what a file says it is does not count. */
class EvidenceTypeTests {
    static byte[] docx() throws IOException {
        try (var doc = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Báo cáo tổng kết công tác hội năm 2041");
            doc.write(out);
            return out.toByteArray();
        }
    }

    static byte[] xlsx() throws IOException {
        try (var wb = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            wb.createSheet("Số liệu").createRow(0).createCell(0).setCellValue("Số hội viên");
            wb.write(out);
            return out.toByteArray();
        }
    }

    static byte[] zip(String name, String content) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    static final byte[] HTML = "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>".getBytes(StandardCharsets.UTF_8);
    static final byte[] SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8);
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};

    @Test
    void acceptedKindsAreRecognisedByTheirContent() throws IOException {
        assertThat(EvidenceType.detect("%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1))).contains(EvidenceType.PDF);
        assertThat(EvidenceType.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0})).contains(EvidenceType.PNG);
        assertThat(EvidenceType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0})).contains(EvidenceType.JPEG);
        assertThat(EvidenceType.detect(docx())).contains(EvidenceType.DOCX);
        assertThat(EvidenceType.detect(xlsx())).contains(EvidenceType.XLSX);
    }

    @Test
    void hostileOrUnknownContentIsRefusedWhateverItsName() throws IOException {
        assertThat(EvidenceType.detect(HTML)).isEmpty();
        assertThat(EvidenceType.detect(SVG)).isEmpty();
        assertThat(EvidenceType.detect(EXE)).isEmpty();
        assertThat(EvidenceType.detect(new byte[0])).isEmpty();
        // a ZIP that is not an Office package, and one that only pretends to be (no main part)
        assertThat(EvidenceType.detect(zip("a.txt", "x"))).isEmpty();
        assertThat(EvidenceType.detect(zip("[Content_Types].xml", "<Types><Override PartName=\"/word/document.xml\" ContentType=\""
                + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"))).isEmpty();
        // a macro-enabled document declares another main type
        assertThat(EvidenceType.detect(zip("[Content_Types].xml", "<Types><Override PartName=\"/word/document.xml\" ContentType=\""
                + "application/vnd.ms-word.document.macroEnabled.main+xml\"/></Types>"))).isEmpty();
    }

    @Test
    void storedNamesAreCleanedAndEndInTheDetectedType() {
        assertThat(EvidenceStore.fileName("C:\\Users\\a\\bao-cao.pdf", EvidenceType.PDF)).isEqualTo("bao-cao.pdf");
        assertThat(EvidenceStore.fileName("../../etc/x\"<b>.png", EvidenceType.PNG)).isEqualTo("x__b_.png");
        assertThat(EvidenceStore.fileName("trang.html", EvidenceType.PDF)).isEqualTo("trang.html.pdf");
        assertThat(EvidenceStore.fileName("anh.JPEG", EvidenceType.JPEG)).isEqualTo("anh.JPEG");
        assertThat(EvidenceStore.fileName("", EvidenceType.XLSX)).isEqualTo("minh-chung.xlsx");
    }
}

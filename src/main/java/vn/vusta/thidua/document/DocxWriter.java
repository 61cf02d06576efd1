package vn.vusta.thidua.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.text.Normalizer;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * A Word (DOCX) document in the layout of Decree 30/2020/NĐ-CP: A4 with margins 20/15/20/30 mm, Times New Roman 13 pt,
 * the heading of issuing body and national motto side by side, a centred title, paragraphs and a signature block.
 * Text is written in NFC. Knows nothing of the data it writes: {@code new DocxWriter().header(...).title(...)...toBytes()}.
 */
public final class DocxWriter {
    private static final String FONT = "Times New Roman";
    private final XWPFDocument doc = new XWPFDocument();

    /** A signature: the role in capitals (e.g. "THƯ KÝ") and the signer's name (may be blank: signed by hand). */
    public record Signature(String role, String name) {}

    public DocxWriter() {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margin = sect.addNewPgMar();
        margin.setTop(BigInteger.valueOf(mm(20)));
        margin.setBottom(BigInteger.valueOf(mm(20)));
        margin.setLeft(BigInteger.valueOf(mm(30)));
        margin.setRight(BigInteger.valueOf(mm(15)));
    }

    /**
     * The heading: on the left the parent body (its own paragraph, broken where its text has a line break) and the
     * issuing body in bold on the next, on the right the nation and the motto; then the place and date line.
     */
    public DocxWriter header(String parent, String issuer, String nation, String motto, String placeAndDate) {
        XWPFTable table = doc.createTable(1, 2);
        table.removeBorders();
        table.setWidth("100%");
        table.setTableAlignment(TableRowAlign.CENTER);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        left.setWidth("42%");
        right.setWidth("58%");
        cellLine(left, parent, false, false, 12, true);
        cellLine(left, issuer, true, false, 12, false);
        cellLine(left, "――――――", false, false, 8, false);
        cellLine(right, nation, true, false, 12, true);
        cellLine(right, motto, true, true, 13, false);
        var date = paragraph(ParagraphAlignment.RIGHT);
        run(date, placeAndDate, false, true, 13, false);
        return this;
    }

    public DocxWriter title(String text) {
        var p = paragraph(ParagraphAlignment.CENTER);
        p.setSpacingBefore(120);
        run(p, text, true, false, 14, false);
        return this;
    }

    public DocxWriter subtitle(String text) {
        run(paragraph(ParagraphAlignment.CENTER), text, true, false, 13, false);
        return this;
    }

    public DocxWriter heading(String text) {
        var p = paragraph(ParagraphAlignment.LEFT);
        p.setSpacingBefore(120);
        run(p, text, true, false, 13, false);
        return this;
    }

    public DocxWriter paragraph(String text) {
        var p = paragraph(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(mm(10));
        run(p, text, false, false, 13, false);
        return this;
    }

    /** The signature block: one column per signer, role in bold capitals, a space to sign, the name in bold. */
    public DocxWriter signatures(List<Signature> signers) {
        if (signers.isEmpty()) return this;
        XWPFTable table = doc.createTable(1, signers.size());
        table.removeBorders();
        table.setWidth("100%");
        for (int i = 0; i < signers.size(); i++) {
            var cell = table.getRow(0).getCell(i);
            var s = signers.get(i);
            cellLine(cell, s.role(), true, false, 13, true);
            cellLine(cell, "(Ký, ghi rõ họ tên)", false, true, 12, false);
            cellLine(cell, "", false, false, 13, false);
            cellLine(cell, "", false, false, 13, false);
            cellLine(cell, "", false, false, 13, false);
            cellLine(cell, s.name() == null ? "" : s.name(), true, false, 13, false);
        }
        return this;
    }

    public byte[] toBytes() {
        try (doc; var out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private XWPFParagraph paragraph(ParagraphAlignment alignment) {
        var p = doc.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingAfter(60);
        return p;
    }

    /** A line in a table cell; {@code first}: reuse the paragraph every new cell has. */
    private static void cellLine(XWPFTableCell cell, String text, boolean bold, boolean underline, int size, boolean first) {
        var p = first && !cell.getParagraphs().isEmpty() ? cell.getParagraphs().getFirst() : cell.addParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        run(p, text, bold, false, size, underline);
    }

    private static void run(XWPFParagraph p, String text, boolean bold, boolean italic, int size, boolean underline) {
        var r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        if (underline) r.setUnderline(UnderlinePatterns.SINGLE);
        // a line break in the text ("LIÊN HIỆP CÁC HỘI KHOA HỌC\nVÀ KỸ THUẬT VIỆT NAM") breaks the line within the paragraph
        var lines = (text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC)).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) r.addBreak();
            r.setText(lines[i]);
        }
    }

    private static int mm(int millimetres) { return (int) Math.round(millimetres * 1440 / 25.4); }
}

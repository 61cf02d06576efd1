package vn.vusta.thidua.document;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;

/**
 * One cell as read: its text (trimmed, NFC; numbers in plain digits, dates as yyyy-MM-dd), and the number or date
 * when the cell holds one. What a column means is for the caller to decide.
 */
public record XlsxCell(String text, BigDecimal number, LocalDate date, Boolean bool) {
    public static final XlsxCell EMPTY = new XlsxCell("", null, null, null);

    static XlsxCell text(String s) {
        var t = s == null ? "" : Normalizer.normalize(s.replace('\u00A0', ' ').strip(), Normalizer.Form.NFC);
        return new XlsxCell(t, null, null, null);
    }

    static XlsxCell number(BigDecimal n) {
        var plain = n.scale() < 0 ? n.setScale(0) : n;
        return new XlsxCell(plain.toPlainString(), plain, null, null);
    }

    static XlsxCell date(LocalDate d) { return new XlsxCell(d.toString(), null, d, null); }

    static XlsxCell bool(boolean b) { return new XlsxCell(b ? "TRUE" : "FALSE", null, null, b); }

    public boolean isEmpty() { return text.isEmpty(); }
}

package vn.vusta.thidua.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A plain XLSX workbook of tables: a bold, frozen header row, column widths in characters, wrapped text, numbers as
 * numbers, dates as dd/mm/yyyy, and optional drop-down lists that keep a column to a set of labels when edited by
 * hand in Excel. Text is written in NFC (Vietnamese marks composed). Knows nothing of the data it writes.
 */
public final class XlsxWriter {
    private final XSSFWorkbook book = new XSSFWorkbook();
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle date;

    public XlsxWriter() {
        var bold = book.createFont();
        bold.setBold(true);
        header = book.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setBorderBottom(BorderStyle.THIN);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        text = book.createCellStyle();
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.TOP);
        date = book.createCellStyle();
        date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        date.setVerticalAlignment(VerticalAlignment.TOP);
    }

    /**
     * Adds a worksheet: the header row (frozen, bold), then one row per list of cells (String, Number, LocalDate,
     * Boolean or null). {@code widths} are in characters, one per column.
     */
    public XlsxWriter table(String name, List<String> headers, List<? extends List<?>> rows, int... widths) {
        Sheet sheet = book.createSheet(name);
        var head = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            var cell = head.createCell(c);
            cell.setCellValue(nfc(headers.get(c)));
            cell.setCellStyle(header);
        }
        for (int r = 0; r < rows.size(); r++) {
            var row = sheet.createRow(r + 1);
            var values = rows.get(r);
            for (int c = 0; c < values.size(); c++) write(row.createCell(c), values.get(c));
        }
        for (int c = 0; c < widths.length; c++) sheet.setColumnWidth(c, Math.min(255, widths[c]) * 256);
        sheet.createFreezePane(0, 1);
        return this;
    }

    /** Keeps a column (0-based) of a worksheet to the given labels, from the second row down, as Excel's drop-down. */
    public XlsxWriter dropDown(String sheetName, int column, List<String> labels) {
        var sheet = book.getSheet(sheetName);
        var helper = sheet.getDataValidationHelper();
        var constraint = helper.createExplicitListConstraint(labels.stream().map(XlsxWriter::nfc).toArray(String[]::new));
        var validation = helper.createValidation(constraint, new CellRangeAddressList(1, 1000, column, column));
        validation.setShowErrorBox(false);
        sheet.addValidationData(validation);
        return this;
    }

    private void write(org.apache.poi.ss.usermodel.Cell cell, Object value) {
        switch (value) {
            case null -> cell.setBlank();
            case BigDecimal n -> cell.setCellValue(n.doubleValue());
            case Number n -> cell.setCellValue(n.doubleValue());
            case LocalDate d -> {
                cell.setCellValue(d);
                cell.setCellStyle(date);
                return;
            }
            case Boolean b -> cell.setCellValue(b);
            default -> cell.setCellValue(nfc(value.toString()));
        }
        cell.setCellStyle(text);
    }

    public byte[] toBytes() {
        try (book; var out = new ByteArrayOutputStream()) {
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String nfc(String s) { return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC); }
}

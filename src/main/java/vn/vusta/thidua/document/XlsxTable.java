package vn.vusta.thidua.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A one-sheet workbook of a titled table: title lines, a bold header row, then rows whose numbers stay numbers
 * (two decimals) so that the office can keep computing with them in Excel. Cells: {@link String}, {@link Number} or null.
 */
public final class XlsxTable {
    private XlsxTable() {}

    public static byte[] of(String sheetName, List<String> title, List<String> header, List<List<Object>> rows) {
        try (var wb = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet(sheetName);
            var bold = wb.createFont();
            bold.setBold(true);
            CellStyle titleStyle = wb.createCellStyle();
            titleStyle.setFont(bold);
            titleStyle.setAlignment(HorizontalAlignment.CENTER);
            CellStyle head = wb.createCellStyle();
            head.setFont(bold);
            head.setWrapText(true);
            border(head);
            CellStyle text = wb.createCellStyle();
            border(text);
            CellStyle number = wb.createCellStyle();
            border(number);
            number.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            int r = 0;
            for (var line : title) {
                var cell = sheet.createRow(r).createCell(0);
                cell.setCellValue(line);
                cell.setCellStyle(titleStyle);
                if (header.size() > 1) sheet.addMergedRegion(new CellRangeAddress(r, r, 0, header.size() - 1));
                r++;
            }
            r++;
            var h = sheet.createRow(r++);
            for (int c = 0; c < header.size(); c++) {
                var cell = h.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(head);
            }
            for (var row : rows) {
                var x = sheet.createRow(r++);
                for (int c = 0; c < row.size(); c++) {
                    var cell = x.createCell(c);
                    var v = row.get(c);
                    if (v instanceof BigDecimal d) { cell.setCellValue(d.doubleValue()); cell.setCellStyle(number); }
                    else if (v instanceof Number n) { cell.setCellValue(n.doubleValue()); cell.setCellStyle(text); }
                    else { cell.setCellValue(v == null ? "" : v.toString()); cell.setCellStyle(text); }
                }
            }
            for (int c = 0; c < header.size(); c++) sheet.setColumnWidth(c, c == 1 ? 40 * 256 : 14 * 256);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void border(CellStyle s) {
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
    }
}

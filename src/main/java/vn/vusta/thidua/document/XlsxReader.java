package vn.vusta.thidua.document;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.vusta.thidua.common.BusinessRuleException;

/**
 * Reads an uploaded XLSX workbook into plain rows, refusing before parsing what is not one: more than {@code maxBytes},
 * an old binary .xls, or anything else that is not an Office Open XML workbook (checked by content, never by the
 * file name). Refusals are {@link BusinessRuleException}s with a Vietnamese message ({@code xlsx.*}).
 */
public final class XlsxReader {
    private static final int MAX_ROWS = 5000;

    private XlsxReader() {}

    /** The workbook's worksheets by name, in order, each as its non-empty rows. */
    public static Map<String, List<XlsxRow>> read(byte[] content, long maxBytes) {
        if (content == null || content.length == 0) throw new BusinessRuleException("xlsx.empty");
        if (content.length > maxBytes) throw new BusinessRuleException("xlsx.tooLarge", maxBytes / 1024);
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) throw new BusinessRuleException("xlsx.oldFormat");
        if (!startsWith(content, 0x50, 0x4B, 0x03, 0x04)) throw new BusinessRuleException("xlsx.notXlsx");
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            var sheets = new LinkedHashMap<String, List<XlsxRow>>();
            for (var sheet : book) sheets.put(sheet.getSheetName().trim(), rows(sheet));
            return sheets;
        } catch (BusinessRuleException e) {
            throw e;
        } catch (Exception | OutOfMemoryError e) {
            throw new BusinessRuleException("xlsx.notXlsx");
        }
    }

    private static List<XlsxRow> rows(Sheet sheet) {
        var out = new ArrayList<XlsxRow>();
        for (var row : sheet) {
            if (row.getRowNum() >= MAX_ROWS) throw new BusinessRuleException("xlsx.tooManyRows", MAX_ROWS);
            var cells = new ArrayList<XlsxCell>();
            for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) cells.add(cell(row.getCell(c)));
            var r = new XlsxRow(row.getRowNum() + 1, cells);
            if (!r.isBlank()) out.add(r);
        }
        return out;
    }

    private static XlsxCell cell(Cell cell) {
        if (cell == null) return XlsxCell.EMPTY;
        var type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? XlsxCell.date(cell.getLocalDateTimeCellValue().toLocalDate())
                    : XlsxCell.number(new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros());
            case STRING -> XlsxCell.text(cell.getStringCellValue());
            case BOOLEAN -> XlsxCell.bool(cell.getBooleanCellValue());
            default -> XlsxCell.EMPTY;
        };
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) return false;
        for (int i = 0; i < magic.length; i++) if ((content[i] & 0xFF) != magic[i]) return false;
        return true;
    }
}

package vn.vusta.thidua.campaign.sheet;

import static vn.vusta.thidua.campaign.sheet.SheetXlsxLabels.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.document.XlsxRow;

/** Reads the rows of the worksheet "Tiêu chí" into nodes, noting every cell it cannot use. */
final class SheetRowReader {
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private static final BigDecimal MAX_POINTS = new BigDecimal("1000");
    private final SheetImportProblems problems;
    /** Codes of rows that could not be read: their items are not reported again as "group not found". */
    private final java.util.Set<String> failed = new java.util.HashSet<>();

    SheetRowReader(SheetImportProblems problems) { this.problems = problems; }

    java.util.Set<String> failedCodes() { return failed; }

    List<SheetXlsx.Node> nodes(List<XlsxRow> rows) {
        if (rows.isEmpty()) {
            problems.add("sheetImport.noRows", CRITERIA_SHEET);
            return List.of();
        }
        var header = rows.getFirst();
        Map<String, Integer> columns = new HashMap<>();
        for (int c = 0; c < header.cells().size(); c++) {
            var text = fold(header.cell(c).text());
            for (var h : HEADERS) if (fold(h).equals(text)) columns.putIfAbsent(h, c);
        }
        var missing = REQUIRED.stream().filter(h -> !columns.containsKey(h)).toList();
        if (!missing.isEmpty()) {
            problems.cell(header.number(), null, "sheetImport.headers", String.join(", ", missing), String.join(", ", HEADERS));
            return List.of();
        }
        boolean explicitParent = columns.containsKey(PARENT);
        var nodes = new ArrayList<SheetXlsx.Node>();
        for (var row : rows.subList(1, rows.size())) {
            var node = node(row, columns, explicitParent);
            if (node != null) nodes.add(node);
        }
        if (nodes.isEmpty() && !problems.any()) problems.add("sheetImport.noRows", CRITERIA_SHEET);
        return nodes;
    }

    private SheetXlsx.Node node(XlsxRow row, Map<String, Integer> columns, boolean explicitParent) {
        int n = row.number();
        String code = text(problems, row, columns.get(CODE), CODE, 20, true);
        if (code != null && !code.matches("[\\p{L}\\d]+(\\.[\\p{L}\\d]+)*")) problems.cell(n, CODE, "criterion.code.pattern");
        String name = text(problems, row, columns.get(NAME), NAME, 500, true);
        String parent = explicitParent ? text(problems, row, columns.get(PARENT), PARENT, 20, false)
                : code != null && code.contains(".") ? code.substring(0, code.lastIndexOf('.')) : null;
        CriterionType type = label(row, columns.get(TYPE), TYPE, TYPES, true);
        Formula formula = label(row, columns.get(FORMULA), FORMULA, FORMULAS, false);
        BigDecimal max = points(row, columns.get(MAX), MAX, true);
        BigDecimal perOccurrence = points(row, columns.get(PER_OCCURRENCE), PER_OCCURRENCE, false);
        boolean evidence = yesNo(row, columns.get(EVIDENCE));
        String unit = text(problems, row, columns.get(UNIT), UNIT, 60, false);
        String guidance = text(problems, row, columns.get(GUIDANCE), GUIDANCE, 4000, false);
        if (code == null || name == null || type == null || max == null) {
            if (code != null) failed.add(code.toLowerCase());
            return null;
        }
        var spec = new CriterionSpec(code, name, guidance, type, formula, max, perOccurrence, evidence, unit);
        try {
            spec.check();
        } catch (BusinessRuleException e) {
            problems.cell(n, columnOf(e.messageKey()), e);
            failed.add(code.toLowerCase());
            return null;
        }
        return new SheetXlsx.Node(n, parent, explicitParent ? PARENT : CODE, spec);
    }

    private static String columnOf(String key) {
        return switch (key) {
            case "criterion.formula.onlyQuantitative" -> FORMULA;
            case "criterion.perOccurrence.missing", "criterion.perOccurrence.invalid" -> PER_OCCURRENCE;
            case "criterion.max.invalid" -> MAX;
            default -> null;
        };
    }

    private <T extends Enum<T>> T label(XlsxRow row, Integer column, String label, Map<T, String> labels, boolean required) {
        var text = column == null ? "" : row.cell(column).text();
        if (text.isEmpty()) {
            if (required) problems.cell(row.number(), label, "sheetImport.required");
            return null;
        }
        var found = match(labels, text);
        if (found.isEmpty()) problems.cell(row.number(), label, "sheetImport.label.unknown", text, String.join(", ", labels.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList()));
        return found.orElse(null);
    }

    private BigDecimal points(XlsxRow row, Integer column, String label, boolean required) {
        var cell = column == null ? null : row.cell(column);
        if (cell == null || cell.isEmpty()) {
            if (required) problems.cell(row.number(), label, "sheetImport.required");
            return null;
        }
        BigDecimal value = cell.number();
        if (value == null) {
            try {
                value = new BigDecimal(cell.text().replace(" ", "").replace(',', '.'));
            } catch (NumberFormatException e) {
                problems.cell(row.number(), label, "sheetImport.number", cell.text());
                return null;
            }
        }
        if (value.signum() < 0 || value.compareTo(MAX_POINTS) > 0 || value.stripTrailingZeros().scale() > 2) {
            problems.cell(row.number(), label, "sheetImport.points", cell.text());
            return null;
        }
        return value.setScale(Math.max(0, value.stripTrailingZeros().scale()));
    }

    private boolean yesNo(XlsxRow row, Integer column) {
        if (column == null) return false;
        var cell = row.cell(column);
        if (cell.bool() != null) return cell.bool();
        var f = fold(cell.text());
        if (f.isEmpty() || f.equals(fold(NO)) || f.equals("0")) return false;
        if (f.equals(fold(YES)) || f.equals("x") || f.equals("1")) return true;
        problems.cell(row.number(), EVIDENCE, "sheetImport.yesNo", cell.text());
        return false;
    }

    /** A text cell (column B of a row of "Thông tin" when {@code row} is such a row). */
    static String text(SheetImportProblems problems, XlsxRow row, Integer column, String label, int max, boolean required) {
        var text = row == null || column == null ? "" : row.cell(column).text();
        boolean info = column != null && column == 1 && row != null && fold(row.cell(0).text()).equals(fold(label));
        if (text.isEmpty()) {
            if (required) report(problems, row, label, info, "sheetImport.required");
            return null;
        }
        if (text.length() > max) {
            report(problems, row, label, info, "sheetImport.tooLong", max);
            return null;
        }
        return text;
    }

    static LocalDate date(SheetImportProblems problems, XlsxRow row, String label, boolean required) {
        var cell = row == null ? null : row.cell(1);
        if (cell == null || cell.isEmpty()) {
            if (required) problems.info(label, "sheetImport.required");
            return null;
        }
        if (cell.date() != null) return cell.date();
        try {
            return cell.text().contains("/") ? LocalDate.parse(cell.text(), DMY) : LocalDate.parse(cell.text());
        } catch (DateTimeParseException e) {
            problems.info(label, "sheetImport.date", cell.text());
            return null;
        }
    }

    private static void report(SheetImportProblems problems, XlsxRow row, String label, boolean info, String key, Object... args) {
        if (info || row == null) problems.info(label, key, args);
        else problems.cell(row.number(), label, key, args);
    }
}

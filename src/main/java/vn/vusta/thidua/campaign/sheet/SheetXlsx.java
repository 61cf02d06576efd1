package vn.vusta.thidua.campaign.sheet;

import static vn.vusta.thidua.campaign.sheet.SheetXlsxLabels.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import vn.vusta.thidua.cluster.ClusterLevel;
import vn.vusta.thidua.document.XlsxReader;
import vn.vusta.thidua.document.XlsxRow;
import vn.vusta.thidua.document.XlsxWriter;

/**
 * A scoring sheet as the office keeps it in Excel. Worksheet "Tiêu chí": a heading row, then one row per node in tree
 * order with the columns of {@link SheetXlsxLabels#HEADERS} (found by their heading, in any order). A node's group is
 * the column "Thuộc nhóm" when the file has it, else its code without the last part ("I.1.a" is under "I.1", "I"
 * is at the top). Worksheet "Thông tin": the sheet's code, name, level, validity and legal reference, one per row
 * (label in column A, value in B). Export writes exactly what import reads.
 */
@Component
class SheetXlsx {
    /** Import refuses larger files (a 60-criterion sheet is about 10 KB). */
    static final long MAX_BYTES = 512 * 1024;

    byte[] export(ScoringSheet sheet) {
        var rows = new ArrayList<List<Object>>();
        for (var row : SheetOutline.of(sheet).rows()) {
            var c = row.criterion();
            rows.add(Arrays.asList(c.getCode(), c.getParent() == null ? null : c.getParent().getCode(), c.getName(),
                    TYPES.get(c.getType()), c.getFormula() == null ? null : FORMULAS.get(c.getFormula()), c.getMaxPoints(),
                    c.getPointsPerOccurrence(), c.isEvidenceRequired() ? YES : null, c.getUnitOfMeasure(), c.getGuidance()));
        }
        List<List<Object>> info = List.of(
                Arrays.asList(INFO_CODE, sheet.getCode()), Arrays.asList(INFO_NAME, sheet.getName()),
                Arrays.asList(INFO_LEVEL, LEVELS.get(sheet.getLevel())), Arrays.asList(INFO_FROM, sheet.getValidFrom()),
                Arrays.asList(INFO_TO, sheet.getValidTo()), Arrays.asList(INFO_REF, sheet.getLegalRef()),
                Arrays.asList(INFO_VERSION, sheet.getSheetVersion()));
        return new XlsxWriter()
                .table(CRITERIA_SHEET, HEADERS, rows, 10, 10, 60, 16, 22, 11, 11, 12, 14, 60)
                .dropDown(CRITERIA_SHEET, HEADERS.indexOf(TYPE), typeLabels())
                .dropDown(CRITERIA_SHEET, HEADERS.indexOf(FORMULA), formulaLabels())
                .dropDown(CRITERIA_SHEET, HEADERS.indexOf(EVIDENCE), List.of(YES, NO))
                .table(INFO_SHEET, List.of("Mục", "Nội dung"), info, 20, 80)
                .toBytes();
    }

    /** What an XLSX file holds, checked through; nothing is saved here. */
    record Imported(String code, String name, ClusterLevel level, LocalDate validFrom, LocalDate validTo, String legalRef,
                    List<Node> nodes) {
        /** Adds the nodes to a new sheet, in file order. */
        void build(ScoringSheet sheet) {
            var byCode = new HashMap<String, Criterion>();
            for (var n : nodes) byCode.put(n.spec().code().toLowerCase(), sheet.add(n.parent() == null ? null : byCode.get(n.parent().toLowerCase()), n.spec()));
        }
    }

    /** A row: its number, its group's code (null: at the top), where that came from (a column heading), the node. */
    record Node(int row, String parent, String parentColumn, CriterionSpec spec) {}

    /** Reads and checks a file; every problem found is reported at once, naming the row and the column. */
    Imported read(byte[] content) {
        var book = XlsxReader.read(content, MAX_BYTES);
        var problems = new SheetImportProblems();
        var info = infoOf(book, problems);
        var criteria = book.entrySet().stream().filter(e -> fold(e.getKey()).equals(fold(CRITERIA_SHEET))).map(Map.Entry::getValue)
                .findFirst().orElseGet(() -> book.entrySet().stream().filter(e -> !fold(e.getKey()).equals(fold(INFO_SHEET)))
                        .map(Map.Entry::getValue).findFirst().orElse(List.of()));
        var reader = new SheetRowReader(problems);
        var nodes = reader.nodes(criteria);
        var imported = new Imported(info.code, info.name, info.level, info.validFrom, info.validTo, info.legalRef, nodes);
        if (info.validFrom != null && info.validTo != null && info.validTo.isBefore(info.validFrom)) problems.info(INFO_TO, "sheet.validity.order");
        new SheetTreeCheck(problems).check(nodes, reader.failedCodes());
        problems.throwIfAny();
        return imported;
    }

    private static final class Info {
        String code;
        String name;
        ClusterLevel level;
        LocalDate validFrom;
        LocalDate validTo;
        String legalRef;
    }

    private static Info infoOf(Map<String, List<XlsxRow>> book, SheetImportProblems problems) {
        var rows = book.entrySet().stream().filter(e -> fold(e.getKey()).equals(fold(INFO_SHEET))).map(Map.Entry::getValue).findFirst();
        var info = new Info();
        if (rows.isEmpty()) {
            problems.add("sheetImport.infoMissing", INFO_SHEET);
            return info;
        }
        var values = new HashMap<String, XlsxRow>();
        for (var row : rows.get()) values.put(fold(row.cell(0).text()), row);
        info.code = SheetRowReader.text(problems, values.get(fold(INFO_CODE)), 1, INFO_CODE, 40, true);
        info.name = SheetRowReader.text(problems, values.get(fold(INFO_NAME)), 1, INFO_NAME, 300, true);
        info.legalRef = SheetRowReader.text(problems, values.get(fold(INFO_REF)), 1, INFO_REF, 300, false);
        var level = values.get(fold(INFO_LEVEL));
        if (level != null && !level.cell(1).isEmpty()) {
            info.level = match(LEVELS, level.cell(1).text()).orElse(null);
            if (info.level == null) problems.info(INFO_LEVEL, "sheetImport.level.unknown", level.cell(1).text(), String.join(", ", LEVELS.values()));
        }
        info.validFrom = SheetRowReader.date(problems, values.get(fold(INFO_FROM)), INFO_FROM, true);
        info.validTo = SheetRowReader.date(problems, values.get(fold(INFO_TO)), INFO_TO, false);
        if (info.code != null && !info.code.matches("[\\p{L}\\d._-]+")) problems.info(INFO_CODE, "sheet.code.pattern");
        return info;
    }
}

package vn.vusta.thidua.campaign.sheet;

import static vn.vusta.thidua.campaign.sheet.SheetXlsxLabels.CODE;

import java.util.HashMap;
import java.util.List;
import java.util.Set;

/** Checks the tree the rows describe: codes unique, each node's group earlier in the file and a group ("Nhóm"). */
final class SheetTreeCheck {
    private final SheetImportProblems problems;

    SheetTreeCheck(SheetImportProblems problems) { this.problems = problems; }

    /** {@code failed}: codes of rows already reported as unreadable (their items are not reported again). */
    void check(List<SheetXlsx.Node> nodes, Set<String> failed) {
        var seen = new HashMap<String, SheetXlsx.Node>();
        for (var n : nodes) {
            var code = n.spec().code().toLowerCase();
            var twin = seen.get(code);
            if (twin != null) problems.cell(n.row(), CODE, "sheetImport.code.duplicate", n.spec().code(), twin.row());
            else seen.put(code, n);
            if (n.parent() == null) continue;
            var parent = seen.get(n.parent().toLowerCase());
            if (parent == null && !failed.contains(n.parent().toLowerCase())) {
                problems.cell(n.row(), n.parentColumn(), "sheetImport.parent.missing", n.parent(), n.spec().code());
            } else if (parent != null && !parent.spec().type().isGroup()) {
                problems.cell(n.row(), n.parentColumn(), "sheetImport.parent.notGroup", n.parent(), parent.row());
            }
        }
    }
}

package vn.vusta.thidua.campaign.sheet;

import java.util.ArrayList;
import java.util.List;

import vn.vusta.thidua.common.BusinessRuleException;

/** What is wrong with an uploaded sheet, each problem at its worksheet, row and column; collected, then thrown at once. */
final class SheetImportProblems {
    /** Enough to fix a file in one go without drowning the page. */
    static final int LIMIT = 30;

    /** One problem: {@code row} 0 for the whole file; {@code key} and {@code args} make the message. */
    record Problem(String worksheet, int row, String column, String key, Object[] args) {}

    /** Thrown with every problem found; nothing has been saved. */
    static final class Refused extends RuntimeException {
        private final transient List<Problem> problems;

        Refused(List<Problem> problems) {
            super("sheet import refused");
            this.problems = List.copyOf(problems);
        }

        List<Problem> problems() { return problems; }
    }

    private final List<Problem> problems = new ArrayList<>();

    void add(String key, Object... args) { put(new Problem(null, 0, null, key, args)); }

    void info(String label, String key, Object... args) { put(new Problem(SheetXlsxLabels.INFO_SHEET, 0, label, key, args)); }

    void info(String label, BusinessRuleException e) { info(label, e.messageKey(), e.args()); }

    void cell(int row, String column, String key, Object... args) {
        put(new Problem(SheetXlsxLabels.CRITERIA_SHEET, row, column, key, args));
    }

    void cell(int row, String column, BusinessRuleException e) { cell(row, column, e.messageKey(), e.args()); }

    private void put(Problem p) { if (problems.size() < LIMIT) problems.add(p); }

    boolean any() { return !problems.isEmpty(); }

    void throwIfAny() { if (any()) throw new Refused(problems); }
}

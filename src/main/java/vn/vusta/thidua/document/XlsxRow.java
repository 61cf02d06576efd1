package vn.vusta.thidua.document;

import java.util.List;

/** One row of a worksheet as read: its number as Excel shows it (from 1) and its cells from column A. */
public record XlsxRow(int number, List<XlsxCell> cells) {
    public XlsxRow {
        cells = List.copyOf(cells);
    }

    /** The cell of a column (0 = A); an empty cell past the row's end. */
    public XlsxCell cell(int column) { return column < cells.size() ? cells.get(column) : XlsxCell.EMPTY; }

    public boolean isBlank() { return cells.stream().allMatch(XlsxCell::isEmpty); }

    /** Column letters as Excel names them (0 → A, 26 → AA). */
    public static String columnName(int column) {
        var name = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) name.insert(0, (char) ('A' + (c - 1) % 26));
        return name.toString();
    }
}

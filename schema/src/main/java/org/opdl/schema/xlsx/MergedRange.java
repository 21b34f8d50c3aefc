package org.opdl.schema.xlsx;

/**
 * A range of merged cells below the heading row that does not start in the first column, such as
 * {@code C2:C3} where a coordinator merged one program type over two listings: Excel keeps the value
 * of merged cells in the first cell only, so the others read as empty and are named.
 *
 * @param reference the range as the sheet writes it, such as {@code C2:C3}
 * @param first its first cell, which holds the value, such as {@code C2}
 * @param column the column of the first cell of the range that reads as empty, zero-based
 * @param row the row of that cell, one-based, below the heading row
 */
record MergedRange(String reference, String first, int column, long row) {

    /**
     * The range {@code ref} of a {@code mergeCell}, or null when it is one cell, starts in the first column (where a
     * merged listing id is told by the join of the sheets), or lies in the heading row alone.
     */
    static MergedRange of(String ref) {
        int colon = ref == null ? -1 : ref.indexOf(':');
        if (colon < 0) {
            return null;
        }
        String start = ref.substring(0, colon).strip();
        String end = ref.substring(colon + 1).strip();
        int column = CellReferences.columnOf(start);
        int lastColumn = CellReferences.columnOf(end);
        long firstRow = CellReferences.parseRow(start.substring(letters(start)));
        long lastRow = CellReferences.parseRow(end.substring(letters(end)));
        if (column <= 0 || lastColumn < column || firstRow <= 0 || lastRow < firstRow
                || lastRow == firstRow && lastColumn == column || lastRow <= 1) {
            return null;
        }
        // The first cell read as empty: the one under the first cell, or beside it when the range spans one row.
        boolean down = lastRow > firstRow;
        return new MergedRange(start + ":" + end, start, down ? column : column + 1, Math.max(2, down ? firstRow + 1 : firstRow));
    }

    /** How many letters a cell reference starts with: where its row number begins. */
    private static int letters(String ref) {
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            i++;
        }
        return i;
    }
}

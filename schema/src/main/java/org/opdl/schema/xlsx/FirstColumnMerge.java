package org.opdl.schema.xlsx;

/**
 * A range of merged cells that starts in the first column, where an item sheet's listing id is:
 * Excel keeps the value of merged cells in the first row only.
 *
 * @param reference the range as the sheet writes it, such as {@code A2:A3}
 * @param firstRow its first row, one-based
 * @param lastRow its last row
 */
record FirstColumnMerge(String reference, long firstRow, long lastRow) {

    /** The range {@code ref} of a {@code mergeCell}, or null when it does not start in the first column or spans one row. */
    static FirstColumnMerge of(String ref) {
        int colon = ref == null ? -1 : ref.indexOf(':');
        if (colon < 0 || CellReferences.columnOf(ref) != 0) {
            return null;
        }
        long first = CellReferences.parseRow(ref.substring(letters(ref), colon));
        String end = ref.substring(colon + 1);
        long last = CellReferences.parseRow(end.substring(letters(end)));
        return first > 0 && last > first ? new FirstColumnMerge(ref.strip(), first, last) : null;
    }

    /** True when {@code row} is below the range's first row and in the range: its id cell is blank. */
    boolean covers(long row) {
        return row > firstRow && row <= lastRow;
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

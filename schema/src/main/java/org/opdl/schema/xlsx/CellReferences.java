package org.opdl.schema.xlsx;

/**
 * The parts of a cell reference as a sheet's XML writes it ({@code AB12}): its zero-based column
 * and its one-based row, read without throwing, as a damaged workbook may hold anything there.
 */
final class CellReferences {

    private CellReferences() {
    }

    /** The row number {@code r} holds, or 0 when it is not a number. */
    static long parseRow(String r) {
        try {
            return Long.parseLong(r.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The zero-based column of a reference such as {@code AB12}. */
    static int columnOf(String ref) {
        int n = 0;
        for (int i = 0; i < ref.length(); i++) {
            char ch = Character.toUpperCase(ref.charAt(i));
            if (ch < 'A' || ch > 'Z') {
                break;
            }
            n = n * 26 + (ch - 'A' + 1);
            if (n > 1_000_000) {
                break;
            }
        }
        return n - 1;
    }
}

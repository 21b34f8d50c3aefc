package org.opdl.schema.xlsx;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.List;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * The text a person sees in a cell, from the value the sheet's XML saved and the cell's type and
 * style: shared strings by their index, numbers in plain decimal form to the 15 significant digits a
 * spreadsheet keeps, numbers in a date format
 * as ISO dates, booleans as {@code true}/{@code false}.
 *
 * @param shared the workbook's shared-strings table
 * @param styles its date styles
 * @param date1904 whether its serial dates count from 1904 ({@link DateSystem})
 */
record CellValues(List<String> shared, DateStyles styles, boolean date1904) {

    /**
     * The significant digits of a number in a spreadsheet: Excel keeps and shows 15, but saves some numbers
     * with the 17 of their binary form ({@code 349.99000000000001} for 349.99), digits no one typed.
     */
    private static final MathContext DIGITS_KEPT = new MathContext(15);
    /** The latest serial date Excel shows: 31 December 9999. */
    private static final BigDecimal LAST_DATE = BigDecimal.valueOf(2_958_466);

    /** The shared string at {@code raw}, or null when the table has none there. */
    String sharedString(String raw) {
        int i = parseInt(raw.strip());
        return i < 0 || i >= shared.size() ? null : shared.get(i);
    }

    /** A boolean cell's text. */
    static String bool(String raw) {
        return raw.isEmpty() ? "" : "1".equals(raw.strip()) ? "true" : "false";
    }

    /**
     * A number as a person typed it; a number in a date format as an ISO date, or date and time, and in a format that
     * shows a month and year alone as that month and year ("March 2027").
     */
    String number(String raw, int style) {
        String v = raw.strip();
        if (v.isEmpty()) {
            return "";
        }
        BigDecimal n;
        try {
            n = new BigDecimal(v);
        } catch (NumberFormatException e) {
            return v;
        }
        if (Math.abs(n.scale()) > 400) {
            return v;
        }
        if (styles.isDate(style) && n.signum() >= 0 && n.compareTo(LAST_DATE) < 0) {
            LocalDateTime t = DateUtil.getLocalDateTime(n.doubleValue(), date1904, true);
            if (t != null && styles.isMonthAndYear(style)) {
                // "March 2027" typed into a cell is saved as 1 March 2027 and shown "Mar-27": read as the month it
                // shows, never as a day no one typed.
                return t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + t.getYear();
            }
            if (t != null) {
                return t.toLocalTime().toSecondOfDay() == 0 ? t.toLocalDate().toString() : t.toString();
            }
        }
        return n.round(DIGITS_KEPT).stripTrailingZeros().toPlainString();
    }

    /** A non-negative decimal integer, or -1. */
    static int parseInt(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

package org.opdl.schema.xlsx;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
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
     * shows a month and year alone as that month and year ("March 2027"), a time of day alone as the time ("4:30"), and,
     * when {@code shownAsPercent}, a number in a percentage format as the percentage it shows ("50%").
     */
    String number(String raw, int style, boolean shownAsPercent) {
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
        char elapsed = styles.elapsedUnit(style);
        if (elapsed != 0 && n.signum() >= 0 && n.compareTo(LAST_DATE) < 0) {
            // "37:30" typed into a cell formatted [h]:mm is saved as 1.5625 days: read as the hours and minutes it shows,
            // never as a day and time of January 1900 no one typed.
            return elapsed(n, elapsed);
        }
        if (styles.isDate(style) && n.signum() >= 0 && n.compareTo(LAST_DATE) < 0) {
            LocalDateTime t = DateUtil.getLocalDateTime(n.doubleValue(), date1904, true);
            if (t != null && styles.isMonthAndYear(style)) {
                // "March 2027" typed into a cell is saved as 1 March 2027 and shown "Mar-27": read as the month it
                // shows, never as a day no one typed.
                return t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + t.getYear();
            }
            if (t != null && n.compareTo(BigDecimal.ONE) < 0 && styles.isTimeOnly(style)) {
                // "4:30" typed into a cell is saved as a fraction of a day and shown as the time: read as the time shown,
                // never as a day of December 1899 no one typed.
                return time(t.toLocalTime());
            }
            if (t != null) {
                return dateAndTime(t);
            }
        }
        BigDecimal kept = n.round(DIGITS_KEPT);
        if (shownAsPercent && styles.isPercent(style)) {
            // 0.5 in a cell formatted as a percentage shows "50%": read as the share it shows, which a column of amounts or
            // counts refuses by name, never as the number 0.5 no one typed there.
            return kept.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
        }
        return kept.stripTrailingZeros().toPlainString();
    }

    /**
     * The text of a date cell saved as an ISO date and time ({@code t="d"}, as some programs save dates): a date and
     * a time without an offset are written as {@link #number} writes a date cell's; anything else is kept as saved.
     */
    static String isoDate(String raw) {
        String v = raw.strip();
        try {
            return dateAndTime(LocalDateTime.parse(v));
        } catch (DateTimeParseException e) {
            return raw;
        }
    }

    /**
     * A date and time as a date cell shows it, "2027-03-15 18:30", which the cell readers tell apart from a day, so the
     * hour is named where it goes, never dropped; the day alone at midnight, the time a date cell holds when none was typed.
     */
    private static String dateAndTime(LocalDateTime t) {
        return t.toLocalTime().toSecondOfDay() == 0 ? t.toLocalDate().toString() : t.toLocalDate() + " " + time(t.toLocalTime());
    }

    /**
     * A length of time as a format that counts past a day shows it: {@code [h]:mm} shows 1.5625 days as "37:30",
     * {@code [m]:ss} as minutes and seconds, {@code [s]} as seconds.
     *
     * @param unit the unit counted past its bound, {@code h}, {@code m} or {@code s}
     */
    static String elapsed(BigDecimal days, char unit) {
        long seconds = days.multiply(BigDecimal.valueOf(86_400)).setScale(0, RoundingMode.HALF_UP).longValue();
        String ss = String.format(Locale.ROOT, "%02d", seconds % 60);
        return switch (unit) {
            case 'h' -> seconds / 3600 + ":" + String.format(Locale.ROOT, "%02d", seconds / 60 % 60) + (seconds % 60 == 0 ? "" : ":" + ss);
            case 'm' -> seconds / 60 + ":" + ss;
            default -> Long.toString(seconds);
        };
    }

    /** A time of day as a spreadsheet shows it, "4:30" or "18:30:15". */
    private static String time(LocalTime t) {
        return t.getHour() + ":" + String.format(Locale.ROOT, "%02d", t.getMinute())
                + (t.getSecond() == 0 ? "" : String.format(Locale.ROOT, ":%02d", t.getSecond()));
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

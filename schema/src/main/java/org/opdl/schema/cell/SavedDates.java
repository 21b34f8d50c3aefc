package org.opdl.schema.cell;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opdl.model.text.Folding;

/**
 * Dates as a spreadsheet saves the text of a date cell into a CSV file, beyond the day itself: a
 * date and time cell whose time was never typed ({@code 2027-03-15 00:00:00}, {@code 3/15/2027 0:00}),
 * maybe with its offset from UTC ({@code 2027-03-15T00:00:00Z}), a date and time in ISO 8601 in a column that holds the day,
 * and Excel's built-in {@code mmm-yy} format, which shows a month and the last two digits of its
 * year ({@code Mar-27}) and no day.
 */
final class SavedDates {

    /** A date, then midnight as a spreadsheet writes a date cell's time when none was typed. */
    private static final Pattern MIDNIGHT = Pattern.compile("(?<day>\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{4})"
            + "(?:[ T]|\\s+)0?0:00(?::00(?:\\.0{1,9})?)?(?:Z|[+-]\\d{2}(?::?\\d{2})?)?");
    /** A date and time in ISO 8601, maybe with its offset from UTC, as programs save a date cell: "2027-02-15T17:00:00-05:00". */
    private static final Pattern ISO_DATE_TIME = Pattern.compile("(?<day>\\d{4}-\\d{2}-\\d{2})T(?<hour>\\d{2}:\\d{2})(?::\\d{2}(?:\\.\\d{1,9})?)?"
            + "(?<zone>Z|[+-]\\d{2}(?::?\\d{2})?)?");
    /** A month's short name, a hyphen and two digits, as Excel's mmm-yy shows a date: "Mar-27" and its French and other short forms. */
    /** A day and a month in figures and two digits of a year, as Excel's short date format shows a date ("15/03/27", "3/15/27"). */
    private static final Pattern SLASH_AND_SHORT_YEAR = Pattern.compile("\\d{1,2}([/.])\\d{1,2}\\1(?<year>\\d{2})");
    private static final Pattern MONTH_AND_SHORT_YEAR = Pattern.compile("(?iu)(?<month>\\p{L}{3,5})\\.?-(?<year>\\d{2})");

    private SavedDates() {
    }

    /** The date of {@code v} without its midnight time, or null when {@code v} is not a date at midnight. */
    static String beforeMidnight(String v) {
        Matcher m = MIDNIGHT.matcher(v);
        return m.matches() ? m.group("day") : null;
    }

    /**
     * Refuses {@code v} when it is a date and time in ISO 8601 ({@code 2027-02-15T17:00:00-05:00}) in a column that holds
     * the day: the day is named as written and the hour, with its offset, where it goes; nothing is read, as the day of an
     * hour in another time zone may be another.
     */
    static void refuseIsoHour(String v) {
        Matcher m = ISO_DATE_TIME.matcher(v);
        if (m.matches()) {
            String zone = m.group("zone");
            String hour = zone == null ? m.group("hour") : m.group("hour") + " UTC" + (zone.equals("Z") ? "" : zone);
            throw new Unreadable(v, Refusal.DAY_NOT_HOUR, m.group("day"), hour);
        }
    }

    /**
     * Refuses {@code v} when it is a month's short name and two digits joined by a hyphen, as Excel's mmm-yy
     * format shows a month and year: neither the day nor the century is given, so neither is guessed.
     *
     * @param isMonth true when {@code month}, folded, names a month
     */
    static void refuseMonthAndShortYear(String v, Predicate<String> isMonth) {
        Matcher m = MONTH_AND_SHORT_YEAR.matcher(v);
        if (m.matches() && isMonth.test(Folding.fold(m.group("month")))) {
            throw new Unreadable(v, Refusal.DATE_MONTH_SHORT_YEAR, v, m.group("year"));
        }
    }

    /**
     * Refuses a day and a month in figures with two digits of a year ("15/03/27", "3/15/27"), as Excel's short date format
     * shows a date in a CSV file: neither the century nor, often, the order of the day and the month is guessed.
     */
    static void refuseSlashAndShortYear(String v) {
        Matcher m = SLASH_AND_SHORT_YEAR.matcher(v);
        if (m.matches()) {
            throw new Unreadable(v, Refusal.DATE_SLASH_SHORT_YEAR, v, m.group("year"));
        }
    }
}

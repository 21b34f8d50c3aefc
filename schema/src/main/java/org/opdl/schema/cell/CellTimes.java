package org.opdl.schema.cell;

import java.util.HashMap;
import org.opdl.schema.format.ReaderRule;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Folding;

/**
 * Dates, and dates and times, as spreadsheets hold them: day-first dates when the day is over
 * 12, Excel serial numbers, dates with their month's name, and a plain date where a date and time
 * is asked (read as noon UTC, which is that same day everywhere in Canada). Durations are
 * {@link CellDurations}.
 */
final class CellTimes {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_AND_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{1,2}:\\d{2}(:\\d{2})?");
    /** A day followed by an hour, as calls write deadlines: "2027-03-15 11:59 pm ET", "March 15, 2027 at 5 p.m.". */
    private static final Pattern DAY_AND_HOUR = Pattern.compile("(?iu)(?<day>\\d{4}-\\d{2}-\\d{2}|\\D*\\d{1,2}\\D+\\d{4}),?\\s+(?:at |à )?"
            + "(?<hour>(?:\\d{1,2}(?:(?::|\\s*h\\s*)\\d{2}|\\s*(?:am|pm|a\\.m\\.|p\\.m\\.|h))|midnight|noon|minuit|midi)\\D{0,30})");
    /** The column's own name typed before the day, as calls write it: "Deadline: March 15, 2027", "Date limite : 15 mars 2027". */
    private static final Pattern DEADLINE_LABEL = Pattern.compile("(?iu)(?:application deadline|deadline|apply by|due|"
            + "date limite(?: de candidature| de dépôt)?|échéance)\\s*[:–-]?\\s*");
    private static final Pattern SLASH_DATE = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})");
    /** Excel serial numbers from 1954 to 2119: a five-digit number in a date column is no year or count. */
    private static final Pattern SERIAL = Pattern.compile("[2-7]\\d{4}");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    /** A date with its month's name, once folded: "march 15 2027", "15 mars 2027", "1er mars 2027". */
    private static final Pattern MONTH_FIRST = Pattern.compile("([a-z]+) (\\d{1,2})(?:st|nd|rd|th)? (\\d{4})");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})(?:er|st|nd|rd|th)? ([a-z]+) (\\d{4})");
    private static final Map<String, Integer> MONTHS = months();
    /** The weekday of each name, once folded, in English and French. */
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("monday", DayOfWeek.MONDAY), Map.entry("mon", DayOfWeek.MONDAY), Map.entry("lundi", DayOfWeek.MONDAY),
            Map.entry("tuesday", DayOfWeek.TUESDAY), Map.entry("tue", DayOfWeek.TUESDAY), Map.entry("tues", DayOfWeek.TUESDAY),
            Map.entry("mardi", DayOfWeek.TUESDAY), Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("wed", DayOfWeek.WEDNESDAY),
            Map.entry("mercredi", DayOfWeek.WEDNESDAY), Map.entry("thursday", DayOfWeek.THURSDAY), Map.entry("thu", DayOfWeek.THURSDAY),
            Map.entry("thurs", DayOfWeek.THURSDAY), Map.entry("jeudi", DayOfWeek.THURSDAY), Map.entry("friday", DayOfWeek.FRIDAY),
            Map.entry("fri", DayOfWeek.FRIDAY), Map.entry("vendredi", DayOfWeek.FRIDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
            Map.entry("sat", DayOfWeek.SATURDAY), Map.entry("samedi", DayOfWeek.SATURDAY), Map.entry("sunday", DayOfWeek.SUNDAY),
            Map.entry("sun", DayOfWeek.SUNDAY), Map.entry("dimanche", DayOfWeek.SUNDAY));
    /** What may come before a date with its month's name, once folded: an article, a weekday (group 1), or both: "le 15 mars", "friday march 12". */
    private static final Pattern LEAD = Pattern.compile("(?:(?:le|the|on) )?(?:(" + String.join("|", WEEKDAYS.keySet()) + ") )?(?:le |the )?");
    /** A day and a month's name without a year, once folded, maybe with an hour after: "march 15 at 5 pm et", "15 mars a 17 h". */
    private static final Pattern MONTH_DAY = Pattern.compile("([a-z]+) (\\d{1,2})(?:st|nd|rd|th)?(?: \\D.*)?");
    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})(?:er|st|nd|rd|th)? ([a-z]+)(?: .*)?");
    /** A month's name (group 1 or 2) and a day anywhere in the folded words, after a label or an hour: "deadline midnight pt jan 31". */
    private static final Pattern MONTH_DAY_WITHIN = Pattern.compile("\\b(?=([a-z]+) \\d{1,2}(?:st|nd|rd|th)?\\b|\\d{1,2}(?:er|st|nd|rd|th)? ([a-z]+)\\b)");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
    /** A day, a month's name and two digits of a year, as Excel's d-mmm-yy format shows a date ("15-Mar-27"). */
    private static final Pattern TWO_DIGIT_YEAR = Pattern.compile("\\d{1,2}[ ./-]+([a-z]+)\\.?[ ./-]+(\\d{2})");
    private CellTimes() {
    }

    /** The ISO date of the cell {@code v}; words that name no day are refused, a {@code component}'s with where they go for it. */
    static String date(String v, Location where, Readings readings, boolean component) {
        if (ISO_DATE.matcher(v).matches()) {
            // Already the standard's form, as most cells are: none of the readings below applies.
            return v;
        }
        String beforeMidnight = SavedDates.beforeMidnight(v);
        if (beforeMidnight != null) {
            // The time a spreadsheet saves with a date cell whose time was never typed: the day is the cell's value.
            String read = date(beforeMidnight, where, new Readings(), component);
            readings.add(Readings.Kind.MIDNIGHT_DATE, where, v, read);
            return read;
        }
        SavedDates.refuseIsoHour(v);
        SavedDates.refuseMonthAndShortYear(v, MONTHS::containsKey);
        SavedDates.refuseSlashAndShortYear(v);
        NoDayWords.refuse(v, v);
        NoDayWords.refuseRelative(v, component);
        NoDayWords.refuseMarked(v, component, d -> ISO_DATE.matcher(d).matches() ? d : named(d));
        String named = named(v);
        if (named != null) {
            readings.add(Readings.Kind.NAMED_DATE, where, v, named);
            return named;
        }
        if (SERIAL.matcher(v).matches()) {
            String iso = EXCEL_EPOCH.plusDays(Long.parseLong(v)).toString();
            readings.add(Readings.Kind.SERIAL_DATE, where, v, iso);
            return iso;
        }
        String dated = v;
        Matcher label = DEADLINE_LABEL.matcher(v);
        if (label.lookingAt() && label.end() < v.length()) {
            dated = v.substring(label.end()).strip();
            NoDayWords.refuse(v, dated);
            String read = ISO_DATE.matcher(dated).matches() ? dated : named(dated);
            if (read != null) {
                readings.add(Readings.Kind.LABELLED_DATE, where, v, read);
                return read;
            }
        }
        Matcher hour = DAY_AND_HOUR.matcher(dated);
        if (hour.matches()) {
            String written = ISO_DATE.matcher(hour.group("day")).matches() ? hour.group("day") : named(hour.group("day"));
            if (written != null) {
                throw new Unreadable(v, Refusal.DAY_NOT_HOUR, written, hour.group("hour").strip());
            }
        }
        Matcher m = SLASH_DATE.matcher(v);
        if (!m.matches()) {
            refuseNoYear(v);
            NoDayWords.refuseRemark(v, component);
            NoDayWords.refusePeriod(v, dated, component);
            return v;
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        int day;
        int month;
        if (a > 12 && b <= 12) {
            day = a;
            month = b;
        } else if (b > 12 && a <= 12) {
            day = b;
            month = a;
        } else if (a == b && a <= 12) {
            day = a;
            month = a;
        } else {
            throw new Unreadable(v, Refusal.DATE_WRITTEN_2025, v);
        }
        String iso = String.format(Locale.ROOT, "%s-%02d-%02d", m.group(3), month, day);
        readings.add(b > 12 ? Readings.Kind.MONTH_FIRST_DATE : Readings.Kind.DATE, where, v, iso);
        return iso;
    }

    /**
     * The day of a date written with its month's name in English or French, in either order
     * ("March 15, 2027", "15 mars 2027", "1er mars 2027", "Sept. 1, 2021"), which cannot be read two
     * ways; null for anything else, or a day the month does not have.
     */
    private static String named(String v) {
        if (v.length() > 40 || v.chars().noneMatch(Character::isLetter)) {
            return null;
        }
        String f = Folding.fold(v);
        Matcher lead = LEAD.matcher(f);
        String weekday = null;
        if (lead.lookingAt() && lead.end() > 0) {
            // "le 15 mars 2027", "Friday, March 12, 2027": the article and the weekday name the same day, checked below.
            weekday = lead.group(1);
            f = f.substring(lead.end());
        }
        Matcher m = MONTH_FIRST.matcher(f);
        String day;
        String month;
        if (m.matches()) {
            month = m.group(1);
            day = m.group(2);
        } else if ((m = DAY_FIRST.matcher(f)).matches()) {
            day = m.group(1);
            month = m.group(2);
        } else {
            return null;
        }
        Integer n = MONTHS.get(month);
        if (n == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(m.group(3)), n, Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
        if (weekday != null && WEEKDAYS.get(weekday) != date.getDayOfWeek()) {
            // "Friday, March 15, 2027" is a Monday: which of the two the call means is not guessed.
            throw new Unreadable(v, Refusal.DATE_WEEKDAY, v, date.toString());
        }
        return date.toString();
    }

    /** Refuses a day and month without a year, with or without an hour ("March 15 at 5 pm ET", "15 mars"): the year is never guessed. */
    private static void refuseNoYear(String v) {
        if (v.length() > 60 || v.chars().noneMatch(Character::isLetter) || YEAR.matcher(v).find()) {
            return;
        }
        String f = Folding.fold(v);
        Matcher yy = TWO_DIGIT_YEAR.matcher(f);
        if (yy.matches() && MONTHS.containsKey(yy.group(1))) {
            // The year is there, in two digits: its century is not guessed, and the message says so.
            throw new Unreadable(v, Refusal.DATE_TWO_DIGIT_YEAR, v, yy.group(2));
        }
        Matcher m = MONTH_DAY.matcher(f);
        String month = m.matches() ? m.group(1) : (m = DAY_MONTH.matcher(f)).matches() ? m.group(2) : null;
        // "Deadline: midnight PT, Jan. 31": the day comes after the label and the hour, its year still missing.
        for (Matcher within = MONTH_DAY_WITHIN.matcher(f); (month == null || !MONTHS.containsKey(month)) && within.find(); ) {
            month = within.group(1) != null ? within.group(1) : within.group(2);
        }
        if (month != null && MONTHS.containsKey(month)) {
            throw new Unreadable(v, Refusal.DATE_NO_YEAR, v);
        }
    }

    private static Map<String, Integer> months() {
        String[][] names = {
            {"january", "jan", "janvier", "janv"}, {"february", "feb", "fevrier", "fevr", "fev"},
            {"march", "mar", "mars"}, {"april", "apr", "avril", "avr"}, {"may", "mai"}, {"june", "jun", "juin"},
            {"july", "jul", "juillet", "juil"}, {"august", "aug", "aout"}, {"september", "sep", "sept", "septembre"},
            {"october", "oct", "octobre"}, {"november", "nov", "novembre"}, {"december", "dec", "decembre"}};
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i]) {
                out.put(name, i + 1);
            }
        }
        return Map.copyOf(out);
    }

    static String dateTime(String value, Location where, Readings readings, SheetForms forms, Consumer<Finding> notes) {
        String v = value.strip();
        if (DATE_AND_TIME.matcher(v).matches()) {
            notes.accept(new Finding(ReaderRule.CSV_EXCEL_DATE.id(), ReaderRule.CSV_EXCEL_DATE.severity(), where,
                    CellMessages.CSV_EXCEL_DATE_DATE_TIME_NO.text(),
                    CellMessages.CSV_EXCEL_DATE_WRITE_2025_03.text()));
            return value;
        }
        if (!ISO_DATE.matcher(v).matches() && !SLASH_DATE.matcher(v).matches() && !SERIAL.matcher(v).matches()
                && named(v) == null) {
            return value;
        }
        String day;
        try {
            day = date(v, where, readings, false);
            LocalDate.parse(day);
        } catch (DateTimeException | Unreadable e) {
            // Not one day for certain: the value is left for the schema to refuse, as in any format.
            return value;
        }
        String read = day + "T12:00:00Z";
        if (!forms.writesDays() || !ISO_DATE.matcher(v).matches()) {
            readings.add(Readings.Kind.DAY, where, v, read);
        }
        return read;
    }
}

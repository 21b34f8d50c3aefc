package org.opdl.schema.cell;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opdl.model.definition.FieldType;
import org.opdl.model.field.Field;
import org.opdl.model.field.FieldTree;

/**
 * A duration cell that gives sessions or a manner rather than one span, as calls write it: "3 x
 * 2-day sessions", "3 séances de 2 jours", "one week intensive", "1 semaine intensive". Neither
 * can be read as the program's duration without a loss or a guess (the sessions' span is not
 * known; "intensive" has no field), so the cell is refused with where each part goes: the number of
 * sessions and their length in a component's Sessions and Session length, the duration with the
 * manner in the description. A part of a day ("½ journée") is refused with the hours it lasts, the
 * one form of it a duration can hold, and whole days with a part ("1.5 days") with the days and those hours.
 */
final class DurationWords {

    private static final String SESSION = "(?:sessions?|séances?|workshops?|ateliers?|modules?|meetings?|rencontres?)";
    /** A count of sessions times their length: "3 x 2-day sessions", "3 sessions of 2 days", "3 séances de 2 jours", "2 x 3 h", "3 h x 2". */
    private static final Pattern TIMES = Pattern.compile("(?iu)(?<count>\\d{1,3})\\s*(?:x|×|times)\\s*(?<length>\\d{1,3}[\\s-]*\\p{L}+)\\s+" + SESSION
            + "|(?<count2>\\d{1,3})\\s+" + SESSION + "\\s+(?:of|de|d['’])\\s*(?<length2>\\d{1,3}\\s*\\p{L}+)"
            + "|(?<count3>\\d{1,3})\\s*(?:x|×)\\s*(?<length3>\\d{1,3}\\s*\\p{L}+)|(?<length4>\\d{1,3}\\s*\\p{L}+)\\s*(?:x|×)\\s*(?<count4>\\d{1,3})");
    /** A duration called intensive, before or after: "one week intensive", "intensif de 5 jours". */
    private static final Pattern INTENSIVE = Pattern.compile("(?iu)(?<duration>.+?)\\s+(?:intensive|intensif)"
            + "|(?:intensive|intensif)\\s+(?:of\\s+|de\\s+|d['’]\\s*)?(?<duration2>.+)");

    /**
     * A part of a day, alone or after whole days, which no whole unit gives: "½ journée", "une
     * demi-journée", "half a day", "1/2 day", "0.5 day", "1.5 days", "1½ jours".
     */
    private static final Pattern PART_OF_A_DAY = Pattern.compile("(?iu)(?:une\\s+|a\\s+|one\\s+)?(?:(?:\\d{1,3}\\s*)?(?:½|\\s1/2)|\\d{0,3}[.,]5|1/2|demie?|half"
            + "(?:\\s+a)?)[\\s-]*(?:journées?|jours?|days?)");

    /** Whole days (group 1) before their part: "1.5 days", "2,5 jours", "1½ jours", "1 1/2 days". */
    private static final Pattern DAYS_AND_A_PART = Pattern.compile("(?iu)([1-9]\\d{0,2})\\s*(?:[.,]\\d{1,2}|½|\\s1/2)\\s*\\p{L}+");

    private DurationWords() {
    }

    /** Why {@code v} cannot go in the duration {@code field} and where each part goes; empty when it is neither wording. */
    static Optional<Unreadable> explain(Field field, String v) {
        if (field.type() != FieldType.DURATION) {
            return Optional.empty();
        }
        String s = v.strip();
        Matcher days = DAYS_AND_A_PART.matcher(s);
        if (days.matches() && PART_OF_A_DAY.matcher(s).matches()) {
            // "1.5 days" is whole days and part of another: the days can be written, the part as the hours it lasts.
            return Optional.of(new Unreadable(v, Refusal.DURATION_DAYS_AND_PART, s, Integer.parseInt(days.group(1))));
        }
        if (PART_OF_A_DAY.matcher(s).matches()) {
            // The hours of a half day differ from one call to the next (three, four): a day's part is no span this column can hold.
            return Optional.of(new Unreadable(v, Refusal.DURATION_PART_OF_A_DAY, s));
        }
        Optional<Unreadable> decimal = DecimalDurations.explain(s);
        if (decimal.isPresent()) {
            return decimal;
        }
        Matcher t = TIMES.matcher(s);
        if (t.matches()) {
            String count = first(t, "count");
            String length = first(t, "length").replace('-', ' ');
            if (field.path().equals("components.sessionLength")) {
                // In the length of one session, the length goes here and the count beside it: nothing to leave blank.
                return CellDurations.readIso(length).map(iso -> new Unreadable(v, Refusal.SESSION_TIMES, s, Integer.parseInt(count), length.strip(),
                        FieldTree.listing().field("components.sessions").map(Field::headingOrLabel).orElseThrow()));
            }
            return CellDurations.readIso(length).map(iso -> new Unreadable(v, Refusal.DURATION_TIMES_SESSIONS, count, iso));
        }
        Matcher i = INTENSIVE.matcher(s);
        if (!i.matches()) {
            return Optional.empty();
        }
        String duration = i.group("duration") != null ? i.group("duration") : i.group("duration2");
        return CellDurations.readIso(duration.strip().replace('-', ' ')).map(iso -> new Unreadable(v, Refusal.DURATION_INTENSIVE, iso));
    }

    /** The first of the groups {@code name}, {@code name2}, {@code name3} and {@code name4} that matched. */
    private static String first(Matcher m, String name) {
        for (String suffix : new String[] {"", "2", "3", "4"}) {
            if (m.group(name + suffix) != null) {
                return m.group(name + suffix);
            }
        }
        throw new IllegalStateException("no group " + name);
    }
}

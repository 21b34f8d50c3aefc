package org.opdl.schema.cell;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opdl.model.definition.FieldType;
import org.opdl.model.field.Field;

/**
 * A duration cell that gives sessions or a manner rather than one span, as calls write it: "3 x
 * 2-day sessions", "3 séances de 2 jours", "one week intensive", "1 semaine intensive". Neither
 * can be read as the program's duration without a loss or a guess (the sessions' span is not
 * known; "intensive" has no field), so the cell is refused with where each part goes: the number of
 * sessions and their length in a component's Sessions and Session length, the duration with the
 * manner in the description. A part of a day ("½ journée") is refused with the hours it lasts, the
 * one form of it a duration can hold.
 */
final class DurationWords {

    private static final String SESSION = "(?:sessions?|séances?|workshops?|ateliers?|modules?|meetings?|rencontres?)";
    /** A count of sessions times their length: "3 x 2-day sessions", "3 sessions of 2 days", "3 séances de 2 jours". */
    private static final Pattern TIMES = Pattern.compile("(?iu)(?<count>\\d{1,3})\\s*(?:x|×|times)\\s*(?<length>\\d{1,3}[\\s-]*\\p{L}+)\\s+" + SESSION
            + "|(?<count2>\\d{1,3})\\s+" + SESSION + "\\s+(?:of|de|d['’])\\s*(?<length2>\\d{1,3}\\s*\\p{L}+)");
    /** A duration called intensive, before or after: "one week intensive", "intensif de 5 jours". */
    private static final Pattern INTENSIVE = Pattern.compile("(?iu)(?<duration>.+?)\\s+(?:intensive|intensif)"
            + "|(?:intensive|intensif)\\s+(?:of\\s+|de\\s+|d['’]\\s*)?(?<duration2>.+)");

    /**
     * A part of a day, alone or after whole days, which no whole unit gives: "½ journée", "une
     * demi-journée", "half a day", "1/2 day", "0.5 day", "1.5 days", "1½ jours".
     */
    private static final Pattern PART_OF_A_DAY = Pattern.compile("(?iu)(?:une\\s+|a\\s+|one\\s+)?(?:(?:\\d{1,3}\\s*)?(?:½|\\s1/2)|\\d{0,3}[.,]5|1/2|demie?|half"
            + "(?:\\s+a)?)[\\s-]*(?:journées?|jours?|days?)");

    private DurationWords() {
    }

    /** Why {@code v} cannot go in the duration {@code field} and where each part goes; empty when it is neither wording. */
    static Optional<Unreadable> explain(Field field, String v) {
        if (field.type() != FieldType.DURATION) {
            return Optional.empty();
        }
        String s = v.strip();
        if (PART_OF_A_DAY.matcher(s).matches()) {
            // The hours of a half day differ from one call to the next (three, four): a day's part is no span this column can hold.
            return Optional.of(new Unreadable(v, Refusal.DURATION_PART_OF_A_DAY, s));
        }
        Matcher t = TIMES.matcher(s);
        if (t.matches()) {
            String count = t.group("count") != null ? t.group("count") : t.group("count2");
            String length = (t.group("length") != null ? t.group("length") : t.group("length2")).replace('-', ' ');
            return CellDurations.readIso(length).map(iso -> new Unreadable(v, Refusal.DURATION_TIMES_SESSIONS, count, iso));
        }
        Matcher i = INTENSIVE.matcher(s);
        if (!i.matches()) {
            return Optional.empty();
        }
        String duration = i.group("duration") != null ? i.group("duration") : i.group("duration2");
        return CellDurations.readIso(duration.strip().replace('-', ' ')).map(iso -> new Unreadable(v, Refusal.DURATION_INTENSIVE, iso));
    }
}

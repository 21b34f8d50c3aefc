package org.opdl.schema.cell;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opdl.model.definition.FieldType;
import org.opdl.model.definition.SheetWording;
import org.opdl.model.field.Field;

/**
 * Ranges of durations as program pages write them: {@code 20–22 weeks}, {@code 20 à 22 semaines},
 * {@code from 4 to 6 months}, {@code 6 weeks to 2 months}. The first end takes the unit of the
 * second when it has none. A duration field beside a duration the field table words
 * {@code minimum} followed by one it words {@code maximum} ({@code minDuration} and
 * {@code maxDuration} beside {@code duration}) has a home for both ends, when it is the one other
 * duration there.
 */
final class DurationRanges {

    private static final Pattern RANGE = Pattern.compile(
            "(?:from|de|between|entre)?\\s*(.+?)\\s*(?:-|–|—|\\bto\\b|\\bà\\b|\\ba\\b|\\bau\\b|\\band\\b|\\bet\\b)\\s*([\\dP].*)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,6}");
    private static final Pattern UNIT_AFTER_NUMBER = Pattern.compile("\\d{1,6}\\s*(\\p{L}.*)");

    /** The two ends of a range in the standard's form, such as {@code P140D} and {@code P154D}. */
    record Ends(String low, String high) {
    }

    /** The fields that hold the ends, such as {@code minDuration} and {@code maxDuration}. */
    record Homes(Field shortest, Field longest) {
    }

    private DurationRanges() {
    }

    /** The two ends of {@code v} in the standard's form, when it is a range and not one duration; else empty. */
    static Optional<Ends> ends(String v) {
        if (CellDurations.readIso(v.strip()).isPresent()) {
            // One duration, as most cells hold, is no range; this is the cheap test, made first.
            return Optional.empty();
        }
        Matcher m = RANGE.matcher(v.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String low = m.group(1);
        String high = m.group(2);
        Matcher unit = UNIT_AFTER_NUMBER.matcher(high);
        if (BARE_NUMBER.matcher(low).matches() && unit.matches()) {
            low = low + " " + unit.group(1);
        }
        Optional<String> shortest = CellDurations.readIso(low);
        Optional<String> longest = CellDurations.readIso(high);
        return shortest.isPresent() && longest.isPresent()
                ? Optional.of(new Ends(shortest.get(), longest.get()))
                : Optional.empty();
    }

    /**
     * The shortest and longest siblings of a duration field, as the field table words them: a
     * duration worded {@code minimum} with one worded {@code maximum} right after it, beside no other
     * duration than this field; empty otherwise.
     */
    static Optional<Homes> homes(Field field) {
        if (field.type() != FieldType.DURATION || field.wordedAs(SheetWording.MINIMUM) || field.wordedAs(SheetWording.MAXIMUM)
                || field.parent().isEmpty()) {
            return Optional.empty();
        }
        List<Field> siblings = field.parent().get().children();
        Homes found = null;
        for (int i = 0; i < siblings.size(); i++) {
            Field s = siblings.get(i);
            if (s == field || s.type() != FieldType.DURATION) {
                continue;
            }
            Field next = i + 1 < siblings.size() ? siblings.get(i + 1) : null;
            if (found == null && s.wordedAs(SheetWording.MINIMUM) && next != null && next.type() == FieldType.DURATION
                    && next.wordedAs(SheetWording.MAXIMUM)) {
                found = new Homes(s, next);
                i++;
            } else {
                // Another duration beside it: which of the two the range belongs to is not said.
                return Optional.empty();
            }
        }
        return Optional.ofNullable(found);
    }
}

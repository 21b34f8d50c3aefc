package org.opdl.schema.cell;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hours a week given as a bound or a range, as calls write them: "up to 12 h/week", "max. 12
 * h/semaine", "jusqu'à 12 heures par semaine", "12 h/week max", "10-12 h/week", "de 10 à 12 h par
 * semaine". The column holds the hours of a typical week, which neither gives: the most is not
 * the usual, and picking a point of a range would be a guess. Such a cell is refused saying what
 * it gives, with the fix: the usual hours if the call gives them, else the words in the description.
 */
final class HourBounds {

    private static final String AT_MOST = "(?:up to|upto|no more than|not more than|at most|a maximum of|maximum of|maximum|max\\.?"
            + "|jusqu['’]à|au plus|au maximum|un maximum de|pas plus de)";
    private static final String OR_LESS = "(?:max\\.?|maximum|or less|or fewer|at most|ou moins|au plus|au maximum)";
    /** The most first, the hours after it, in group 1: "up to 12 h/week". */
    private static final Pattern MOST_FIRST = Pattern.compile("(?iu)" + AT_MOST + "\\s*(\\d.*)");
    /** The hours first, in group 1, the most's words after them: "12 h/week max". */
    private static final Pattern MOST_LAST = Pattern.compile("(?iu)(\\d.*?)[\\s,(]*" + OR_LESS + "\\)?");
    /** A range: its low end in group 1, the high end with its unit in group 2: "10-12 h/week", "de 10 à 12 h par semaine". */
    private static final Pattern RANGE = Pattern.compile("(?iu)(?:from |de |between |entre )?(\\d{1,3}(?:[.,]\\d+)?)\\s*(?:h|hrs?|hours|heures)?"
            + "\\s*(?:-|–|—|to|à|a|and|et)\\s*(\\d.*)");

    private HourBounds() {
    }

    /** Why {@code v}, a bound or a range of hours a week, is no number of hours of a typical week; empty for other words. */
    static Optional<Unreadable> explain(String v) {
        String s = v.strip();
        Matcher first = MOST_FIRST.matcher(s);
        Optional<String> most = first.matches() ? CellNumbers.hoursAWeek(first.group(1)) : Optional.empty();
        if (most.isEmpty()) {
            Matcher last = MOST_LAST.matcher(s);
            most = last.matches() ? CellNumbers.hoursAWeek(last.group(1)) : Optional.empty();
        }
        if (most.isPresent()) {
            return Optional.of(new Unreadable(v, Refusal.HOURS_MOST, s, most.get()));
        }
        Matcher range = RANGE.matcher(s);
        if (!range.matches()) {
            return Optional.empty();
        }
        Optional<String> high = CellNumbers.hoursAWeek(range.group(2));
        return high.map(h -> new Unreadable(v, Refusal.HOURS_RANGE, s, range.group(1).replace(',', '.'), h));
    }
}

package org.opdl.schema.cell;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opdl.model.definition.FieldType;
import org.opdl.model.definition.SheetWording;
import org.opdl.model.field.Field;
import org.opdl.model.text.Folding;

/**
 * A count of placements with the length of each, as calls write it where a number of places
 * meets a duration: "six 20-week placements", "3 x 12-week residencies", "deux stages de 10
 * semaines"; or a count of awards with the amount of each: "20 × $20,000". No column holds both,
 * and reading one would lose the other, so the cell is refused with where each part goes: the
 * count in Places, the length in Duration, the amount in the amount's column.
 */
final class CountWithLength {

    private static final String COUNT = "(?<count>\\d{1,3}|\\p{L}+)";
    private static final String WHAT = "(?:placements?|residenc(?:y|ies)|internships?|fellowships?|mentorships?|positions?|contracts?"
            + "|stages?|résidences?|mentorats?|postes?|contrats?)";
    /** The count, the length, then what is counted ("six 20-week placements"), or the count, what, then "of" and the length ("deux stages de 10 semaines"). */
    private static final Pattern COUNTED = Pattern.compile("(?iu)" + COUNT + "\\s*(?:x|×|times)?\\s*(?<length>\\d{1,3}[\\s-]*\\p{L}+)\\s+(?:paid\\s+|rémunérés?\\s+)?" + WHAT
            + "|" + COUNT.replace("count", "count2") + "\\s+" + WHAT + "(?:\\s+rémunérés?|\\s+paid)?\\s+(?:of|de|d['’])\\s*(?<length2>\\d{1,3}[\\s-]*\\p{L}+)");

    /** A count times what each receives, the count then {@link CellRanges#MONEY}'s two groups: "20 × $20,000", "2 x 10 000 $". */
    private static final Pattern TIMES_AMOUNT = Pattern.compile("(?iu)" + COUNT + "\\s*(?:x|×)\\s*" + CellRanges.MONEY);

    private CountWithLength() {
    }

    /** Why a count of placements with their length cannot go in a duration or a number of places, and where each goes; empty otherwise. */
    static Optional<Unreadable> explain(Field field, String v) {
        if (CellRanges.isMoney(field)) {
            Matcher times = TIMES_AMOUNT.matcher(v.strip());
            return times.matches() ? count(times.group("count")).map(n -> new Unreadable(v,
                    Refusal.MONEY_COUNT_TIMES, CellRanges.amount(times.group(2), times.group(3)), n)) : Optional.empty();
        }
        boolean duration = field.type() == FieldType.DURATION;
        if (!duration && !field.wordedAs(SheetWording.PLACES)) {
            return Optional.empty();
        }
        Matcher m = COUNTED.matcher(v.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String written = m.group("count") != null ? m.group("count") : m.group("count2");
        Optional<String> count = count(written);
        String length = (m.group("length") != null ? m.group("length") : m.group("length2")).replace('-', ' ');
        return count.flatMap(n -> CellDurations.readIso(length).map(iso -> duration
                ? new Unreadable(v, Refusal.DURATION_COUNT_LENGTH, iso, n) : new Unreadable(v, Refusal.PLACES_COUNT_LENGTH, n, iso)));
    }

    /** The count as digits, written so or in words; empty for a word that names no number. */
    private static Optional<String> count(String written) {
        return Character.isDigit(written.charAt(0)) ? Optional.of(written) : NumberWords.value(Folding.fold(written));
    }
}

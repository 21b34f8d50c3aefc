package org.opdl.schema.cell;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opdl.model.definition.FieldType;
import org.opdl.model.definition.SheetUnit;
import org.opdl.model.definition.SheetWording;
import org.opdl.model.field.Field;

/**
 * A least written in its own column with the column's unit and words that narrow it, as calls
 * write who may apply: "at least 2 credits (as producer)", "min. 2 crédits à titre de
 * producteur·rice", "3+ years of practice in documentary". The number alone would drop what
 * the words ask, so the cell is refused with the number for the column and the words for
 * "Eligibility notes", as {@link Maximums} refuses "no more than 2 feature credits". The words may
 * hold digits only when they narrow the least to a span of time ("2+ credits since 2020").
 */
final class LeastWithWords {

    /** The words that say a least after its number and unit, or after its number: "or more", "+", "et plus". */
    private static final String OR_MORE = "(?:\\+|or more|and more|and over|ou plus|et plus)";
    /**
     * Words that narrow a least to a span of time, which may hold a year or a count of years: "since
     * 2020", "depuis 2020", "in the last 5 years", "au cours des 5 dernières années". Other words with
     * digits ("or 1 feature") give another least, which the notes alone would not say.
     */
    private static final String SINCE = "(?:since|depuis|in the (?:last|past)|over the (?:last|past)|within the (?:last|past)|au cours des"
            + "|dans les|durant les|pendant les)\\s[^()]*?";
    /** Per unit a minimum column counts, a least with the unit (number in group 1 or 2) and the words after it (group 3). */
    private static final Map<SheetUnit, Pattern> WORDED = worded();

    private LeastWithWords() {
    }

    /** Why a least with narrowing words cannot go in a minimum column, and what to write; empty for any other cell. */
    static Optional<Unreadable> explain(Field field, String v) {
        if (field.type() != FieldType.INTEGER || !field.wordedAs(SheetWording.MINIMUM)) {
            return Optional.empty();
        }
        Pattern p = field.sheetUnit().map(WORDED::get).orElse(null);
        Matcher m = p == null ? null : p.matcher(v.strip());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        String least = m.group(1) != null ? m.group(1) : m.group(2);
        return Optional.of(new Unreadable(v, Refusal.MIN_WORDS, least, m.group(3).strip()));
    }

    private static Map<SheetUnit, Pattern> worded() {
        Map<SheetUnit, Pattern> out = new EnumMap<>(SheetUnit.class);
        CellRanges.UNITS.forEach((key, unit) -> out.put(key, Pattern.compile("(?iu)(?:" + CellRanges.AT_LEAST_WORDS + "\\s*(\\d{1,3})"
                + "|(\\d{1,3})\\s*" + OR_MORE + "?)\\s*(?:" + unit + ")\\s*" + OR_MORE + "?\\s*[,;:(–-]?\\s*(" + SINCE + "|\\p{L}[^\\d()]*?)\\s*\\)?\\.?")));
        return Map.copyOf(out);
    }
}

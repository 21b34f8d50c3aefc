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
 * A largest number written in words in its own column, as calls for applications write it: "no
 * more than 2 credits", "up to 5 years of experience", "35 and under", "au plus 2 crédits". It is
 * read when the words name what the column counts, as {@link CellRanges} reads "at least 2
 * credits" in a minimum. A strict bound ("less than 5 years", "under 35", "moins de 5 ans") is
 * refused with the whole number it allows, and other words beside the number ("no more than 2
 * feature credits") with the notes they go in, since reading either would be a guess.
 */
final class Maximums {

    /** The bound itself counted, as calls stress it after an age: "30 (inclusive)", "30 ans inclusivement". */
    private static final String INCLUSIVE = "\\(?(?:inclusive(?:ly)?|inclusivement|incluse?s?|included|compris)\\)?";
    /** The words that say a most before its number: "no more than", "up to", "au plus". */
    static final String AT_MOST = "(?:≤|<=|no more than|not more than|at most|up to and including|up to|a maximum of|maximum of|maximum|max\\.?"
            + "|au plus|pas plus de|jusqu['’]à|au maximum|un maximum de|maximum de)";
    private static final String OR_FEWER = "(?:or fewer|or less|or under|and under|or younger|and younger|ou moins|et moins|au plus"
            + "|au maximum|maximum|max\\.?|" + Maximums.INCLUSIVE + ")";
    private static final String LESS_THAN = "(?:<|less than|fewer than|under|below|moins de|sous)";
    /** What a column of ages counts, as providers name it after the number. */
    static final String AGE = "(?:years?(?:\\s+(?:old|of age))?|yrs?|ans)";
    /** What a column of places counts, as calls name it after the number: "up to 12 participants", "jusqu'à 12 places". */
    private static final String PLACES = "(?:places?|spots?|seats?|participants?|participantes?|personnes|producers?|producteurs?|productrices?"
            + "|teams?|équipes?|projects?|projets?|companies|entreprises?)";
    /** Per unit a maximum column counts (as the field table gives it), the number of a largest amount with the unit's words, or with none. */
    private static final Map<SheetUnit, Pattern> WORDED = worded();
    /** Per unit a maximum column counts, a strict bound with the unit's words or with none. */
    private static final Map<SheetUnit, Pattern> STRICT = strict();
    /** Per unit a maximum column counts, a largest number with the unit (number in group 1 or 2) and words after it (group 3): "at most 3 years since first credit". */
    private static final Map<SheetUnit, Pattern> UNIT_AND_WORDS = unitAndWords();
    /** A largest number followed by words of no unit of the column: "no more than 2 feature credits". */
    private static final Pattern WITH_WORDS = Pattern.compile("(?iu)" + AT_MOST + "\\s*(\\d{1,3})\\s+(\\p{L}[\\p{L}\\s'’-]*)");

    private Maximums() {
    }

    /** The largest number of {@code v} written in words in a maximum column that counts what the words name; empty otherwise. */
    static Optional<String> atMost(Field field, String v) {
        Pattern p = unit(field, WORDED);
        Matcher m = p == null ? null : p.matcher(v.strip());
        return m != null && m.matches() ? Optional.of(m.group(1) != null ? m.group(1) : m.group(2)) : Optional.empty();
    }

    /** Why {@code v} cannot go in a maximum column and what to write, for a strict bound or a largest number with other words. */
    static Optional<Unreadable> explain(Field field, String v) {
        Pattern strict = unit(field, STRICT);
        if (strict == null) {
            return Optional.empty();
        }
        String s = v.strip();
        Matcher m = strict.matcher(s);
        if (m.matches()) {
            int bound = Integer.parseInt(m.group(1));
            return bound == 0 ? Optional.empty()
                    : Optional.of(new Unreadable(v, Refusal.MAX_STRICT, String.valueOf(bound - 1), String.valueOf(bound)));
        }
        // The column's own unit is no note: only the words after it ("since first credit") go in the notes.
        Matcher u = unit(field, UNIT_AND_WORDS).matcher(s);
        if (u.matches()) {
            return Optional.of(new Unreadable(v, Refusal.MAX_WORDS, u.group(1) != null ? u.group(1) : u.group(2), u.group(3).strip()));
        }
        Matcher w = WITH_WORDS.matcher(s);
        return w.matches() ? Optional.of(new Unreadable(v, Refusal.MAX_WORDS, w.group(1), w.group(2).strip())) : Optional.empty();
    }

    /** The pattern of {@code patterns} for the unit a whole-number field counts, but for a minimum's field; null for none. */
    private static Pattern unit(Field field, Map<SheetUnit, Pattern> patterns) {
        if (field.type() != FieldType.INTEGER || field.wordedAs(SheetWording.MINIMUM)) {
            return null;
        }
        return field.sheetUnit().map(patterns::get).orElse(null);
    }

    /** The words of each unit a maximum column counts: a minimum's units, ages and places. */
    static Map<SheetUnit, String> units() {
        Map<SheetUnit, String> out = new EnumMap<>(CellRanges.UNITS);
        out.put(SheetUnit.AGE, AGE);
        out.put(SheetUnit.PLACES, PLACES);
        return out;
    }

    private static Map<SheetUnit, Pattern> worded() {
        Map<SheetUnit, Pattern> out = new EnumMap<>(SheetUnit.class);
        units().forEach((key, unit) -> out.put(key, Pattern.compile("(?iu)" + AT_MOST + "\\s*(\\d{1,3})\\s*(?:" + unit + ")?(?:\\s*" + INCLUSIVE + ")?"
                + "|(\\d{1,3})\\s*(?:" + unit + ")?\\s*" + OR_FEWER + "(?:\\s*(?:" + unit + "))?")));
        return Map.copyOf(out);
    }

    private static Map<SheetUnit, Pattern> unitAndWords() {
        Map<SheetUnit, Pattern> out = new EnumMap<>(SheetUnit.class);
        units().forEach((key, unit) -> out.put(key, Pattern.compile("(?iu)(?:" + AT_MOST + "\\s*(\\d{1,3})\\s*(?:" + unit + ")"
                + "|(\\d{1,3})\\s*(?:" + unit + ")\\s*" + OR_FEWER + ")\\s*[,;:(–-]?\\s*(\\p{L}[^()]*?)\\s*\\)?\\.?")));
        return Map.copyOf(out);
    }

    private static Map<SheetUnit, Pattern> strict() {
        Map<SheetUnit, Pattern> out = new EnumMap<>(SheetUnit.class);
        // A strict bound of places or its words have no notes to go in: such a cell is left to the whole number's finding.
        units().forEach((key, unit) -> out.put(key, Pattern.compile("(?iu)" + LESS_THAN + "\\s*(\\d{1,3})\\s*(?:" + unit + ")?")));
        out.remove(SheetUnit.PLACES);
        return Map.copyOf(out);
    }
}

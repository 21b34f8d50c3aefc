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
 * A least written as a strict bound in its own column: "more than 2 credits", "plus de deux
 * crédits", "over 18", "> 5 years". A minimum column holds the smallest number an applicant may
 * have, and "more than 2" leaves 2 out, so the smallest whole number is 3; but calls also write
 * "more than" for "at least", and which one a call means is not guessed: the cell is refused with
 * both numbers, as {@link Maximums} refuses "under 36" with 35.
 */
final class StrictLeasts {

    private static final String MORE_THAN = "(?:>|more than|over|above|greater than|older than|in excess of|plus de|plus que|au-delà de|au dela de|supérieure? à)";
    /** Per unit a minimum column counts, a strict least with the unit's words or with none: "more than 2 credits", "over 18". */
    private static final Map<SheetUnit, Pattern> STRICT = strict();
    /** A strict least in a minimum column of no unit the table names: the number alone after the words. */
    private static final Pattern NO_UNIT = Pattern.compile("(?iu)" + MORE_THAN + "\\s*(\\d{1,3})");

    private StrictLeasts() {
    }

    /** Why {@code v} cannot go in a minimum column, and the two numbers it could mean; empty when it is no strict least. */
    static Optional<Unreadable> explain(Field field, String v) {
        if (field.type() != FieldType.INTEGER || !field.wordedAs(SheetWording.MINIMUM)) {
            return Optional.empty();
        }
        Pattern p = field.sheetUnit().map(STRICT::get).orElse(NO_UNIT);
        String s = NumberWords.inDigits(v.strip()).orElse(v.strip());
        Matcher m = p.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        int bound = Integer.parseInt(m.group(1));
        String strict = String.valueOf(bound);
        String next = String.valueOf(bound + 1);
        return Optional.of(new Unreadable(v, Refusal.MIN_STRICT, v.strip(), strict, next));
    }

    private static Map<SheetUnit, Pattern> strict() {
        Map<SheetUnit, Pattern> out = new EnumMap<>(SheetUnit.class);
        Maximums.units().forEach((key, unit) -> out.put(key, Pattern.compile("(?iu)" + MORE_THAN + "\\s*(\\d{1,3})\\s*(?:" + unit + ")?")));
        return Map.copyOf(out);
    }
}

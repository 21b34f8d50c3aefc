package org.opdl.schema.cell;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opdl.model.field.Field;

/**
 * An amount given over a span of time, as program pages write a multi-year sum: "$100,000 over 4
 * years", "100 000 $ sur 4 ans", "$250K spread over 18 months". Whether a money column holds the
 * whole sum or one part of it (a year's, a month's payment) depends on the column and the call,
 * and a part worked out from the sum would be a guess: such a cell is refused saying what it
 * gives, with the fix for either case and the span for the notes.
 */
final class SpreadAmounts {

    /** The amount as {@link CellRanges#MONEY} (groups 1 and 2), then the span in group 3: "over 4 years", "sur 4 ans". */
    private static final Pattern SPREAD = Pattern.compile("(?iu)" + CellRanges.MONEY + "\\s*,?\\s*((?:spread |paid |given |disbursed )?"
            + "(?:over|across)|(?:réparti(?:e|s|es)? |versé(?:e|s|es)? |échelonné(?:e|s|es)? )?sur)\\s+(?:a period of |une période de )?"
            + "(\\d{1,2}|\\p{L}+)\\s+(years?|yrs?|months?|weeks?|ans|années|mois|semaines)");

    private SpreadAmounts() {
    }

    /** Why an amount given over a span cannot be read in a money column, and what to write; empty for any other cell. */
    static Optional<Unreadable> explain(Field field, String v) {
        if (!CellRanges.isMoney(field)) {
            return Optional.empty();
        }
        String s = v.strip();
        Matcher m = SPREAD.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        String amount = CellRanges.amount(m.group(1), m.group(2));
        String span = s.substring(m.start(3)).strip();
        return Optional.of(new Unreadable(v, Refusal.AMOUNT_SPREAD, s, amount, span));
    }
}

package org.opdl.schema.cell;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opdl.model.definition.SheetWording;
import org.opdl.model.field.Field;

/**
 * The least amount of money a call gives, written as calls write it: "min $16,000", "minimum
 * 16 000 $", "at least $16K", "16 000 $ et plus", "≥ $6,500". In a column that holds a least
 * amount (a stipend's or an award's minimum, a host's share) the words say what the column
 * already means, so the amount is read; in any other money column they would be lost, so the
 * cell is refused with the column the least goes in.
 */
final class LeastAmounts {

    private static final String AT_LEAST = "(?:at least|no less than|not less than|a minimum of|minimum of|minimum|min\\.?|≥|>="
            + "|au moins|au minimum|un minimum de|minimum de|pas moins de)";
    private static final String OR_MORE = "(?:\\+|or more|and more|and over|and up|or higher|ou plus|et plus|minimum|min\\.?|au moins|au minimum)";
    /** A least amount: the words before the amount (groups 1 and 2) or after it (groups 3 and 4). */
    private static final Pattern LEAST = Pattern.compile("(?iu)" + AT_LEAST + "\\s*" + CellRanges.MONEY
            + "|" + CellRanges.MONEY + "\\s*" + OR_MORE);

    private LeastAmounts() {
    }

    /** The amount of a least amount written in words in a column that holds one; empty otherwise. */
    static Optional<String> inLeast(Field field, String v) {
        if (!field.wordedAs(SheetWording.LEAST)) {
            return Optional.empty();
        }
        return least(v);
    }

    /** Why a least amount cannot go in a money column that holds no least, and where it goes; empty for any other cell. */
    static Optional<Unreadable> explain(Field field, String v) {
        if (field.wordedAs(SheetWording.LEAST) || !CellRanges.isMoney(field)) {
            return Optional.empty();
        }
        return least(v).map(amount -> new Unreadable(v, Refusal.MONEY_AT_LEAST, amount));
    }

    private static Optional<String> least(String v) {
        Matcher m = LEAST.matcher(v.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(m.group(1) != null ? CellRanges.amount(m.group(1), m.group(2)) : CellRanges.amount(m.group(3), m.group(4)));
    }
}

package org.opdl.validator.match;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import org.opdl.model.text.Lang;
import org.opdl.model.text.Text;
import org.opdl.validator.internal.check.Days;

/**
 * Numbers, amounts of dollars and dates as each language writes them in a sentence: {@code 1,500},
 * {@code $1,500} and {@code March 15, 2027} in English; {@code 1 500}, {@code 1 500 $} and
 * {@code 15 mars 2027} in French (grouped with a narrow no-break space, as the landscape report
 * groups its numbers). Only what a reader is shown is formatted.
 */
final class Figures {

    private Figures() {
    }

    /** A count, grouped as each language groups it. */
    static Text count(long n) {
        return new Text(Lang.EN.grouped(n), Lang.FR.grouped(n));
    }

    /** An amount in dollars, without cents when it has none: "$1,500", "1 500 $"; "$25.50", "25,50 $". */
    static Text dollars(BigDecimal amount) {
        int cents = amount.stripTrailingZeros().scale() > 0 ? 2 : 0;
        return Words.text("dollars", new Text(number(amount, Lang.EN, cents), number(amount, Lang.FR, cents)));
    }

    /** A day as a sentence says it: "March 15, 2027", "15 mars 2027" ("1er mars 2027" on the first). */
    static Text date(LocalDate day) {
        return Days.inWords(day);
    }

    private static String number(Number n, Lang lang, int fractionDigits) {
        NumberFormat f = NumberFormat.getNumberInstance(lang.locale());
        f.setMinimumFractionDigits(fractionDigits);
        f.setMaximumFractionDigits(fractionDigits);
        return f.format(n);
    }
}

package org.opdl.schema.cell;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A sum of dollars typed outside a spreadsheet, such as a producer's budget, read by the rule of the
 * spreadsheets' amount cells ({@code 500}, {@code $1,500}, {@code 1 500 $}, {@code 1 500,50 $},
 * {@code CAD 2,000}): a single comma before exactly three digits is a thousand only after a dollar
 * sign, which only English writes first; otherwise {@code 1,500} is not guessed.
 */
public final class TypedDollars {

    /** The Canadian dollar's code or sign before the sum, as English writes it, read as the dollar sign. */
    private static final Pattern CODE_FIRST = Pattern.compile("^([-+]?)\\s*(?:CAD\\s*\\$?|CA\\$)");

    /** What a typed sum is. */
    public sealed interface Typed permits Read, ThousandOrOne, NotANumber {
    }

    /** A sum read, in dollars. */
    public record Read(BigDecimal dollars) implements Typed {
    }

    /** A comma that could group thousands or part cents ("1,500"), not guessed. */
    public record ThousandOrOne(String typed) implements Typed {
    }

    /** Not a sum of dollars. */
    public record NotANumber() implements Typed {
    }

    private TypedDollars() {
    }

    /** Reads {@code typed}: a number of dollars with or without its sign, grouped as English or French writes it. */
    public static Typed read(String typed) {
        String v = CODE_FIRST.matcher(typed.strip()).replaceFirst("$1\\$");
        try {
            return new Read(new BigDecimal(CellNumbers.decimal(v)));
        } catch (Unreadable e) {
            return e.kind() == Refusal.NUMBER_SUCH_1500 ? new ThousandOrOne(typed.strip()) : new NotANumber();
        }
    }
}

package org.opdl.validator.match;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A budget as a producer types it in the page's box or a profile: {@code 500}, {@code $1,500},
 * {@code 1 500 $}, {@code 1 500,50 $}, {@code CAD 2,000.00}. The spreadsheets' rule for money holds:
 * a single comma before exactly three digits is a thousand only after a dollar sign, which only
 * English writes first; otherwise {@code 1,500} could be 1500 or 1.5 dollars and is not guessed.
 */
final class Budgets {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,15}");
    private static final Pattern CENTS = Pattern.compile("\\d{0,2}");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:,\\d{3})+");

    /** What a typed budget is. */
    sealed interface Typed {
    }

    /** A budget read, in dollars. */
    record Read(BigDecimal dollars) implements Typed {
    }

    /** A comma that could group thousands or part cents ("1,500"), not guessed. */
    record ThousandOrOne(String typed) implements Typed {
    }

    /** Not a number of dollars. */
    record NotANumber() implements Typed {
    }

    private Budgets() {
    }

    /** Reads {@code typed}: a number of dollars with or without its sign, grouped as English or French writes it. */
    static Typed read(String typed) {
        String s = SPACES.matcher(typed).replaceAll("");
        String sign = s.startsWith("-") ? "-" : "";
        s = s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s;
        boolean dollarFirst = s.startsWith("$") || s.startsWith("CAD$") || s.startsWith("CA$") || s.startsWith("CAD");
        s = s.replaceFirst("^(CAD\\$|CA\\$|CAD|\\$)", "").replaceFirst("(\\$|CAD|\\$CAD)$", "");
        int comma = s.lastIndexOf(',');
        int dot = s.lastIndexOf('.');
        String whole;
        String cents = "";
        if (comma >= 0 && dot > comma) {
            whole = s.substring(0, dot);
            cents = s.substring(dot + 1);
            if (!GROUPED.matcher(whole).matches()) {
                return new NotANumber();
            }
        } else if (comma >= 0 && dot < 0 && s.indexOf(',') == comma && s.length() - comma - 1 == 3 && !dollarFirst) {
            return new ThousandOrOne(typed.strip());
        } else if (comma >= 0 && dot < 0 && (GROUPED.matcher(s).matches())) {
            whole = s;
        } else if (comma >= 0 && dot < 0 && s.indexOf(',') == comma) {
            whole = s.substring(0, comma);
            cents = s.substring(comma + 1);
        } else if (comma < 0 && dot >= 0 && s.indexOf('.') == dot) {
            whole = s.substring(0, dot);
            cents = s.substring(dot + 1);
        } else if (comma < 0 && dot < 0) {
            whole = s;
        } else {
            return new NotANumber();
        }
        whole = whole.replace(",", "");
        if (!DIGITS.matcher(whole).matches() || !CENTS.matcher(cents).matches()) {
            return new NotANumber();
        }
        return new Read(new BigDecimal(sign + whole + (cents.isEmpty() ? "" : "." + cents)));
    }

    /** The budget of a profile's field: a JSON number as it is, text as {@link #read} reads it. */
    static Typed of(JsonNode budget) {
        if (budget.isNumber()) {
            return new Read(budget.decimalValue());
        }
        return budget.isString() ? read(budget.asString()) : new NotANumber();
    }
}

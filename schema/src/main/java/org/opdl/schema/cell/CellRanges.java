package org.opdl.schema.cell;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opdl.model.definition.FieldType;
import org.opdl.model.field.Field;

/**
 * What program pages write where a sheet wants one number: ranges ({@code 18-35},
 * {@code $14,300–$16,000}, {@code 20–22 weeks}), open bounds ({@code 18+}, {@code up to $250k}),
 * thousands as {@code k} ({@code $10k}) and a share with a cap ({@code 50% up to $3,000}). What a
 * column can hold as meant is read: {@code $10k} as 10000, {@code 18+} in a minimum, {@code up to}
 * in a maximum or cap. The rest is refused with where it goes: the minimum and maximum columns of
 * the same field, the subsidy's rate and cap, or the notes, since picking one end would be a guess.
 */
final class CellRanges {

    private static final String NUMBER = "(\\d[\\d\\s\\u00A0\\u202F.,]*?)";
    private static final String MONEY = "(?:CAD|\\$|CA\\$|C\\$)?\\s*" + NUMBER + "\\s*(k|K)?\\s*(?:\\$|CAD|dollars)?";
    private static final Pattern THOUSANDS = Pattern.compile("(?:CAD|\\$|CA\\$|C\\$)?\\s*(\\d+(?:[.,]\\d{1,3})?)\\s*[kK]\\s*(?:\\$|CAD)?");
    private static final Pattern RANGE = Pattern.compile("(?:from|de|between|entre)?\\s*" + MONEY
            + "\\s*(?:-|–|—|to|à|a|au|and|et)\\s*" + MONEY + "\\s*(\\p{L}*(?:\\s+\\p{L}+)*)\\.?", Pattern.CASE_INSENSITIVE);
    private static final Pattern UP_TO = Pattern.compile("(?:up to|upto|to a maximum of|maximum of|maximum|max\\.?|jusqu['’]à|au plus|au maximum)\\s*"
            + MONEY, Pattern.CASE_INSENSITIVE);
    private static final Pattern RATE_CAP = Pattern.compile("(\\d{1,3}(?:[.,]\\d+)?)\\s*%\\s*(?:of [\\p{L}\\s]+?\\s*)?(?:,\\s*)?"
            + "(?:up to|to a maximum of|maximum of|max\\.?|jusqu['’]à|au maximum|maximum)\\s*" + MONEY, Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:[.,]\\d+)?)\\s*%");
    private static final Pattern AT_LEAST = Pattern.compile("(\\d{1,6})\\s*(?:\\+|or more|and over|and up|or older|ou plus|et plus)"
            + "(?:\\s*(?:years|year|yrs|ans|an))?(?:\\s*(?:old|d'âge))?|(\\d{1,6})\\s*(?:years|ans)\\s*(?:\\+|or more|and over|ou plus|et plus)",
            Pattern.CASE_INSENSITIVE);

    private CellRanges() {
    }

    /** The amount of a money cell written with {@code k} for thousands ({@code $10k}, {@code 2.5K}); empty otherwise. */
    static Optional<String> thousands(Field field, String v) {
        return isMoney(field) ? thousands(v) : Optional.empty();
    }

    /** The share of a rate written as a percentage ({@code 50%}, {@code 50 %}), as the rate from 0 to 1; empty otherwise. */
    static Optional<String> percentInRate(Field field, String v) {
        if (field.type() != FieldType.DECIMAL || !field.name().equals("rate")) {
            return Optional.empty();
        }
        Matcher m = PERCENT.matcher(v.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(m.group(1).replace(',', '.')).movePointLeft(2).stripTrailingZeros().toPlainString());
    }

    private static Optional<String> thousands(String v) {
        Matcher m = THOUSANDS.matcher(v.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(m.group(1).replace(',', '.')).movePointRight(3).stripTrailingZeros().toPlainString());
    }

    /** The amount of "up to {@code X}" written in a column that holds a largest amount; empty otherwise. */
    static Optional<String> upToInMaximum(Field field, String v) {
        String owner = field.parent().map(Field::name).orElse("");
        if (!isMoney(field) || !(owner.equals("maximum") || owner.equals("cap"))) {
            return Optional.empty();
        }
        Matcher m = UP_TO.matcher(v.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(amount(m.group(1), m.group(2)));
    }

    /** The least of "{@code 18+}" written in a minimum column; empty otherwise. */
    static Optional<String> atLeastInMinimum(Field field, String v) {
        if (field.type() != FieldType.INTEGER || !field.name().startsWith("min")) {
            return Optional.empty();
        }
        Matcher m = AT_LEAST.matcher(v.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(m.group(1) != null ? m.group(1) : m.group(2));
    }

    /** Why {@code v} cannot go in {@code field} and where it goes, when it is a range, a bound or a capped share. */
    static Optional<Unreadable> explain(Field field, String v) {
        String s = v.strip();
        Matcher rate = RATE_CAP.matcher(s);
        if (isMoney(field) && rate.matches()) {
            String share = new BigDecimal(rate.group(1).replace(',', '.')).movePointLeft(2).stripTrailingZeros().toPlainString();
            return Optional.of(new Unreadable(v, CellMessages.MONEY_RATE_CAP.text(share, amount(rate.group(2), rate.group(3)))));
        }
        if (isMoney(field) && UP_TO.matcher(s).matches()) {
            return Optional.of(new Unreadable(v, CellMessages.MONEY_UP_TO.text()));
        }
        Matcher range = RANGE.matcher(s);
        if (!range.matches()) {
            return Optional.empty();
        }
        if (isMoney(field)) {
            return Optional.of(new Unreadable(v, CellMessages.MONEY_RANGE.text()));
        }
        String name = field.name();
        if (name.equals("places") && field.parent().flatMap(p -> p.child("placesApproximate")).isPresent()) {
            return Optional.of(new Unreadable(v, CellMessages.PLACES_RANGE.text(plain(range.group(3)))));
        }
        String rest = name.startsWith("min") || name.startsWith("max") ? name.substring(3) : "";
        Optional<Field> low = field.parent().flatMap(p -> p.child("min" + rest));
        Optional<Field> high = field.parent().flatMap(p -> p.child("max" + rest));
        boolean pair = !rest.isEmpty() && low.isPresent() && high.isPresent();
        if (field.type() == FieldType.DURATION) {
            Optional<DurationRanges.Ends> ends = pair ? DurationRanges.ends(s) : Optional.empty();
            return Optional.of(new Unreadable(v, ends.map(e -> CellMessages.DURATION_RANGE_MIN_MAX.text(e.low(), e.high(),
                    low.get().headingOrLabel(), high.get().headingOrLabel())).orElseGet(CellMessages.DURATION_RANGE::text)));
        }
        if (field.type() == FieldType.INTEGER && pair) {
            return Optional.of(new Unreadable(v, CellMessages.RANGE_MIN_MAX.text(plain(range.group(1)), plain(range.group(3)),
                    low.get().headingOrLabel(), high.get().headingOrLabel())));
        }
        return Optional.empty();
    }

    private static boolean isMoney(Field field) {
        return field.type() == FieldType.DECIMAL && field.name().equals("amount");
    }

    private static String amount(String number, String k) {
        try {
            return k == null ? CellNumbers.decimal("$" + number) : thousands(number + "k").orElse(number);
        } catch (Unreadable e) {
            return number.strip();
        }
    }

    private static String plain(String number) {
        return number.replaceAll("[\\s\\u00A0\\u202F]", "");
    }
}

package org.opdl.schema.cell;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opdl.model.definition.FieldType;
import org.opdl.model.definition.SheetUnit;
import org.opdl.model.definition.SheetWording;
import org.opdl.model.field.Field;

/**
 * What program pages write where a sheet wants one number: ranges ({@code 18-35},
 * {@code $14,300–$16,000}, {@code 20–22 weeks}), open bounds ({@code 18+}, {@code up to $250k}),
 * thousands as {@code k} ({@code $10k}) and a share with a cap ({@code 50% up to $3,000}). What a
 * column can hold as meant is read: {@code $10k} as 10000, {@code 18+} in a minimum, {@code up to}
 * in a maximum or cap, "at least 2 credits" in a minimum of credits. The rest is refused with where
 * it goes: the minimum and maximum columns of the same field, the subsidy's rate and cap, or the
 * notes, since picking one end would be a guess; so are two amounts in one cell ("$5,000 for
 * features, $2,500 for shorts"), an amount with words, and a duration with its schedule.
 */
final class CellRanges {

    private static final String NUMBER = "(\\d[\\d\\s\\u00A0\\u202F.,]*?)";
    /**
     * An amount as a cell writes it, its number in group 1 and a {@code k} for thousands or an {@code M} for millions in
     * group 2: "$16,000", "16 000 $", "$16K", "$1M", "1,5 million $".
     */
    static final String MONEY = "(?:CAD|\\$|CA\\$|C\\$)?\\s*" + NUMBER + "\\s*(k|K|M(?!\\p{L})|millions?)?\\s*(?:\\$|CAD|dollars)?";
    /** Thousands as {@code k} and millions as {@code M} or "million": "$10k", "$1.5M", "1,25 M$", "$2 million". */
    private static final Pattern THOUSANDS = Pattern.compile("(?:CAD|\\$|CA\\$|C\\$)?\\s*(\\d{1,3}(?:[\\s\\u00A0\\u202F]\\d{3})+|\\d+(?:[.,]\\d{1,3})?)"
            + "\\s*([kK]|[mM]|millions?)\\s*(?:\\$|CAD)?");
    /** A number before {@code k} or {@code M} with one comma or dot before three digits, thousands in English or decimals in French: "2,500k". */
    private static final Pattern THOUSANDS_OR_DECIMALS = Pattern.compile("\\d{1,3}[.,]\\d{3}");
    private static final String SUFFIX = "([kK]|[mM](?!\\p{L}))";
    private static final Pattern RANGE = Pattern.compile("(?:from|de|between|entre)?\\s*" + MONEY
            + "\\s*(?:-|–|—|to|à|a|au|and|et)\\s*" + MONEY + "\\s*(\\p{L}*(?:\\s+\\p{L}+)*)\\.?", Pattern.CASE_INSENSITIVE);
    private static final String UP_TO_WORDS = "(?:up to|upto|to a maximum of|maximum of|maximum|max\\.?|jusqu['’]à concurrence de|jusqu['’]à|au plus|au maximum)";
    private static final Pattern UP_TO = Pattern.compile(UP_TO_WORDS + "\\s*" + MONEY, Pattern.CASE_INSENSITIVE);
    /** A largest amount, then words of what it is given for or how often: "up to $10,000 per project", "jusqu'à 10 000 $ par projet", "up to $1M/yr". */
    private static final Pattern UP_TO_WITH_WORDS = Pattern.compile("(?iu)" + UP_TO_WORDS + "\\s*" + MONEY + "\\s*(?<words>[/(\\p{L}].*)");
    /** A share with its cap, the share in group 1 and the cap as {@link #MONEY} in groups 2 and 3: "50% up to $3,000", "75 % jusqu'à concurrence de 50 000 $". */
    static final Pattern RATE_CAP = Pattern.compile("(\\d{1,3}(?:[.,]\\d+)?)\\s*%\\s*(?:(?:of|des|du|de la|de) [\\p{L}\\s]+?\\s*)?(?:,\\s*)?"
            + "(?:up to|to a maximum of|maximum of|max\\.?|jusqu['’]à concurrence de|jusqu['’]à|au maximum|maximum)\\s*" + MONEY, Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:[.,]\\d+)?)[\\s\\u00A0\\u202F]*(?:%|per ?cent|pour ?cent)", Pattern.CASE_INSENSITIVE);
    private static final Pattern AT_LEAST = Pattern.compile("(\\d{1,6})\\s*(?:\\+|or more|and over|and up|or older|ou plus|et plus|et\\s*\\+|minimum|min\\.?)"
            + "(?:\\s*(?:years|year|yrs|ans|an))?(?:\\s*(?:old|d'âge))?|(\\d{1,6})\\s*(?:years|ans)\\s*(?:\\+|or more|and over|or older|and older|ou plus|et plus|et\\s*\\+)",
            Pattern.CASE_INSENSITIVE);

    /** An amount with its currency sign, as a cell giving two of them writes each: "$5,000", "2 500 $". */
    private static final Pattern MARKED_AMOUNT = Pattern.compile("(?:CA\\$|C\\$|\\$)\\s*(\\d(?:[\\d\\s\\u00A0\\u202F.,]*\\d)?)\\s*" + SUFFIX + "?"
            + "|(\\d(?:[\\d\\s\\u00A0\\u202F.,]*\\d)?)\\s*" + SUFFIX + "?\\s*\\$");
    /** One amount with words before or after it: "$100 (non-refundable)", "$100 application fee". */
    private static final Pattern AMOUNT_WITH_WORDS = Pattern.compile("(?<before>[^\\d$]*?)\\s*(?<amount>(?:CA\\$|C\\$|\\$)\\s*\\d[\\d\\s.,]*?\\s*" + SUFFIX + "?"
            + "|\\d[\\d\\s.,]*?\\s*" + SUFFIX + "?\\s*\\$)\\s*(?<after>[^\\d$]*)");
    /** A currency other than the sign, which goes in the currency column: "1500 $ US", "$1,500 USD". */
    private static final Pattern CURRENCY_WORD = Pattern.compile("(?iu)\\b(?:US|USD|CAD|EUR|GBP|euros?|dollars?|américains?|canadiens?)\\b|€|£");
    /** A duration, then how often the program meets: "6-month program, 1 day/week", "6 mois, 1 jour par semaine". */
    private static final Pattern DURATION_SCHEDULE = Pattern.compile("(?iu)(?<duration>\\d{1,3}[\\s-]*\\p{L}+)(?:\\s+(?:program|programme|course|cours"
            + "|mentorship|mentorat|placement|stage|lab|labo))?\\s*[,;(]\\s*(?<schedule>[^,;]*?\\d[^,;]*?(?:/|\\bper\\b|\\ba\\b|\\ban\\b|\\beach\\b"
            + "|\\bevery\\b|\\bpar\\b|\\bchaque\\b|\\btous les\\b|\\btoutes les\\b)[^,;]*?)\\)?");
    /** A number of sessions over a duration: "10 sessions over 3 months", "8 ateliers sur 4 mois". */
    private static final Pattern SESSIONS_OVER = Pattern.compile("(?iu)(?<sessions>\\d{1,3}\\s+(?:sessions?|séances?|workshops?|ateliers?|meetings?"
            + "|rencontres?|classes?|cours))\\s+(?:over|across|in|sur|en|réparties sur)\\s+(?<duration>\\d{1,3}\\s*\\p{L}+)");
    /** Months written in a column of years ("12 months", "18 mois"). */
    private static final Pattern MONTHS = Pattern.compile("(?iu)(?:at least |au moins )?(\\d{1,3})\\s*(?:months?|mois)");
    /** The words that say a minimum ("at least", "au moins") before its number, or after it ("or more", "+"). */
    static final String AT_LEAST_WORDS = "(?:at least|a minimum of|minimum of|minimum|min\\.?|au moins|au minimum|un minimum de|minimum de)";
    /** Who may apply, written before a least: "open to ages", "ouvert aux", "must be", "applicants must be", "être âgé de". */
    private static final Pattern WHO_MAY_APPLY = Pattern.compile("(?iu)^(?:(?:applicants )?must be (?:aged )?|open to (?:ages |applicants |those |people )?(?:aged )?"
            + "|ouverte?s? (?:aux|à des|à) (?:personnes (?:âgées )?(?:de )?)?|(?:être |doit être |doivent être )?âgée?s? de |aged )");
    /** A least written with the mathematical sign, its number in group 1: "≥ 2 credits", ">= 18", read as "2+ credits", "18+". */
    private static final Pattern SIGN_LEAST = Pattern.compile("(?:≥|>=)\\s*(\\d{1,3})(.*)");
    /** The words of a least, then its number alone, or in years in a column of ages (group 2): "min. 3", "au moins 18 ans". */
    private static final Pattern BARE_LEAST = Pattern.compile("(?iu)" + AT_LEAST_WORDS + "\\s*(\\d{1,3})(\\s*(?:years?(?:\\s+old)?|ans))?");
    private static final String OR_MORE_WORDS = "(?:\\+|or more|and more|and over|ou plus|et plus|minimum|au moins)";
    /** The words of what a minimum column counts, as providers name it after the number, by the unit the field table gives. */
    static final Map<SheetUnit, String> UNITS = Map.of(
            SheetUnit.CREDITS, "(?:(?:produced|professional|producing|screen|broadcast)\\s+)*credits?|crédits?(?:\\s+(?:professionnels?|de production|à l'écran))?",
            SheetUnit.YEARS, "(?:years?|yrs?|ans|années)(?:\\s+(?:of|d[e'’]|in the industry|dans l'industrie)\\s*(?:professional\\s+)?(?:practice|experience"
                    + "|pratique|expérience)(?:\\s+(?:professionnelle|in the industry|dans l'industrie))?)?",
            SheetUnit.WORKS, "(?:completed\\s+|produced\\s+)?(?:works?|films?|projects?|œuvres?|oeuvres?|projets?)(?:\\s+(?:achevée?s?|produite?s?))?");
    /** Per minimum column, a number with the words of a minimum and the column's unit: "at least 2 credits", "3+ years of practice". */
    private static final Map<SheetUnit, Pattern> WORDED_MINIMUMS = worded();

    private CellRanges() {
    }

    /** The amount of a money cell written with {@code k} for thousands ({@code $10k}, {@code 2.5K}); empty otherwise. */
    static Optional<String> thousands(Field field, String v) {
        return isMoney(field) ? thousands(v) : Optional.empty();
    }

    /** The share of a rate written as a percentage ({@code 50%}, {@code 50 %}), as the rate from 0 to 1; empty otherwise. */
    static Optional<String> percentInRate(Field field, String v) {
        if (!field.wordedAs(SheetWording.PERCENT)) {
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
        int places = m.group(2).equalsIgnoreCase("k") ? 3 : 6;
        String number = m.group(1);
        if (THOUSANDS_OR_DECIMALS.matcher(number).matches()) {
            // "2,500k" is 2,500 thousands as English groups digits, or 2.5 thousands as French writes decimals.
            String grouped = new BigDecimal(number.replaceAll("[.,]", "")).movePointRight(places).toPlainString();
            String decimal = new BigDecimal(number.replace(',', '.')).movePointRight(places).stripTrailingZeros().toPlainString();
            throw new Unreadable(v, Refusal.MONEY_THOUSAND_OR_DECIMAL, v, grouped, decimal);
        }
        return Optional.of(new BigDecimal(number.replaceAll("[\\s\\u00A0\\u202F]", "").replace(',', '.')).movePointRight(places)
                .stripTrailingZeros().toPlainString());
    }

    /** The amount of "up to {@code X}" written in a column that holds a largest amount; empty otherwise. */
    static Optional<String> upToInMaximum(Field field, String v) {
        if (!isMoney(field) || !field.wordedAs(SheetWording.CAP)) {
            return Optional.empty();
        }
        Matcher m = UP_TO.matcher(v.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(amount(m.group(1), m.group(2)));
    }

    /**
     * The least of "{@code 18+}" written in a minimum column, or of a minimum in words with what the
     * column counts ("at least 2 credits" in a minimum of credits, "3+ years of practice" in a
     * minimum of years); empty otherwise.
     */
    static Optional<String> atLeastInMinimum(Field field, String v) {
        if (field.type() != FieldType.INTEGER || !field.wordedAs(SheetWording.MINIMUM)) {
            return Optional.empty();
        }
        // "open to ages 18+", "ouvert aux 18 ans et plus", "must be 18 or older": who may apply, then the least.
        String s = WHO_MAY_APPLY.matcher(v.strip()).replaceFirst("");
        Matcher sign = SIGN_LEAST.matcher(s);
        s = sign.matches() ? sign.group(1) + "+" + sign.group(2) : s;
        // "min. 3", "minimum 3", "au moins 3": the words of a least before its number alone, read as "3+".
        Matcher bare = BARE_LEAST.matcher(s);
        s = bare.matches() && (bare.group(2) == null || field.sheetUnit().filter(SheetUnit.AGE::equals).isPresent()) ? bare.group(1) + "+" : s;
        Matcher m = AT_LEAST.matcher(s);
        if (m.matches()) {
            return Optional.of(m.group(1) != null ? m.group(1) : m.group(2));
        }
        Pattern worded = field.sheetUnit().map(WORDED_MINIMUMS::get).orElse(null);
        Matcher w = worded == null ? null : worded.matcher(s);
        return w != null && w.matches() ? Optional.of(w.group(1) != null ? w.group(1) : w.group(2)) : Optional.empty();
    }

    private static Map<SheetUnit, Pattern> worded() {
        Map<SheetUnit, Pattern> out = new EnumMap<>(SheetUnit.class);
        UNITS.forEach((key, unit) -> out.put(key, Pattern.compile("(?iu)" + AT_LEAST_WORDS + "\\s*(\\d{1,3})\\s*(?:" + unit + ")"
                + "|(\\d{1,3})\\s*(?:" + OR_MORE_WORDS + "\\s*(?:" + unit + ")|(?:" + unit + ")\\s*" + OR_MORE_WORDS + "?)")));
        return Map.copyOf(out);
    }

    /** Why {@code v} cannot go in {@code field} and where it goes, when it is a range, a bound or a capped share. */
    static Optional<Unreadable> explain(Field field, String v) {
        String s = v.strip();
        if (field.sheetUnit().filter(SheetUnit.YEARS::equals).isPresent()) {
            Matcher months = MONTHS.matcher(s);
            if (months.matches()) {
                int n = Integer.parseInt(months.group(1));
                return Optional.of(n > 0 && n % 12 == 0
                        ? new Unreadable(v, Refusal.YEARS_FROM_MONTHS, String.valueOf(n / 12), s)
                        : new Unreadable(v, Refusal.YEARS_NOT_WHOLE, s));
            }
        }
        Matcher rate = RATE_CAP.matcher(s);
        if (isMoney(field) && rate.matches()) {
            String share = new BigDecimal(rate.group(1).replace(',', '.')).movePointLeft(2).stripTrailingZeros().toPlainString();
            return Optional.of(new Unreadable(v, Refusal.MONEY_RATE_CAP, share, amount(rate.group(2), rate.group(3))));
        }
        if (isMoney(field) && UP_TO.matcher(s).matches()) {
            return Optional.of(new Unreadable(v, Refusal.MONEY_UP_TO));
        }
        Matcher capWithWords = UP_TO_WITH_WORDS.matcher(s);
        if (isMoney(field) && capWithWords.matches() && !CURRENCY_WORD.matcher(capWithWords.group("words")).lookingAt()) {
            // In a column of the most a program gives, "up to" is the column's own word and only the words after the amount are left over.
            return Optional.of(field.wordedAs(SheetWording.CAP)
                    ? new Unreadable(v, Refusal.MONEY_WORDS, amount(capWithWords.group(1), capWithWords.group(2)), capWithWords.group("words").strip())
                    : new Unreadable(v, Refusal.MONEY_UP_TO));
        }
        Matcher range = RANGE.matcher(s);
        if (!range.matches()) {
            return isMoney(field) ? amounts(field, v, s) : field.type() == FieldType.DURATION ? schedule(v, s) : Optional.empty();
        }
        if (isMoney(field)) {
            return Optional.of(new Unreadable(v, Refusal.MONEY_RANGE));
        }
        if (field.wordedAs(SheetWording.PLACES)) {
            return Optional.of(new Unreadable(v, Refusal.PLACES_RANGE, plain(range.group(3))));
        }
        Optional<Bounds> bounds = Bounds.of(field);
        if (field.type() == FieldType.DURATION) {
            Optional<DurationRanges.Ends> ends = bounds.isPresent() ? DurationRanges.ends(s) : Optional.empty();
            return Optional.of(ends.map(e -> new Unreadable(v, Refusal.DURATION_RANGE_MIN_MAX, e.low(), e.high(),
                    bounds.get().low().headingOrLabel(), bounds.get().high().headingOrLabel())).orElseGet(() -> new Unreadable(v, Refusal.DURATION_RANGE)));
        }
        if (field.type() == FieldType.INTEGER && bounds.isPresent()) {
            return Optional.of(new Unreadable(v, Refusal.RANGE_MIN_MAX, plain(range.group(1)), plain(range.group(3)),
                    bounds.get().low().headingOrLabel(), bounds.get().high().headingOrLabel()));
        }
        return Optional.empty();
    }

    /** The minimum and maximum fields a range goes in: a field worded minimum and the one after it in the table, worded maximum. */
    record Bounds(Field low, Field high) {

        /** The bounds {@code field} is one of; empty when it is no minimum or maximum, or has no partner beside it. */
        static Optional<Bounds> of(Field field) {
            List<Field> siblings = field.parent().map(Field::children).orElse(List.of());
            int at = siblings.indexOf(field);
            if (field.wordedAs(SheetWording.MINIMUM) && at + 1 < siblings.size() && siblings.get(at + 1).wordedAs(SheetWording.MAXIMUM)) {
                return Optional.of(new Bounds(field, siblings.get(at + 1)));
            }
            if (field.wordedAs(SheetWording.MAXIMUM) && at > 0 && siblings.get(at - 1).wordedAs(SheetWording.MINIMUM)) {
                return Optional.of(new Bounds(siblings.get(at - 1), field));
            }
            return Optional.empty();
        }
    }

    /**
     * Why a money cell giving two amounts ("$5,000 for features, $2,500 for shorts") or one amount
     * with words ("$100 (non-refundable)") cannot be read, and where each part goes.
     */
    private static Optional<Unreadable> amounts(Field field, String v, String s) {
        Matcher m = MARKED_AMOUNT.matcher(s);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1) != null ? amount(m.group(1), m.group(2)) : amount(m.group(3), m.group(4)));
        }
        if (found.size() >= 2) {
            Optional<String> largest = field.wordedAs(SheetWording.CAP) ? largest(found) : Optional.empty();
            return Optional.of(largest.map(most -> new Unreadable(v, Refusal.MONEY_TWO_LARGEST, most)).orElseGet(() -> new Unreadable(v, Refusal.MONEY_TWO)));
        }
        Matcher w = AMOUNT_WITH_WORDS.matcher(s);
        if (found.size() != 1 || !w.matches() || CURRENCY_WORD.matcher(s).find() || UP_TO.matcher(s).lookingAt()) {
            // Another currency goes in the currency column, not in the notes; "up to" has its own finding.
            return Optional.empty();
        }
        String before = w.group("before").strip();
        String after = w.group("after").strip();
        String words = before.isEmpty() ? after : after.isEmpty() ? before : s;
        return words.isEmpty() ? Optional.empty() : Optional.of(new Unreadable(v, Refusal.MONEY_WORDS, found.get(0), words));
    }

    /** The largest of amounts in plain notation; empty when one is not a plain number. */
    private static Optional<String> largest(List<String> amounts) {
        try {
            return amounts.stream().map(BigDecimal::new).max(BigDecimal::compareTo).map(BigDecimal::toPlainString);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Why a duration with how often the program meets ("6-month program, 1 day/week") or with its
     * number of sessions ("10 sessions over 3 months") cannot be read as one duration, and where each part goes.
     */
    private static Optional<Unreadable> schedule(String v, String s) {
        Matcher m = DURATION_SCHEDULE.matcher(s);
        Matcher sessions = m.matches() ? null : SESSIONS_OVER.matcher(s);
        if (sessions != null && !sessions.matches()) {
            return Optional.empty();
        }
        try {
            if (sessions != null) {
                String duration = CellDurations.iso(sessions.group("duration"));
                return Optional.of(new Unreadable(v, Refusal.DURATION_SESSIONS, duration, sessions.group("sessions")));
            }
            String duration = CellDurations.iso(m.group("duration").replace('-', ' '));
            return Optional.of(new Unreadable(v, Refusal.DURATION_SCHEDULE, duration, m.group("schedule").strip()));
        } catch (Unreadable notADuration) {
            return Optional.empty();
        }
    }

    /** True for the amount of a sum of money: a decimal beside a currency, as the standard writes every sum. */
    static boolean isMoney(Field field) {
        if (field.type() != FieldType.DECIMAL || field.parent().isEmpty()) {
            return false;
        }
        for (Field sibling : field.parent().get().children()) {
            if (sibling.type() == FieldType.CURRENCY) {
                return true;
            }
        }
        return false;
    }

    /** The plain amount of a {@link #MONEY} match's number and its {@code k}, if any. */
    static String amount(String number, String k) {
        try {
            return k == null ? CellNumbers.decimal("$" + number) : thousands(number + k).orElse(number);
        } catch (Unreadable e) {
            return number.strip();
        }
    }

    private static String plain(String number) {
        return number.replaceAll("[\\s\\u00A0\\u202F]", "");
    }
}

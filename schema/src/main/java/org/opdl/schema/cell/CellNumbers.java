package org.opdl.schema.cell;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opdl.model.text.Folding;

/**
 * Decimal numbers as English and French writers group them: {@code 1,500.50}, {@code 1 500,50},
 * {@code 1.500,50}, with or without a dollar sign. A single comma followed by exactly three
 * digits ({@code 1,500}) could be a thousand or a decimal, and is refused rather than guessed,
 * unless a dollar sign comes first ({@code $1,500}): only English puts it there, and English
 * groups thousands with the comma (French writes {@code 1 500 $}). Hours a week may carry their
 * unit as coordinators type it: {@code 40 h}, {@code 30 h/wk}, {@code 30 h / semaine}.
 */
final class CellNumbers {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");
    /** The word after an amount that says dollars as its sign does, and names no more of the currency than the sign: "5000 dollars". */
    private static final Pattern DOLLARS_AFTER = Pattern.compile("(?iu)(?<=\\d)dollars?$");
    private static final Pattern DOLLAR_FIRST = Pattern.compile("[-+]?(CAD)?\\$\\d.*");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,30}");
    private static final Pattern FRACTION = Pattern.compile("\\d{0,30}");
    /** A whole number and three zeros after one comma or dot, which could be thousands or decimals: "1,000", "12.000". */
    private static final Pattern THOUSAND_OR_ONE = Pattern.compile("(\\d{1,3})[.,]000");

    /** A number, then words: the unit of hours a week as people type it. */
    private static final Pattern NUMBER_THEN_WORDS = Pattern.compile("(\\d[\\d\\s\\u00A0\\u202F.,]*?)\\s*([^\\d\\s.,].*)");
    private static final Set<String> HOURS = Set.of("h", "hr", "hrs", "hour", "hours", "heure", "heures");
    /** What may follow the hours, folded: nothing, or "a week" in its usual forms. */
    private static final Set<String> A_WEEK = Set.of("", "wk", "week", "a week", "per week", "per wk", "weekly",
            "semaine", "sem", "par semaine", "par sem", "a la semaine", "hebdo", "hebdomadaire", "hebdomadaires");

    /** Days or parts of days a week, once folded, whose hours a sheet cannot know: "two days a week", "half a day per week", "2 jours par semaine". */
    private static final Pattern DAYS_A_WEEK = Pattern.compile(".*\\b(?:days?|jours?|journees?|evenings?|soirs?|soirees?"
            + "|mornings?|matinees?|afternoons?)\\b.*\\b(?:week|wk|semaine|sem)\\b.*");

    private CellNumbers() {
    }

    /**
     * The plain number of hours of {@code v} written with its unit ({@code 40 h}, {@code 30 h/wk},
     * {@code 30 hours per week}, {@code 35 heures par semaine}); empty when {@code v} has no such
     * unit, so that it is read as a plain decimal.
     */
    static Optional<String> hoursAWeek(String v) {
        Matcher m = NUMBER_THEN_WORDS.matcher(v.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String unit = Folding.fold(m.group(2));
        int space = unit.indexOf(' ');
        String first = space < 0 ? unit : unit.substring(0, space);
        String rest = space < 0 ? "" : unit.substring(space + 1);
        if (!HOURS.contains(first) || !A_WEEK.contains(rest)) {
            return Optional.empty();
        }
        return Optional.of(decimal(m.group(1).strip()));
    }

    /**
     * The plain number of hours a week of {@code v}: with their unit ({@code 30 h/wk}), in words
     * ("ten hours a week", "dix heures par semaine") or a plain decimal.
     *
     * @throws Unreadable for days a week ("two days a week"), whose hours are not given, or for no number of hours
     */
    static String hours(String v) {
        Optional<String> hours;
        try {
            hours = hoursAWeek(v);
        } catch (Unreadable e) {
            hours = Optional.empty();
        }
        if (hours.isEmpty()) {
            hours = NumberWords.inDigits(v).flatMap(CellNumbers::hoursAWeek);
        }
        if (hours.isPresent()) {
            return hours.get();
        }
        if (DAYS_A_WEEK.matcher(Folding.fold(v)).matches()) {
            throw new Unreadable(v, Refusal.HOURS_DAYS, v.strip());
        }
        try {
            return decimal(v);
        } catch (Unreadable e) {
            throw HourBounds.explain(v).orElseGet(() -> new Unreadable(v, Refusal.HOURS_SUCH));
        }
    }

    /**
     * Refuses a whole number written with one comma or dot before three zeros ("1,000", "12.000"):
     * English groups a thousand so, and French and a spreadsheet's decimals write one so; which of
     * 1000 and 1 a count means is not guessed. {@code s} is {@code v} without its spaces.
     */
    static void refuseThousandOrOne(String v, String s) {
        Matcher m = THOUSAND_OR_ONE.matcher(s);
        if (m.matches()) {
            throw new Unreadable(v, Refusal.COUNT_THOUSAND_OR_ONE, v.strip(), m.group(1) + "000", m.group(1));
        }
    }

    /**
     * True for 1 to {@code most} ASCII characters that are digits, with, when {@code dot}, one dot
     * between two of them ("1500", "0.5"): a number already as it is written in JSON, read as is.
     */
    static boolean isPlain(String v, int most, boolean dot) {
        int n = v.length();
        if (n == 0 || n > most) {
            return false;
        }
        boolean dotSeen = !dot;
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (c == '.' && !dotSeen && i > 0 && i < n - 1) {
                dotSeen = true;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The plain form of {@code v} (digits, one dot), with the digits as written. */
    static String decimal(String v) {
        String s = DOLLARS_AFTER.matcher(SPACES.matcher(v).replaceAll("")).replaceFirst("\\$");
        boolean dollarFirst = DOLLAR_FIRST.matcher(s).matches();
        s = s.replace("$", "").replace("CAD", "");
        String sign = s.startsWith("-") ? "-" : "";
        s = s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s;
        int comma = s.lastIndexOf(',');
        int dot = s.lastIndexOf('.');
        String intPart;
        String frac;
        if (comma >= 0 && dot >= 0) {
            int dec = Math.max(comma, dot);
            char group = dec == comma ? '.' : ',';
            intPart = grouped(s.substring(0, dec), group);
            frac = s.substring(dec + 1);
        } else if (comma >= 0) {
            if (s.indexOf(',') != comma) {
                intPart = grouped(s, ',');
                frac = "";
            } else if (s.length() - comma - 1 == 3 && dollarFirst) {
                intPart = grouped(s, ',');
                frac = "";
            } else if (s.length() - comma - 1 == 3) {
                throw new Unreadable(v, Refusal.NUMBER_SUCH_1500, v);
            } else {
                intPart = s.substring(0, comma);
                frac = s.substring(comma + 1);
            }
        } else if (dot >= 0 && s.indexOf('.') != dot) {
            intPart = grouped(s, '.');
            frac = "";
        } else {
            intPart = dot >= 0 ? s.substring(0, dot) : s;
            frac = dot >= 0 ? s.substring(dot + 1) : null;
        }
        if (intPart == null || !WHOLE.matcher(intPart).matches() || (frac != null && !FRACTION.matcher(frac).matches())) {
            throw new Unreadable(v, Refusal.DECIMAL_NUMBER_SUCH);
        }
        return sign + intPart + (frac == null || frac.isEmpty() ? "" : "." + frac);
    }

    private static String grouped(String s, char group) {
        String[] parts = s.split(Pattern.quote(String.valueOf(group)), -1);
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].length() != 3) {
                return null;
            }
        }
        return String.join("", parts);
    }
}

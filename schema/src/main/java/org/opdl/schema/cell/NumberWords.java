package org.opdl.schema.cell;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.opdl.model.definition.FieldType;
import org.opdl.model.definition.SheetWording;
import org.opdl.model.field.Field;
import org.opdl.model.text.Folding;

/**
 * Small numbers written as words, in English and French: "twelve", "douze", "six mois", "at
 * least two credits". A word that names one number is read as it; a word that names none ("several",
 * "plusieurs", "a few") or only about one ("a dozen", "one or two") is refused, since any number
 * read from it would be invented: a count of places gets the most the words allow with yes in
 * Places approximate, any other count a blank cell until the call gives one.
 */
final class NumberWords {

    /** The numbers written in words, once folded ("dix-huit" folds to "dix huit"), from one to ninety-nine. */
    private static final Map<String, String> VALUES = values();
    /** A number word anywhere in a cell, as written (the words have no accents, so no folding is needed to find them). */
    private static final Pattern WORD = Pattern.compile("(?iu)\\b(?:" + alternatives() + ")\\b");
    /** A number word, then only what it counts: "twelve participants", "six sessions", "eighteen years old". */
    private static final Pattern COUNTED = Pattern.compile("(?iu)(" + alternatives() + ")\\s+\\p{L}[\\p{L}\\s'’-]*");
    /** Words that give no number or only about one, once folded, with the most they allow when they allow one. */
    private static final Map<String, Optional<String>> VAGUE = Map.ofEntries(
            Map.entry("a dozen", Optional.of("12")), Map.entry("about a dozen", Optional.of("12")), Map.entry("dozen", Optional.of("12")),
            Map.entry("une douzaine", Optional.of("12")), Map.entry("douzaine", Optional.of("12")), Map.entry("environ une douzaine", Optional.of("12")),
            Map.entry("one or two", Optional.of("2")), Map.entry("un ou deux", Optional.of("2")), Map.entry("une ou deux", Optional.of("2")),
            Map.entry("two or three", Optional.of("3")), Map.entry("deux ou trois", Optional.of("3")),
            Map.entry("several", Optional.empty()), Map.entry("plusieurs", Optional.empty()), Map.entry("a few", Optional.empty()),
            Map.entry("few", Optional.empty()), Map.entry("quelques", Optional.empty()), Map.entry("quelques unes", Optional.empty()),
            Map.entry("quelques uns", Optional.empty()), Map.entry("some", Optional.empty()), Map.entry("many", Optional.empty()),
            Map.entry("a handful", Optional.empty()), Map.entry("various", Optional.empty()), Map.entry("numerous", Optional.empty()),
            Map.entry("nombreux", Optional.empty()), Map.entry("nombreuses", Optional.empty()), Map.entry("limited", Optional.empty()),
            Map.entry("limitees", Optional.empty()), Map.entry("places limitees", Optional.empty()), Map.entry("limited spots", Optional.empty()));

    /** A number in words then in digits in brackets, once the words are digits, as legal wording doubles it: "two (2)" as "2 (2)". */
    private static final Pattern DOUBLED = Pattern.compile("(\\d{1,3})\\s*\\((\\d{1,3})\\)");
    /** Digits alone. */
    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}");
    /** The largest number written in words here. */
    private static final BigDecimal LARGEST = BigDecimal.valueOf(99);

    private NumberWords() {
    }

    /** The number a folded word names ("six", "douze"); empty for any other word. */
    static Optional<String> value(String folded) {
        return Optional.ofNullable(VALUES.get(folded));
    }

    /**
     * The whole number of a cell of {@code field} written with a number word: the word alone
     * ("twelve"), or a bound the column reads once the word is in digits ("at least two credits"); else empty.
     */
    static Optional<String> exact(Field field, String v) {
        if (!counts(field)) {
            return Optional.empty();
        }
        String alone = VALUES.get(Folding.fold(v));
        if (alone != null) {
            return Optional.of(alone);
        }
        Optional<String> digits = inDigits(v).map(NumberWords::undoubled);
        if (digits.filter(d -> DIGITS.matcher(d).matches()).isPresent()) {
            return digits;
        }
        return digits.flatMap(d -> CellRanges.atLeastInMinimum(field, d).or(() -> Maximums.atMost(field, d)));
    }

    /** {@code d} with each number written twice that agrees with itself ("2 (2)") written once; one that disagrees is left as it is. */
    private static String undoubled(String d) {
        Matcher m = DOUBLED.matcher(d);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, m.group(1).equals(m.group(2)) ? m.group(1) : m.group());
        }
        return m.appendTail(out).toString();
    }

    /** Why a number in words cannot go in a whole-number column, and what to write; empty for a cell with no such words. */
    static Optional<Unreadable> explain(Field field, String v) {
        if (!counts(field)) {
            return Optional.empty();
        }
        Optional<String> most = VAGUE.get(Folding.fold(v));
        if (most != null) {
            return Optional.of(most.isPresent() && field.wordedAs(SheetWording.PLACES)
                    ? new Unreadable(v, Refusal.PLACES_RANGE, most.get()) : new Unreadable(v, Refusal.NUMBER_VAGUE, v));
        }
        Matcher doubled = DOUBLED.matcher(inDigits(v).orElse(""));
        while (doubled.find()) {
            if (!doubled.group(1).equals(doubled.group(2))) {
                // "two (3) credits": the words and the digits disagree, and which one the call means is not guessed.
                return Optional.of(new Unreadable(v, Refusal.NUMBER_TWICE, v.strip(), doubled.group(1), doubled.group(2)));
            }
        }
        Matcher counted = COUNTED.matcher(v.strip());
        return counted.matches() && !WORD.matcher(v.strip()).region(counted.end(1), v.strip().length()).find()
                ? Optional.of(new Unreadable(v, Refusal.NUMBER_IN_DIGITS, VALUES.get(Folding.fold(counted.group(1))), v.strip()))
                : Optional.empty();
    }

    /** True for a whole number that counts (places, credits, ages), not a year: words name only the numbers a count's least allows. */
    private static boolean counts(Field field) {
        return field.type() == FieldType.INTEGER && field.definition().min().map(least -> least.compareTo(LARGEST) <= 0).orElse(true);
    }

    /**
     * The longest number in words at the start of the folded {@code words} ("dix huit mois": 18)
     * and what follows it, such as "18 mois"; empty when they start with no number word.
     */
    static Optional<String> leadingInDigits(String folded) {
        String[] tokens = folded.split(" ", 5);
        for (int n = Math.min(4, tokens.length - 1); n >= 1; n--) {
            String number = String.join(" ", Arrays.copyOf(tokens, n));
            String value = VALUES.get(number);
            if (value != null) {
                return Optional.of(value + folded.substring(number.length()));
            }
        }
        return Optional.empty();
    }

    /** The cell with each number word in digits ("twelve participants" as "12 participants"); empty when it has none. */
    static Optional<String> inDigits(String v) {
        Matcher m = WORD.matcher(v);
        if (!m.find()) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        do {
            m.appendReplacement(out, VALUES.get(Folding.fold(m.group())));
        } while (m.find());
        return Optional.of(m.appendTail(out).toString());
    }

    /**
     * One to twenty in each language, then the tens and their units as each writes them: "twenty-five",
     * "dix-huit", "vingt et un", "soixante-douze", "quatre-vingt-dix-neuf"; never a word of no one number.
     */
    private static Map<String, String> values() {
        Map<String, String> out = new HashMap<>();
        String[] en = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        String[] fr = {"", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
            "treize", "quatorze", "quinze", "seize", "dix sept", "dix huit", "dix neuf"};
        String[] enTens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        String[] frTens = {"vingt", "trente", "quarante", "cinquante", "soixante"};
        for (int n = 1; n < 20; n++) {
            out.put(en[n], Integer.toString(n));
            out.put(fr[n], Integer.toString(n));
        }
        out.put("une", "1");
        for (int t = 0; t < enTens.length; t++) {
            int tens = 20 + 10 * t;
            out.put(enTens[t], Integer.toString(tens));
            for (int u = 1; u < 10; u++) {
                out.put(enTens[t] + " " + en[u], Integer.toString(tens + u));
            }
        }
        for (int t = 0; t < frTens.length; t++) {
            int tens = 20 + 10 * t;
            out.put(frTens[t], Integer.toString(tens));
            out.put(frTens[t] + " et un", Integer.toString(tens + 1));
            out.put(frTens[t] + " et une", Integer.toString(tens + 1));
            for (int u = 2; u < 10; u++) {
                out.put(frTens[t] + " " + fr[u], Integer.toString(tens + u));
            }
        }
        // Seventy and ninety count on from sixty and eighty: "soixante et onze", "quatre-vingt-dix-neuf".
        for (int u = 10; u < 20; u++) {
            out.put((u == 11 ? "soixante et " : "soixante ") + fr[u], Integer.toString(60 + u));
            out.put("quatre vingt " + fr[u], Integer.toString(80 + u));
        }
        out.put("quatre vingts", "80");
        out.put("quatre vingt", "80");
        for (int u = 1; u < 10; u++) {
            out.put("quatre vingt " + fr[u], Integer.toString(80 + u));
        }
        return Map.copyOf(out);
    }

    /** The number words as a pattern's alternatives, longest first so that "vingt-cinq" is not read as "vingt", hyphens or spaces between. */
    private static String alternatives() {
        return VALUES.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(k -> k))
                .map(k -> k.replace(" ", "[\\s-]+")).collect(Collectors.joining("|"));
    }
}

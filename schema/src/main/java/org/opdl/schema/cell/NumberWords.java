package org.opdl.schema.cell;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** The numbers written in words, once folded. */
    private static final Map<String, String> VALUES = Map.ofEntries(
            Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"),
            Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"), Map.entry("nine", "9"), Map.entry("ten", "10"),
            Map.entry("eleven", "11"), Map.entry("twelve", "12"), Map.entry("thirteen", "13"), Map.entry("fourteen", "14"),
            Map.entry("fifteen", "15"), Map.entry("sixteen", "16"), Map.entry("seventeen", "17"), Map.entry("eighteen", "18"),
            Map.entry("nineteen", "19"), Map.entry("twenty", "20"),
            Map.entry("un", "1"), Map.entry("une", "1"), Map.entry("deux", "2"), Map.entry("trois", "3"), Map.entry("quatre", "4"),
            Map.entry("cinq", "5"), Map.entry("sept", "7"), Map.entry("huit", "8"), Map.entry("neuf", "9"), Map.entry("dix", "10"),
            Map.entry("onze", "11"), Map.entry("douze", "12"), Map.entry("treize", "13"), Map.entry("quatorze", "14"),
            Map.entry("quinze", "15"), Map.entry("seize", "16"), Map.entry("vingt", "20"));
    /** A number word anywhere in a cell, as written (the words have no accents, so no folding is needed to find them). */
    private static final Pattern WORD = Pattern.compile("(?iu)\\b(?:" + String.join("|", VALUES.keySet()) + ")\\b");
    /** A number word, then only what it counts: "twelve participants", "six sessions", "eighteen years old". */
    private static final Pattern COUNTED = Pattern.compile("(?iu)(" + String.join("|", VALUES.keySet()) + ")\\s+\\p{L}[\\p{L}\\s'’-]*");
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

    /** The largest number written in words here. */
    private static final BigDecimal LARGEST = BigDecimal.valueOf(20);

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
        return inDigits(v).flatMap(d -> CellRanges.atLeastInMinimum(field, d).or(() -> Maximums.atMost(field, d)));
    }

    /** Why a number in words cannot go in a whole-number column, and what to write; empty for a cell with no such words. */
    static Optional<Unreadable> explain(Field field, String v) {
        if (!counts(field)) {
            return Optional.empty();
        }
        Optional<String> most = VAGUE.get(Folding.fold(v));
        if (most != null) {
            return Optional.of(new Unreadable(v, most.isPresent() && field.wordedAs(SheetWording.PLACES)
                    ? CellMessages.PLACES_RANGE.text(most.get()) : CellMessages.NUMBER_VAGUE.text(v)));
        }
        Matcher counted = COUNTED.matcher(v.strip());
        return counted.matches() && !WORD.matcher(v.strip()).region(counted.end(1), v.strip().length()).find()
                ? Optional.of(new Unreadable(v, CellMessages.NUMBER_IN_DIGITS.text(VALUES.get(counted.group(1).toLowerCase(Locale.ROOT)), v.strip())))
                : Optional.empty();
    }

    /** True for a whole number that counts (places, credits, ages), not a year: words name only the numbers a count's least allows. */
    private static boolean counts(Field field) {
        return field.type() == FieldType.INTEGER && field.definition().min().map(least -> least.compareTo(LARGEST) <= 0).orElse(true);
    }

    /** The cell with each number word in digits ("twelve participants" as "12 participants"); empty when it has none. */
    static Optional<String> inDigits(String v) {
        Matcher m = WORD.matcher(v);
        if (!m.find()) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        do {
            m.appendReplacement(out, VALUES.get(m.group().toLowerCase(Locale.ROOT)));
        } while (m.find());
        return Optional.of(m.appendTail(out).toString());
    }
}

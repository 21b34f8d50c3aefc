package org.opdl.model.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Puts labels into sentences as each language writes them: a common noun such as a career stage
 * is lower-case mid-sentence ("is for the emerging stage", "au stade émergent"), French elides
 * {@code de}, {@code le}, {@code la} and {@code que} before a vowel ("des stades d'émergent à
 * établi"), and the last of a list takes the language's "and" or "or".
 */
public final class Prose {

    /** A word French elides, a space, and a word that starts with a vowel; {@code h} is left alone, as it may be aspirated. */
    private static final Pattern UNELIDED = Pattern.compile(
            "(?<![\\p{L}'’])([Dd]e|[Ll][ea]|[Qq]ue) (?=[aeiouyàâæéèêëîïôœùûüAEIOUYÀÂÆÉÈÊËÎÏÔŒÙÛÜ])");

    /** Each language's "and", which {@link #joined} and {@link #parted} take for a list of one language. */
    public static final Text AND = new Text("and", "et");

    /** Each language's "or", offering a choice. */
    public static final Text OR = new Text("or", "ou");

    private Prose() {
    }

    /**
     * A label written mid-sentence: its first letter in lower case, unless its first word is an
     * acronym ("BIPOC producers") whose second letter is a capital too.
     */
    public static Text midSentence(Text label) {
        return new Text(midSentence(label.en()), midSentence(label.fr()));
    }

    /** A label of one language written mid-sentence, as {@link #midSentence(Text)} writes each language's. */
    public static String midSentence(String label) {
        if (label.isEmpty() || !Character.isUpperCase(label.charAt(0))
                || label.length() > 1 && Character.isUpperCase(label.charAt(1))) {
            return label;
        }
        return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    /**
     * French text with {@code de}, {@code le}, {@code la} and {@code que} elided before a word
     * that starts with a vowel: "de émergent" becomes "d'émergent". Only for sentences made of a
     * bundle's words and vocabulary labels, never for a provider's own words.
     */
    public static String elide(String french) {
        return UNELIDED.matcher(french).replaceAll(m -> m.group(1).substring(0, m.group(1).length() - 1) + "'");
    }

    /** The items joined by commas, the last by the language's "and": "a, b and c", « a, b et c ». */
    public static Text and(List<Text> items) {
        return new Text(joined(items.stream().map(Text::en).toList(), AND.en()),
                joined(items.stream().map(Text::fr).toList(), AND.fr()));
    }

    /** The items joined as each language offers a choice, the last by its "or": "a, b or c", « a, b ou c ». */
    public static Text or(List<Text> items) {
        return new Text(joined(items.stream().map(Text::en).toList(), OR.en()),
                joined(items.stream().map(Text::fr).toList(), OR.fr()));
    }

    /**
     * One language's items joined by commas, the last after the conjunction: "a, b and c" for
     * {@code and}, "a or b" for {@code or}; one item alone, none as nothing.
     */
    public static String joined(List<String> items, String conjunction) {
        return list(items, ", ", " " + conjunction + " ");
    }

    /**
     * One language's items parted by semicolons, the last after a semicolon and the conjunction:
     * "Deaf and persons with disabilities; Francophones; and 2SLGBTQI+". For three items or more
     * of which one holds its own comma or conjunction, so that each reads whole; fewer are
     * {@link #joined}.
     */
    public static String parted(List<String> items, String conjunction) {
        return items.size() < 3 ? joined(items, conjunction) : list(items, "; ", "; " + conjunction + " ");
    }

    private static String list(List<String> items, String separator, String beforeLast) {
        int n = items.size();
        return n < 2 ? String.join("", items) : String.join(separator, items.subList(0, n - 1)) + beforeLast + items.get(n - 1);
    }
}

package org.opdl.model.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Puts labels into sentences as each language writes them: a common noun such as a career stage
 * is lower-case mid-sentence ("is for the emerging stage", "au stade émergent"), French elides
 * {@code de}, {@code le}, {@code la} and {@code que} before a vowel ("des stades d'émergent à
 * établi"), and the last of a list takes the language's "and".
 */
public final class Prose {

    /** A word French elides, a space, and a word that starts with a vowel; {@code h} is left alone, as it may be aspirated. */
    private static final Pattern UNELIDED = Pattern.compile(
            "(?<![\\p{L}'’])([Dd]e|[Ll][ea]|[Qq]ue) (?=[aeiouyàâæéèêëîïôœùûüAEIOUYÀÂÆÉÈÊËÎÏÔŒÙÛÜ])");

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

    /** The items joined by commas, the last by the language's "and": "a, b and c", "a, b et c". */
    public static Text and(List<Text> items) {
        StringBuilder en = new StringBuilder();
        StringBuilder fr = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            String glue = i == 0 ? "" : i == items.size() - 1 ? " and " : ", ";
            en.append(glue).append(items.get(i).en());
            fr.append(glue.equals(" and ") ? " et " : glue).append(items.get(i).fr());
        }
        return new Text(en.toString(), fr.toString());
    }
}

package org.opdl.model.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds free text to a key that ignores case, accents, punctuation and spacing, so that
 * "Mi-carrière", "mi carriere" and "MI  CARRIÈRE" all match the same label.
 */
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}+]+");

    private Folding() {
    }

    /** The folded key of a text: lower case, without accents, words separated by one space. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String unaccented = MARKS.matcher(decomposed).replaceAll("");
        String lower = unaccented.toLowerCase(Locale.ROOT).replace('ß', 's');
        return SEPARATORS.matcher(lower).replaceAll(" ").strip();
    }
}

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

    /** Characters below this one fold through {@link #FRAGMENTS}; the combining marks start here. */
    private static final char TABLE_END = '\u0300';

    /**
     * What each character below {@link #TABLE_END} folds to on its own, with every separator
     * written as a space: "É" gives "e", "¼" gives "1 4", "-" gives " ". Below U+0300 no
     * character is a combining mark, none decomposes to one that leads, and lower-casing needs no
     * context, so a text of such characters folds to the concatenation of its characters'
     * fragments, separators then merged and trimmed. Each fragment is worked out by the full
     * folding's own steps, so the two paths cannot disagree on a character.
     */
    private static final String[] FRAGMENTS = fragments();

    private Folding() {
    }

    /** The folded key of a text: lower case, without accents, words separated by one space. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String fast = foldByTable(text);
        return fast != null ? fast : reference(text);
    }

    /**
     * The folding by its definition: compatibility decomposition, marks removed, lower case, runs
     * of anything but letters, digits and "+" made one space, trimmed. Slow (a normaliser and two
     * regular expressions), so {@link #fold} keeps it for text the table does not cover.
     */
    static String reference(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String unaccented = MARKS.matcher(decomposed).replaceAll("");
        String lower = unaccented.toLowerCase(Locale.ROOT).replace('ß', 's');
        return SEPARATORS.matcher(lower).replaceAll(" ").strip();
    }

    /** The folded key from the fragment table, or null when a character is beyond it. */
    private static String foldByTable(String text) {
        int n = text.length();
        StringBuilder out = null;
        boolean gap = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= TABLE_END) {
                return null;
            }
            String fragment = FRAGMENTS[c];
            for (int k = 0; k < fragment.length(); k++) {
                char f = fragment.charAt(k);
                if (f == ' ') {
                    gap = true;
                    continue;
                }
                if (out == null) {
                    out = new StringBuilder(n);
                } else if (gap) {
                    out.append(' ');
                }
                gap = false;
                out.append(f);
            }
        }
        return out == null ? "" : out.toString();
    }

    private static String[] fragments() {
        String[] table = new String[TABLE_END];
        for (char c = 0; c < TABLE_END; c++) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
            String lower = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).replace('ß', 's');
            StringBuilder fragment = new StringBuilder(lower.length());
            lower.codePoints().forEach(cp -> {
                if (SEPARATORS.matcher(Character.toString(cp)).matches()) {
                    fragment.append(' ');
                } else {
                    fragment.appendCodePoint(cp);
                }
            });
            table[c] = fragment.toString();
        }
        return table;
    }
}

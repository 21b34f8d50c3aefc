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
     * fragments, separators then merged and trimmed. ASCII fragments are set at start; the others
     * are worked out by the folding's steps the first time their character is met, as a
     * short run meets few of them and the normaliser is slow to warm up. Two threads may both work
     * out one fragment; they get the same immutable string, so the race is harmless.
     */
    private static final String[] FRAGMENTS = ascii();

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
            if (fragment == null) {
                fragment = fragment(c);
                FRAGMENTS[c] = fragment;
            }
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

    private static String[] ascii() {
        String[] table = new String[TABLE_END];
        for (char c = 0; c < 0x80; c++) {
            boolean kept = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+';
            table[c] = c >= 'A' && c <= 'Z' ? String.valueOf((char) (c + ('a' - 'A'))) : kept ? String.valueOf(c) : " ";
        }
        return table;
    }

    /**
     * The folding's steps on one character, with the character classes of {@link #MARKS} and
     * {@link #SEPARATORS} tested by category rather than by matcher: a cold regular expression
     * costs milliseconds at start. The property tests hold both ways to the same result.
     */
    private static String fragment(char c) {
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
        StringBuilder unaccented = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            if (!mark(cp)) {
                unaccented.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        String lower = unaccented.toString().toLowerCase(Locale.ROOT).replace('ß', 's');
        StringBuilder fragment = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            if (kept(cp)) {
                fragment.appendCodePoint(cp);
            } else {
                fragment.append(' ');
            }
            i += Character.charCount(cp);
        }
        return fragment.toString();
    }

    /** {@code \p{M}}: a mark. */
    private static boolean mark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** {@code [\p{L}\p{N}+]}: a letter, a number or a plus sign. */
    private static boolean kept(int cp) {
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER:
            case Character.LOWERCASE_LETTER:
            case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER:
            case Character.OTHER_LETTER:
            case Character.DECIMAL_DIGIT_NUMBER:
            case Character.LETTER_NUMBER:
            case Character.OTHER_NUMBER:
                return true;
            default:
                return cp == '+';
        }
    }
}

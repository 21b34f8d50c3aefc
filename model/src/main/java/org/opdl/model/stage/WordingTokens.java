package org.opdl.model.stage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opdl.model.text.Folding;

/**
 * Cuts stage wording into words and separators, each with its place in the text as written, and
 * gives the forms a word may be the plural or feminine of. French inclusive endings
 * ("émergent·e·s", "établi(e)s", "producteur·rice·s") stay in the word's place but not in its key.
 */
final class WordingTokens {

    /** An inclusive ending after a letter: a middle dot, a period, a hyphen or a parenthesis, then e, s, rice… */
    private static final Pattern INCLUSIVE = Pattern.compile(
            "(?:[·•⋅∙.\\-]|\\()(?:e|es|s|le|les|ne|nes|rice|rices|trice|trices|euse|euses|ive|ives|ère|ères)\\)?"
                    + "(?:[·•⋅∙.\\-]?(?:s|es))?(?![\\p{L}\\p{N}])");

    /**
     * One word or separator.
     *
     * @param key the folded word ("à" keeps its accent, as it is the French range word and "a" is not),
     *     or empty for a separator
     * @param start where it starts in the text
     * @param end where it ends, inclusive endings included
     */
    record Token(String key, int start, int end) {

        boolean separator() {
            return key.isEmpty();
        }
    }

    private WordingTokens() {
    }

    /** The words and separators of a text, in order. */
    static List<Token> of(String text) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int end = i;
                while (end < n && (Character.isLetterOrDigit(text.charAt(end))
                        || Character.getType(text.charAt(end)) == Character.NON_SPACING_MARK)) {
                    end++;
                }
                String word = text.substring(i, end);
                Matcher m = INCLUSIVE.matcher(text).region(end, n);
                int tail = Character.isLetter(text.charAt(end - 1)) && m.lookingAt() ? m.end() : end;
                out.add(new Token(key(word), i, tail));
                i = tail;
            } else if (c == '+' || c == '&') {
                out.add(new Token(String.valueOf(c), i, i + 1));
                i++;
            } else if (separator(text, i)) {
                out.add(new Token("", i, i + 1));
                i++;
            } else {
                i++;
            }
        }
        return out;
    }

    /** The key of one word: folded, except that "à" keeps its accent. */
    static String key(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.equals("à") ? "à" : Folding.fold(lower);
    }

    /**
     * True when the character ends a part of the wording: punctuation of lists and sentences, a
     * slash, a parenthesis, a dash between spaces. A hyphen inside a word ("mid-career") and an
     * apostrophe ("d'expérience") only separate words; a dash between digits ("1–5") is read like "to".
     */
    private static boolean separator(String text, int i) {
        char c = text.charAt(i);
        return switch (c) {
            case ',', ';', ':', '/', '(', ')', '[', ']', '!', '?', '|', '\n', '\r', '\t' -> true;
            case '.' -> !(i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                    && Character.isDigit(text.charAt(i + 1)));
            case '–', '—', '-' -> !(i > 0 && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i - 1))
                    && !Character.isWhitespace(text.charAt(i + 1)));
            default -> false;
        };
    }

    /**
     * The keys a word may stand for, itself first: plural and feminine forms in English and French
     * ("producers", "productrices", "établies", "nouveaux", "companies") lead to the forms the
     * tables list. A form is only a key to try: it counts when a table holds it.
     */
    static List<String> forms(String key) {
        Set<String> out = new LinkedHashSet<>();
        out.add(key);
        List<String> singular = new ArrayList<>(List.of(key));
        if (key.length() > 3) {
            if (key.endsWith("ies")) {
                singular.add(key.substring(0, key.length() - 3) + "y");
            }
            if (key.endsWith("aux")) {
                singular.add(key.substring(0, key.length() - 3) + "al");
            }
            if (key.endsWith("s") || key.endsWith("x")) {
                singular.add(key.substring(0, key.length() - 1));
            }
            if (key.endsWith("es")) {
                singular.add(key.substring(0, key.length() - 2));
            }
        }
        for (String s : singular) {
            out.add(s);
            if (s.length() <= 3) {
                continue;
            }
            replaceEnd(out, s, "rice", "eur");
            replaceEnd(out, s, "euse", "eur");
            replaceEnd(out, s, "elle", "el");
            replaceEnd(out, s, "ive", "if");
            replaceEnd(out, s, "ere", "er");
            replaceEnd(out, s, "e", "");
        }
        return List.copyOf(out);
    }

    private static void replaceEnd(Set<String> out, String s, String end, String with) {
        if (s.endsWith(end)) {
            out.add(s.substring(0, s.length() - end.length()) + with);
        }
    }
}

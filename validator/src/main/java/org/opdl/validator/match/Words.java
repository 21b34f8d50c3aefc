package org.opdl.validator.match;

import java.util.Locale;
import java.util.ResourceBundle;
import org.opdl.model.text.Text;
import org.opdl.model.vocab.Vocabulary;

/**
 * The words of matching, in English and French, from the bundle {@code match_en.properties} and
 * {@code match_fr.properties}. A placeholder {@code {0}}, {@code {1}}… takes the argument at
 * that position; arguments that are {@link Text} take their own language.
 */
final class Words {

    private static final ResourceBundle.Control EXACT =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    // No fallback: under a French system locale the root bundle must still give English.
    private static final ResourceBundle EN = ResourceBundle.getBundle("org.opdl.validator.match.match", Locale.ROOT, EXACT);
    private static final ResourceBundle FR = ResourceBundle.getBundle("org.opdl.validator.match.match", Locale.FRENCH, EXACT);
    private static final Vocabulary VOCABULARY = Vocabulary.standard();

    private Words() {
    }

    /** The text of a key in both languages, its placeholders filled. */
    static Text text(String key, Object... args) {
        return new Text(fill(EN.getString(key), args, false), fill(FR.getString(key), args, true));
    }

    /** A count of a figure with its noun in the right number: "1 credit", "2 credits". */
    static Text count(String figure, int n) {
        return text(figure + (n == 1 ? ".one" : ".other"), n);
    }

    /** The label of a code in a scheme, or the code itself when the scheme does not know it. */
    static Text label(String scheme, String code) {
        return VOCABULARY.concept(scheme, code).map(c -> c.label()).orElse(new Text(code, code));
    }

    /** The labels of codes in a scheme, joined by commas. */
    static Text labels(String scheme, Iterable<String> codes) {
        StringBuilder en = new StringBuilder();
        StringBuilder fr = new StringBuilder();
        for (String code : codes) {
            Text t = label(scheme, code);
            en.append(en.length() == 0 ? "" : ", ").append(t.en());
            fr.append(fr.length() == 0 ? "" : ", ").append(t.fr());
        }
        return new Text(en.toString(), fr.toString());
    }

    /** A language map of the listing as a text, each language standing in for the other when missing. */
    static Text of(tools.jackson.databind.JsonNode map) {
        String en = map.path("en").asString("");
        String fr = map.path("fr").asString("");
        if (en.isEmpty() && fr.isEmpty() && map.isObject() && !map.isEmpty()) {
            en = map.properties().iterator().next().getValue().asString("");
        }
        return new Text(en.isEmpty() ? fr : en, fr.isEmpty() ? en : fr);
    }

    private static String fill(String pattern, Object[] args, boolean french) {
        // Matching writes a few reasons for every listing of a large dataset: one pass, no regex.
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int from = 0;
        for (int open = pattern.indexOf('{'); open >= 0; open = pattern.indexOf('{', from)) {
            int close = pattern.indexOf('}', open);
            int index = close == open + 2 ? pattern.charAt(open + 1) - '0' : -1;
            if (index < 0 || index > 9 || index >= args.length) {
                out.append(pattern, from, open + 1);
                from = open + 1;
                continue;
            }
            out.append(pattern, from, open);
            Object a = args[index];
            out.append(a instanceof Text t ? (french ? t.fr() : t.en()) : String.valueOf(a));
            from = close + 1;
        }
        return out.append(pattern, from, pattern.length()).toString();
    }
}

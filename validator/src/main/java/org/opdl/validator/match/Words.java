package org.opdl.validator.match;

import org.opdl.model.text.Bundle;
import org.opdl.model.text.Text;
import org.opdl.model.vocab.Vocabulary;

/**
 * The words of matching, in English and French, from the bundle {@code match_en.properties} and
 * {@code match_fr.properties}, filled by {@link Bundle}: an argument that is a {@link Text} takes
 * its own language.
 */
final class Words {

    private static final Bundle BUNDLE = Bundle.of(Words.class, "match");
    private static final Vocabulary VOCABULARY = Vocabulary.standard();

    private Words() {
    }

    /** The text of a key in both languages, its placeholders filled. */
    static Text text(String key, Object... args) {
        return BUNDLE.text(key, args);
    }

    /** A count of a figure with its noun in the right number: "1 credit", "2 credits", put in words when read. */
    static Reason count(String figure, int n) {
        return Reason.of(figure + (n == 1 ? ".one" : ".other"), n);
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
}

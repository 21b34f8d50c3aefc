package org.opdl.validator.match;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.opdl.model.text.Bundle;
import org.opdl.model.text.Prose;
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
    /** Target groups whose English label is a proper noun, kept capitalised mid-sentence. */
    private static final Set<String> PROPER_EN = Set.of("indigenous", "first-nations", "inuit", "metis", "black",
            "deaf-disability", "francophone");
    /** Target groups whose French label is a proper noun, kept capitalised mid-sentence. */
    private static final Set<String> PROPER_FR = Set.of("indigenous", "first-nations", "inuit", "metis");
    /** Words whose full stop marks an abbreviation, which a phrase keeps. */
    private static final Set<String> ABBREVIATIONS = Set.of("etc", "inc", "ltd", "co", "corp", "cie", "enr", "assoc");

    private Words() {
    }

    /**
     * The text of a key in both languages, its placeholders filled. A sentence of a stage
     * ({@code stage.*}) holds only the bundle's words and stage labels, so its French is elided
     * whole: "de émergent" is written "d'émergent".
     */
    static Text text(String key, Object... args) {
        Text t = BUNDLE.text(key, args);
        return key.startsWith("stage.") ? new Text(t.en(), Prose.elide(t.fr())) : t;
    }

    /** The label of a career stage as a sentence says it, lower-case: "the emerging stage", "au stade émergent". */
    static Text stage(String code) {
        return Prose.midSentence(label("career-stage", code));
    }

    /** The labels of career stages as a sentence lists them: "mid-career and established", "mi-carrière et établi". */
    static Text stages(List<String> codes) {
        List<Text> names = new ArrayList<>(codes.size());
        codes.forEach(code -> names.add(stage(code)));
        return Prose.and(names);
    }

    /** A count of a figure with its noun in each language's number: "0 credits", "0 crédit", put in words when read. */
    static Reason count(String figure, int n) {
        return new Reason.Count(figure, n);
    }

    /**
     * The label of a code in a scheme as a reason says it, or the code itself when the scheme does
     * not know it. A target group always falls mid-sentence ("reserved for women"), so its label is
     * written as a common noun unless it is a proper noun in that language ({@link #group}).
     */
    static Text label(String scheme, String code) {
        Text label = VOCABULARY.label(scheme, code);
        return scheme.equals("target-group") ? group(code, label) : label;
    }

    /**
     * A target group's label mid-sentence: "women", « personnes noires », « francophones »; the
     * names of peoples and communities keep their capital as the standard writes them, "Indigenous",
     * "Black", "Deaf", « Autochtones », « Premières Nations », and so does "Francophones" in English.
     */
    static Text group(String code, Text label) {
        return new Text(PROPER_EN.contains(code) ? label.en() : Prose.midSentence(label.en()),
                PROPER_FR.contains(code) ? label.fr() : Prose.midSentence(label.fr()));
    }

    /**
     * The labels of codes in a scheme as common nouns, one of which is asked for: "concept or in
     * development", « concept ou en développement ».
     */
    static Text either(String scheme, Iterable<String> codes) {
        List<Text> names = new ArrayList<>();
        codes.forEach(code -> names.add(Prose.midSentence(label(scheme, code))));
        return Prose.or(names);
    }

    /**
     * The labels of codes in a scheme as a sentence lists them: "Alberta and Manitoba", "Alberta et
     * Manitoba"; "Deaf and persons with disabilities; Francophones; and 2SLGBTQI+" when a label has its own "and".
     */
    static Text labels(String scheme, Iterable<String> codes) {
        List<Text> names = new ArrayList<>();
        codes.forEach(code -> names.add(label(scheme, code)));
        return listed(names);
    }

    /** Names as a sentence lists them, parted by semicolons when one holds its own "and" or comma, as {@link #labels}. */
    static Text listed(List<Text> names) {
        Text joined = Prose.and(names);
        if (names.size() < 3) {
            return joined;
        }
        // A list of three or more of which a label holds its own "and" or comma ("Deaf and persons with
        // disabilities", "regional, remote or northern") is parted by semicolons, so that each reads whole.
        List<String> en = names.stream().map(Text::en).toList();
        List<String> fr = names.stream().map(Text::fr).toList();
        return new Text(ownJoins(en, Prose.AND.en()) ? Prose.parted(en, Prose.AND.en()) : joined.en(),
                ownJoins(fr, Prose.AND.fr()) ? Prose.parted(fr, Prose.AND.fr()) : joined.fr());
    }

    private static boolean ownJoins(List<String> labels, String and) {
        return labels.stream().anyMatch(l -> l.contains(" " + and + " ") || l.contains(", "));
    }

    /**
     * The names of languages, from their tags, as a sentence says them: "English and French", "en
     * anglais et en français". A regional tag ({@code fr-CA}) is named by its language, once; a tag
     * Java cannot name stays as written.
     */
    static Text languages(Iterable<String> tags) {
        List<Text> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String tag : tags) {
            Locale l = Locale.forLanguageTag(tag);
            String en = l.getDisplayLanguage(Locale.ENGLISH);
            boolean named = !en.isEmpty() && !en.equals(l.getLanguage());
            if (seen.add(named ? l.getLanguage() : tag)) {
                names.add(text("language.name", named ? new Text(en, l.getDisplayLanguage(Locale.FRENCH)) : new Text(tag, tag)));
            }
        }
        return Prose.and(names);
    }

    /**
     * A language map of the listing set inside a sentence of a reason: as {@link #of}, without the
     * full stop that ends the provider's sentence ("CMPA membership."), which would end the reason
     * in its middle; the stop of an abbreviation ("etc.", "Inc.") is kept.
     */
    static Text phrase(tools.jackson.databind.JsonNode map) {
        Text t = of(map);
        return new Text(withoutStop(t.en()), withoutStop(t.fr()));
    }

    private static String withoutStop(String words) {
        String s = words.strip();
        if (s.length() < 2 || s.charAt(s.length() - 1) != '.' || !Character.isLetterOrDigit(s.charAt(s.length() - 2))) {
            return s;
        }
        String last = s.substring(s.lastIndexOf(' ') + 1, s.length() - 1).toLowerCase(Locale.ROOT);
        return ABBREVIATIONS.contains(last) || last.contains(".") ? s : s.substring(0, s.length() - 1);
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

package org.opdl.validator.match;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.opdl.model.text.Folding;
import org.opdl.model.text.Lang;
import org.opdl.model.vocab.Concept;
import org.opdl.model.vocab.Vocabulary;

/**
 * Target groups a producer names herself by, in the singular or the plural, as the scheme's labels
 * are written in the plural: "newcomer" for Newcomers, « personne noire » for Personnes noires,
 * "equity-deserving group", "official-language minority community", « nouvel arrivant ». A person's
 * noun is set aside as the spreadsheet readers set it aside ("Black person", « personne autochtone »).
 * Each word is taken to its singular, on both sides, and a form names a group only when it names one.
 */
final class GroupForms {

    private static final String SCHEME = "target-group";
    /** Plurals that do not end in a plain s. */
    private static final Map<String, String> IRREGULAR = Map.of("women", "woman", "people", "person", "nouveaux", "nouvel",
            "nouvelles", "nouvelle", "nouveau", "nouvel");
    private static final Pattern PERSON_EN = Pattern.compile(" person$");
    private static final Pattern PERSON_FR = Pattern.compile("^personne ");
    /** Each form's group, or an empty code for a form two groups share. */
    private static final Map<String, String> FORMS = forms();

    private GroupForms() {
    }

    /** The code of the one group {@code written} names in the singular or the plural, with or without a person's noun. */
    static Optional<String> code(String written) {
        String key = singular(Folding.fold(written));
        String found = FORMS.getOrDefault(key, FORMS.get(bare(key)));
        return Optional.ofNullable(found).filter(code -> !code.isEmpty());
    }

    private static Map<String, String> forms() {
        Map<String, String> out = new HashMap<>();
        for (Concept c : Vocabulary.standard().scheme(SCHEME).orElseThrow().concepts()) {
            if (c.deprecated()) {
                continue;
            }
            for (Lang lang : Lang.values()) {
                add(out, c.label().in(lang), c.code());
                c.altLabels(lang).forEach(alt -> add(out, alt, c.code()));
            }
        }
        return Map.copyOf(out);
    }

    private static void add(Map<String, String> out, String label, String code) {
        String key = singular(Folding.fold(label));
        for (String form : List.of(key, bare(key))) {
            out.merge(form, code, (was, now) -> was.equals(now) ? was : "");
        }
    }

    /** The key without a person's noun: "black person" as "black", « personne noire » as « noire ». */
    private static String bare(String key) {
        return PERSON_FR.matcher(PERSON_EN.matcher(key).replaceFirst("")).replaceFirst("").replace(" personne ", " ");
    }

    /** Each word of a folded key in its singular: "communities" as "community", « personnes noires » as « personne noire ». */
    private static String singular(String key) {
        StringBuilder out = new StringBuilder();
        for (String word : key.split(" ")) {
            out.append(out.isEmpty() ? "" : " ").append(word(word));
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static String word(String w) {
        if (IRREGULAR.containsKey(w)) {
            return IRREGULAR.get(w);
        } else if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        } else if (w.length() > 3 && w.endsWith("eaux")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}

package org.opdl.schema.cell;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.opdl.model.text.Folding;
import org.opdl.model.vocab.Concept;
import org.opdl.model.vocab.ConceptScheme;
import org.opdl.model.vocab.Vocabulary;

/**
 * Wordings that join several words of one concept: "rural/remote", "rural or remote", "régions
 * rurales ou éloignées" and "milieu rural ou éloigné" all name regional-remote-northern, whose labels
 * say rural, remote, régions and éloignés. A concept's words are its one-word labels and the words
 * of its labels that list several ("Régions, milieux éloignés ou nordiques"), French endings of
 * gender and number set aside. A cell is read only when it joins its words by a slash, "or", "and",
 * "ou" or "et" and every word is one concept's: a word of two concepts, or of none, leaves the cell
 * to the other readings and the unknown code's finding.
 */
final class OneConcept {

    /** How a wording joins its words; commas are left to the list reading, which names a repeated item. */
    private static final Pattern JOINED = Pattern.compile("/|\\s(?:or|ou|and|et|&)\\s", Pattern.CASE_INSENSITIVE);
    /** How a label lists several words of its concept. */
    private static final Pattern LISTING = Pattern.compile(",|\\s(?:or|ou|and|et)\\s");
    /** Words that join or place, and name no concept, once folded. */
    private static final Set<String> JOINING = Set.of("or", "ou", "and", "et", "the", "in", "en", "de", "des", "du",
            "la", "le", "les", "d", "l", "a", "au", "aux", "area", "with");
    /** Marks a concept's word found in two concepts of a scheme: it names neither. */
    private static final String SHARED = "";

    private final Vocabulary vocabulary;
    private final Map<String, Map<String, String>> byScheme = new HashMap<>();

    OneConcept(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The code of the one concept of {@code scheme} whose words {@code v} joins; empty when it joins none, or several. */
    Optional<String> code(String scheme, String v) {
        if (!JOINED.matcher(v).find()) {
            return Optional.empty();
        }
        Map<String, String> words = byScheme.computeIfAbsent(scheme, this::load);
        String code = null;
        for (String word : Folding.fold(v).split(" ")) {
            String stem = stem(word);
            if (JOINING.contains(stem)) {
                continue;
            }
            String c = words.get(stem);
            if (c == null || c.equals(SHARED) || code != null && !code.equals(c)) {
                return Optional.empty();
            }
            code = c;
        }
        return Optional.ofNullable(code);
    }

    private Map<String, String> load(String scheme) {
        Map<String, String> out = new HashMap<>();
        vocabulary.scheme(scheme).map(ConceptScheme::concepts).orElse(List.of()).forEach(c -> labels(c).forEach(label -> {
            String[] words = Folding.fold(label).split(" ");
            if (words.length == 1 || LISTING.matcher(label).find()) {
                for (String w : words) {
                    String stem = stem(w);
                    if (!stem.isEmpty() && !JOINING.contains(stem)) {
                        out.merge(stem, c.code(), (a, b) -> a.equals(b) ? a : SHARED);
                    }
                }
            }
        }));
        return Map.copyOf(out);
    }

    /** The word without the French endings of gender and number: rurales and ruraux as rural, éloignées as éloigné. */
    static String stem(String folded) {
        String w = folded;
        if (w.endsWith("aux") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "al";
        } else if (w.endsWith("eux") && w.length() > 4) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("s") && w.length() > 3) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("ee") || w.endsWith("ale")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static Stream<String> labels(Concept c) {
        return Stream.of(Stream.of(c.label().en(), c.label().fr()), c.altLabelsEn().stream(), c.altLabelsFr().stream())
                .flatMap(s -> s);
    }
}

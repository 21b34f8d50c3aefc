package org.opdl.schema.cell;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.opdl.model.text.Folding;
import org.opdl.model.vocab.Concept;
import org.opdl.model.vocab.ConceptScheme;
import org.opdl.model.vocab.Vocabulary;

/**
 * The single forms of French inclusive labels. The vocabulary writes a person's status with both
 * forms ("Citoyenne ou citoyen canadien", "Résidente ou résident permanent"), and coordinators type
 * the last one alone ("citoyen canadien"); it names the same concept. Only a label whose whole
 * other half is one word before "ou" is split, so that a label naming two things is never cut.
 */
final class Doublets {

    private final Vocabulary vocabulary;
    private final Map<String, Map<String, String>> byScheme = new HashMap<>();

    Doublets(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The code of the concept of {@code scheme} whose inclusive French label ends with {@code v} as its last form. */
    Optional<String> code(String scheme, String v) {
        return Optional.ofNullable(byScheme.computeIfAbsent(scheme, this::load).get(Folding.fold(v)));
    }

    private Map<String, String> load(String scheme) {
        Map<String, String> out = new HashMap<>();
        vocabulary.scheme(scheme).map(ConceptScheme::concepts).orElse(List.of()).forEach(c -> labels(c).forEach(label -> {
            String folded = Folding.fold(label);
            int or = folded.indexOf(" ou ");
            if (or > 0 && folded.indexOf(' ') == or) {
                out.putIfAbsent(folded.substring(or + 4), c.code());
            }
        }));
        return Map.copyOf(out);
    }

    private static Stream<String> labels(Concept c) {
        return Stream.concat(Stream.of(c.label().fr()), c.altLabelsFr().stream());
    }
}

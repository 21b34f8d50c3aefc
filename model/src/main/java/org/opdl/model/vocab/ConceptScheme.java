package org.opdl.model.vocab;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opdl.model.text.Text;

/**
 * A versioned list of concepts, such as the career-stage scale or the program types.
 *
 * @param id the scheme's stable id, such as {@code program-type}
 * @param version the scheme's own version, which changes when its concepts change
 * @param ordered true when the order of the concepts means something (the career-stage scale)
 * @param label the scheme's name in English and French
 * @param definition what the scheme classifies, in English and French
 * @param concepts the concepts, in the order of the data file
 */
public record ConceptScheme(
        String id, String version, boolean ordered, Text label, Text definition, List<Concept> concepts) {

    /** Copies the concept list. */
    public ConceptScheme {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        concepts = List.copyOf(concepts);
    }

    /** The scheme's IRI, {@code https://w3id.org/opdl/vocab/<id>}. */
    public String iri() {
        return Iris.scheme(id);
    }

    /** The concept with exactly this code, if any. */
    public Optional<Concept> concept(String code) {
        return concepts.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The codes of all concepts, in order. */
    public List<String> codes() {
        return concepts.stream().map(Concept::code).toList();
    }
}

package org.opdl.model.vocab;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opdl.model.text.Lang;
import org.opdl.model.text.Text;

/**
 * One concept of a scheme, such as the career stage {@code mid-career}.
 *
 * @param scheme the id of the scheme it belongs to
 * @param code its stable notation
 * @param label its preferred label in English and French
 * @param definition its definition in English and French
 * @param altLabelsEn the other words English-speaking providers use for it
 * @param altLabelsFr the other words French-speaking providers use for it
 * @param broader the code of its broader concept in the same scheme, or empty
 * @param mappings its exact and close matches in other vocabularies
 * @param deprecated true when it should no longer be used
 * @param replacedBy the code that replaces it when deprecated, or empty
 */
public record Concept(
        String scheme,
        String code,
        Text label,
        Text definition,
        List<String> altLabelsEn,
        List<String> altLabelsFr,
        Optional<String> broader,
        List<Mapping> mappings,
        boolean deprecated,
        Optional<String> replacedBy) {

    /** Copies the lists so that a concept cannot change after loading. */
    public Concept {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(definition, "definition");
        altLabelsEn = List.copyOf(altLabelsEn);
        altLabelsFr = List.copyOf(altLabelsFr);
        mappings = List.copyOf(mappings);
        Objects.requireNonNull(broader, "broader");
        Objects.requireNonNull(replacedBy, "replacedBy");
    }

    /** The concept's IRI, {@code https://w3id.org/opdl/vocab/<scheme>/<code>}. */
    public String iri() {
        return Iris.concept(scheme, code);
    }

    /** The alternative labels in one language. */
    public List<String> altLabels(Lang lang) {
        return lang == Lang.FR ? altLabelsFr : altLabelsEn;
    }
}

package org.opdl.model.definition;

import java.util.List;
import java.util.Objects;
import org.opdl.model.text.Text;

/**
 * One RDF class of the standard, such as {@code Listing} or {@code MonetaryAmount}: one row of
 * {@code standard/listing/classes.csv}. Object fields name their class; the class gives the
 * label, definition and alignment that the RDF vocabulary publishes.
 *
 * @param name the local name in {@code https://w3id.org/opdl/ns#}
 * @param aligns prefixed names of the schema.org or CTDL classes it specializes
 * @param label its name in English and French
 * @param definition what it is, in English and French
 */
public record ClassDefinition(String name, List<String> aligns, Text label, Text definition) {

    /** Requires every part and copies the list. */
    public ClassDefinition {
        Objects.requireNonNull(name, "name");
        aligns = List.copyOf(aligns);
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(definition, "definition");
    }
}

package org.opdl.validator.rules;

import java.util.function.Consumer;
import org.opdl.model.definition.FieldDefinition;
import org.opdl.model.definition.FieldType;
import org.opdl.model.vocab.ConceptScheme;

/** Walks the code values of a listing, each with its field's concept scheme. */
final class Codes {

    /**
     * One code value.
     *
     * @param pointer where it is
     * @param value the value as written
     * @param scheme the scheme its field draws from
     */
    record Value(String pointer, String value, ConceptScheme scheme) {
    }

    private Codes() {
    }

    static void forEach(Listing listing, Consumer<Value> visit) {
        for (FieldDefinition field : listing.standard().fields().ofType(FieldType.CODE)) {
            if (field.scheme().isEmpty()) {
                continue;
            }
            var scheme = listing.standard().vocabulary().scheme(field.scheme().get());
            if (scheme.isEmpty()) {
                continue;
            }
            for (String pointer : listing.pointersOf(field.path())) {
                Listing.string(listing.at(pointer)).ifPresent(v -> visit.accept(new Value(pointer, v, scheme.get())));
            }
        }
    }
}

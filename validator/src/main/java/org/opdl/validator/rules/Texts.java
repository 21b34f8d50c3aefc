package org.opdl.validator.rules;

import java.util.function.BiConsumer;
import org.opdl.model.definition.FieldDefinition;
import org.opdl.model.definition.FieldType;
import tools.jackson.databind.JsonNode;

/** Walks the free-text values of a listing: every language of every text field, and plain strings. */
final class Texts {

    private Texts() {
    }

    /** Calls {@code visit} with the pointer and value of each piece of free text people wrote. */
    static void forEach(Listing listing, BiConsumer<String, String> visit) {
        for (FieldDefinition field : listing.standard().fields().record().fields()) {
            if (field.type() != FieldType.TEXT && field.type() != FieldType.STRING) {
                continue;
            }
            for (String pointer : listing.pointersOf(field.path())) {
                JsonNode n = listing.at(pointer);
                if (n.isObject() && field.type() == FieldType.TEXT) {
                    for (var e : n.properties()) {
                        if (e.getValue().isString()) {
                            visit.accept(pointer + "/" + e.getKey(), e.getValue().stringValue());
                        }
                    }
                } else if (n.isString()) {
                    visit.accept(pointer, n.stringValue());
                }
            }
        }
    }
}

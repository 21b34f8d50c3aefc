package org.opdl.validator.rules;

import java.util.function.BiConsumer;
import org.opdl.model.definition.FieldDefinition;
import org.opdl.model.definition.FieldType;
import tools.jackson.databind.JsonNode;

/** Walks the free-text values of a listing: every language of every text field, and plain strings. */
final class Texts {

    private Texts() {
    }

    private static java.util.List<FieldDefinition> concat(java.util.List<FieldDefinition> a, java.util.List<FieldDefinition> b) {
        java.util.List<FieldDefinition> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Calls {@code visit} with the pointer and value of each piece of free text people wrote. */
    static void forEach(Listing listing, BiConsumer<String, String> visit) {
        Fields fields = listing.standard().fields();
        for (FieldDefinition field : concat(fields.ofType(FieldType.TEXT), fields.ofType(FieldType.STRING))) {
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

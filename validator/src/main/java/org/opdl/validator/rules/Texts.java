package org.opdl.validator.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.opdl.model.definition.FieldDefinition;
import org.opdl.model.definition.FieldType;
import tools.jackson.databind.JsonNode;

/** Walks the free-text values of a listing: every language of every text field, and plain strings. */
final class Texts {

    private record Piece(String pointer, String value) {
    }

    private Texts() {
    }

    /**
     * Calls {@code visit} with the pointer and value of each piece of free text people wrote. The
     * pieces are found once per listing and shared by the text rules.
     */
    static void forEach(Listing listing, BiConsumer<String, String> visit) {
        for (Piece p : listing.derived(Texts.class, Texts::pieces)) {
            visit.accept(p.pointer(), p.value());
        }
    }

    private static List<Piece> pieces(Listing listing) {
        Fields fields = listing.standard().fields();
        List<FieldDefinition> free = new ArrayList<>(fields.ofType(FieldType.TEXT));
        free.addAll(fields.ofType(FieldType.STRING));
        List<Piece> out = new ArrayList<>();
        for (FieldDefinition field : free) {
            for (String pointer : listing.pointersOf(field.path())) {
                JsonNode n = listing.at(pointer);
                if (n.isObject() && field.type() == FieldType.TEXT) {
                    for (var e : n.properties()) {
                        if (e.getValue().isString()) {
                            out.add(new Piece(pointer + "/" + e.getKey(), e.getValue().stringValue()));
                        }
                    }
                } else if (n.isString()) {
                    out.add(new Piece(pointer, n.stringValue()));
                }
            }
        }
        return out;
    }
}

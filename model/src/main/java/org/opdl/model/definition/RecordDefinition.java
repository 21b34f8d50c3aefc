package org.opdl.model.definition;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rows of one field table, a listing's or a dataset's, in table order: each object field comes
 * before its children. Objects of the same class have the same children wherever they appear, so
 * that generators can share one definition per class. {@link org.opdl.model.field.FieldTree} makes
 * these rows the tree that every artifact, format and rule reads.
 *
 * @param name the record's name, {@code listing} or {@code dataset}
 * @param rdfClass the local name of the record's class, such as {@code Listing}
 * @param aligns prefixed names of the classes the record's class specializes
 * @param fields every field, parents before their children, in table order
 */
public record RecordDefinition(String name, String rdfClass, List<String> aligns, List<FieldDefinition> fields) {

    /** Copies the lists. */
    public RecordDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rdfClass, "rdfClass");
        aligns = List.copyOf(aligns);
        fields = List.copyOf(fields);
    }

    /** The field at this dotted path, if any. */
    public Optional<FieldDefinition> field(String path) {
        return fields.stream().filter(f -> f.path().equals(path)).findFirst();
    }

    /**
     * True when the object at this path is a whole record of another kind, such as the listings of
     * a dataset: it has no rows of its own and its class is that record's class.
     */
    public boolean isRecordReference(FieldDefinition field) {
        Optional<String> parent = Optional.of(field.path());
        return field.isObject() && fields.stream().noneMatch(f -> f.parent().equals(parent));
    }
}

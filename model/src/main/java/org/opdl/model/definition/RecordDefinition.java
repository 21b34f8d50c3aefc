package org.opdl.model.definition;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The fields of one kind of record, a listing or a dataset, as an ordered tree: each object field
 * is followed by its children. Objects of the same class have the same children wherever they
 * appear, so that generators can share one definition per class.
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

    /** The fields at the top of the record, in order. */
    public List<FieldDefinition> topLevel() {
        return fields.stream().filter(f -> f.parent().isEmpty()).toList();
    }

    /** The fields directly inside the object at this path, in order; empty for a leaf. */
    public List<FieldDefinition> children(String path) {
        Optional<String> parent = Optional.of(path);
        return fields.stream().filter(f -> f.parent().equals(parent)).toList();
    }

    /** The fields that hold a value rather than an object, in order. */
    public List<FieldDefinition> leaves() {
        return fields.stream().filter(f -> !f.isObject()).toList();
    }

    /**
     * True when the object at this path is a whole record of another kind, such as the listings of
     * a dataset: it has no rows of its own and its class is that record's class.
     */
    public boolean isRecordReference(FieldDefinition field) {
        return field.isObject() && children(field.path()).isEmpty();
    }
}

package org.opdl.schema.shape;

import org.opdl.model.definition.FieldType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opdl.model.text.Text;

/**
 * One field of a listing as the formats need it: its JSON name, kind, scheme, whether it repeats
 * and whether order matters, its RDF property and its spreadsheet heading in both languages.
 * Object fields carry their own fields, so the whole listing is one tree.
 *
 * @param name the JSON property name, such as {@code startDate}
 * @param path the dotted path from the listing, such as {@code intakes.startDate}
 * @param type the kind of value
 * @param scheme the concept scheme of a {@code code} field, or empty
 * @param required true when the standard requires it
 * @param repeat true when the value is an array
 * @param ordered true when the order of the array means something (an RDF list)
 * @param rdfProperty the full IRI of its RDF property, or {@code @id} / {@code @type} / {@code @context}
 * @param heading the spreadsheet heading in English and French (the field's label when the
 *     definition gives no heading), empty for objects
 * @param children the fields of an object, in definition order
 */
public record Field(String name, String path, FieldType type, String scheme, boolean required, boolean repeat,
        boolean ordered, String rdfProperty, Text heading, List<Field> children) {

    /** Marks the field that holds a node's IRI. */
    public static final String ID = "@id";
    /** Marks the field that holds a node's class. */
    public static final String TYPE = "@type";
    /** Marks the field that names the JSON-LD context, which carries no data. */
    public static final String CONTEXT = "@context";

    /** Copies the children. */
    public Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        children = List.copyOf(children);
    }

    /** The child field with this JSON name, if any. */
    public Optional<Field> child(String childName) {
        for (Field f : children) {
            if (f.name.equals(childName)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** True when this field holds the node's IRI rather than a property value. */
    public boolean isId() {
        return ID.equals(rdfProperty);
    }

    /** True when this field names the JSON-LD context. */
    public boolean isContext() {
        return CONTEXT.equals(rdfProperty);
    }

    /** True when this field holds the node's class. */
    public boolean isType() {
        return TYPE.equals(rdfProperty);
    }
}

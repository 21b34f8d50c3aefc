package org.opdl.schema.shape;

import org.opdl.model.definition.FieldType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opdl.model.definition.FieldDefinition;
import org.opdl.model.definition.StandardDefinition;
import org.opdl.model.text.Text;
import org.opdl.model.vocab.Iris;

/**
 * The tree of a listing's fields, built from the standard's field definition
 * ({@link StandardDefinition#listing()}). Readers and writers
 * of every format walk this tree instead of naming fields, so that a field added to the definition
 * is carried by every format without code changes.
 *
 * @param listing the root: an object field whose children are the listing's fields
 */
public record Shape(Field listing) {

    private static final class Standard {
        static final Shape INSTANCE = load();
    }

    /** The shape of a listing in this version of the standard. */
    public static Shape standard() {
        return Standard.INSTANCE;
    }

    /**
     * The RDF property that carries the value at a JSON pointer inside a listing: the property of
     * the deepest field the pointer names, skipping array indexes and language tags. An RDF
     * location names it as its predicate. Empty for the listing itself or a pointer to no field.
     */
    public String rdfProperty(String pointer) {
        Field field = listing;
        String property = "";
        for (String token : pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1)) {
            String name = token.replace("~1", "/").replace("~0", "~");
            Optional<Field> child = field.child(name);
            if (child.isEmpty()) {
                continue;
            }
            field = child.get();
            if (!field.rdfProperty().startsWith("@")) {
                property = field.rdfProperty();
            }
        }
        return property;
    }

    /** All fields that hold a value (not objects), depth first in definition order. */
    public List<Field> leaves() {
        List<Field> out = new ArrayList<>();
        collect(listing, out);
        return out;
    }

    private static void collect(Field f, List<Field> out) {
        for (Field c : f.children()) {
            if (c.type() == FieldType.OBJECT) {
                collect(c, out);
            } else {
                out.add(c);
            }
        }
    }

    private static Shape load() {
        return build(StandardDefinition.listing().fields());
    }

    /** Builds the tree from the definition's flat rows, whose dotted paths list parents first. */
    static Shape build(List<FieldDefinition> rows) {
        Map<String, List<Field>> childrenOf = new LinkedHashMap<>();
        childrenOf.put("", new ArrayList<>());
        for (FieldDefinition row : rows) {
            childrenOf.putIfAbsent(row.path(), new ArrayList<>());
        }
        for (int i = rows.size() - 1; i >= 0; i--) {
            FieldDefinition row = rows.get(i);
            List<Field> siblings = childrenOf.get(row.parent().orElse(""));
            if (siblings == null) {
                throw new IllegalStateException("no parent field for " + row.path());
            }
            List<Field> kids = childrenOf.get(row.path());
            Collections.reverse(kids);
            siblings.add(new Field(row.name(), row.path(), row.type(), row.scheme().orElse(""),
                    row.required(), row.repeat(), row.ordered(), property(row), row.heading().orElse(row.label()), kids));
        }
        List<Field> top = childrenOf.get("");
        Collections.reverse(top);
        return new Shape(new Field("", "", FieldType.OBJECT, "", true, false, false, "", new Text("", ""), top));
    }

    private static String property(FieldDefinition row) {
        if (row.isNodeId()) {
            return Field.ID;
        }
        if (row.isNodeType()) {
            return Field.TYPE;
        }
        if (row.isContextReference()) {
            return Field.CONTEXT;
        }
        return Iris.term(row.rdfProperty().orElseThrow(() -> new IllegalStateException(row.path() + " has no RDF property")));
    }
}

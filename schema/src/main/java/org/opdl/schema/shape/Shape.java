package org.opdl.schema.shape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opdl.model.data.DataTable;
import org.opdl.model.text.Text;
import org.opdl.model.vocab.Iris;

/**
 * The tree of a listing's fields, built from the standard's field definition. Readers and writers
 * of every format walk this tree instead of naming fields, so that a field added to the definition
 * is carried by every format without code changes.
 *
 * @param listing the root: an object field whose children are the listing's fields
 */
public record Shape(Field listing) {

    private static final String TABLE = "org/opdl/schema/shape/fields-provisional.csv";

    private static final class Standard {
        static final Shape INSTANCE = load();
    }

    /** The shape of a listing in this version of the standard. */
    public static Shape standard() {
        return Standard.INSTANCE;
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
        try (var in = Shape.class.getClassLoader().getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + TABLE);
            }
            DataTable table = DataTable.read(TABLE, in);
            return build(table.rows());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Builds the tree from flat definition rows whose paths are dotted, parents first. */
    static Shape build(List<DataTable.Row> rows) {
        Map<String, List<Field>> childrenOf = new LinkedHashMap<>();
        Map<String, DataTable.Row> byPath = new LinkedHashMap<>();
        childrenOf.put("", new ArrayList<>());
        for (DataTable.Row row : rows) {
            String path = row.required("path");
            byPath.put(path, row);
            childrenOf.putIfAbsent(path, new ArrayList<>());
        }
        List<String> paths = new ArrayList<>(byPath.keySet());
        for (int i = paths.size() - 1; i >= 0; i--) {
            String path = paths.get(i);
            DataTable.Row row = byPath.get(path);
            int dot = path.lastIndexOf('.');
            String parent = dot < 0 ? "" : path.substring(0, dot);
            List<Field> siblings = childrenOf.get(parent);
            if (siblings == null) {
                throw new IllegalStateException(TABLE + " line " + row.line() + ": no parent field for " + path);
            }
            List<Field> kids = childrenOf.get(path);
            java.util.Collections.reverse(kids);
            siblings.add(new Field(
                    path.substring(dot + 1),
                    path,
                    FieldType.of(row.required("type")),
                    row.get("scheme"),
                    Boolean.parseBoolean(row.get("required")),
                    Boolean.parseBoolean(row.get("repeat")),
                    Boolean.parseBoolean(row.get("ordered")),
                    property(row.get("rdf_property")),
                    new Text(row.get("csv_en"), row.get("csv_fr")),
                    kids));
        }
        List<Field> top = childrenOf.get("");
        java.util.Collections.reverse(top);
        return new Shape(new Field("", "", FieldType.OBJECT, "", true, false, false, "", new Text("", ""), top));
    }

    private static String property(String curie) {
        if (curie.startsWith("@")) {
            return curie;
        }
        if (curie.startsWith("opdl:")) {
            return Iris.term(curie.substring(5));
        }
        return curie;
    }
}

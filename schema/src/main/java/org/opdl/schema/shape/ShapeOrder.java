package org.opdl.schema.shape;

import org.opdl.model.definition.FieldType;
import org.opdl.model.field.Field;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Puts the fields of a listing in definition order, so that a listing read from a spreadsheet or
 * a graph prints the same way whatever order its columns or triples came in. Fields the
 * definition does not know keep their place after the known ones.
 */
public final class ShapeOrder {

    private ShapeOrder() {
    }

    /** A copy of {@code object} with its fields, and those of its nested objects, in the order of {@code shape}. */
    public static ObjectNode reorder(ObjectNode object, Field shape) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (Field f : shape.children()) {
            JsonNode v = object.get(f.name());
            if (v != null) {
                out.set(f.name(), nested(v, f));
            }
        }
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            if (!out.has(e.getKey())) {
                out.set(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    /**
     * A copy of {@code object} with its own fields in the order of {@code shape}, its nested objects
     * kept as they are: for a listing whose nested objects are each already in order, such as one
     * joined from the sheets of a workbook, at a fraction of the cost of {@link #reorder}.
     */
    public static ObjectNode reorderTop(ObjectNode object, Field shape) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (Field f : shape.children()) {
            JsonNode v = object.get(f.name());
            if (v != null) {
                out.set(f.name(), v);
            }
        }
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            if (!out.has(e.getKey())) {
                out.set(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    private static JsonNode nested(JsonNode v, Field f) {
        if (f.type() != FieldType.OBJECT) {
            return v;
        }
        if (v.isObject()) {
            return reorder((ObjectNode) v, f);
        }
        if (v.isArray()) {
            ArrayNode a = JsonNodeFactory.instance.arrayNode();
            for (JsonNode item : v) {
                a.add(item.isObject() ? reorder((ObjectNode) item, f) : item);
            }
            return a;
        }
        return v;
    }
}

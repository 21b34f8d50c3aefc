package org.opdl.validator.internal.schema;

import java.io.InputStream;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a schema into the same tree as a default {@code JsonMapper.readTree} would, with the
 * streaming parser only. The schema gate is compiled at every start of {@code opdl validate}, and the
 * data-binding mapper's set-up (its configuration defaults, date formats and string-concatenation
 * call sites) cost a cold start more than reading the schema itself.
 */
final class SchemaTree {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SchemaTree() {
    }

    /** The tree of the JSON document in {@code in}, which must hold exactly one value. */
    static JsonNode read(InputStream in) {
        try (JsonParser p = new JsonFactory().createParser(ObjectReadContext.empty(), in)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new IllegalArgumentException("the schema is empty");
            }
            JsonNode root = value(p);
            if (p.nextToken() != null) {
                throw new IllegalArgumentException("the schema has content after its value");
            }
            return root;
        }
    }

    /** The value whose first token is the parser's current one; as the mapper, a repeated name keeps its last value. */
    private static JsonNode value(JsonParser p) {
        return switch (p.currentToken()) {
            case START_OBJECT -> {
                ObjectNode node = NODES.objectNode();
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    node.set(name, value(p));
                }
                yield node;
            }
            case START_ARRAY -> {
                ArrayNode node = NODES.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    node.add(value(p));
                }
                yield node;
            }
            case VALUE_STRING -> NODES.stringNode(p.getString());
            case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
                case INT -> NODES.numberNode(p.getIntValue());
                case LONG -> NODES.numberNode(p.getLongValue());
                default -> NODES.numberNode(p.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(p.getDoubleValue());
            case VALUE_TRUE, VALUE_FALSE -> NODES.booleanNode(p.currentToken() == JsonToken.VALUE_TRUE);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new IllegalArgumentException("unexpected " + p.currentToken() + " in a schema");
        };
    }
}

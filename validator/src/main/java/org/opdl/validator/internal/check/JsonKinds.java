package org.opdl.validator.internal.check;

import tools.jackson.databind.JsonNode;

/** Names the JSON Schema type of a value, for messages. */
public final class JsonKinds {

    private JsonKinds() {
    }

    public static String of(JsonNode n) {
        if (n.isString()) {
            return "string";
        }
        if (n.isIntegralNumber()) {
            return "integer";
        }
        if (n.isNumber()) {
            return "number";
        }
        if (n.isBoolean()) {
            return "boolean";
        }
        if (n.isArray()) {
            return "array";
        }
        if (n.isObject()) {
            return "object";
        }
        return "null";
    }
}

package org.opdl.validator.rules;

import tools.jackson.databind.JsonNode;

/** Names the JSON Schema type of a value, for messages. */
final class JsonKinds {

    private JsonKinds() {
    }

    static String of(JsonNode n) {
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

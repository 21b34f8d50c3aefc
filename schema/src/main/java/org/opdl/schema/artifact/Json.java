package org.opdl.schema.artifact;

import tools.jackson.databind.JsonNode;

/** Parses and prints the JSON that generators make, the same way every time. */
final class Json {

    private Json() {
    }

    /** Parses JSON text from the definition, such as an example cell. */
    static JsonNode parse(String text) {
        return JsonSchemaGenerator.MAPPER.readTree(text);
    }

    /** Prints JSON with two-space indentation and a final newline. */
    static String pretty(JsonNode node) {
        return JsonSchemaGenerator.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
    }
}

package org.opdl.validator.rule;

import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * One JSON Schema error, reduced to what a rule needs to explain it.
 *
 * @param keyword the failing keyword, such as {@code required} or {@code additionalProperties}
 * @param pointer the JSON pointer of the failing value inside the listing
 * @param property the property the error names (missing or unknown), or empty
 * @param schema the failing keyword's value in the schema (the enum, the minimum...), or null
 * @param raw the validator's own message, kept for keywords no rule explains better
 */
public record SchemaError(String keyword, String pointer, String property, JsonNode schema, String raw) {

    /** Requires the keyword, pointer and property. */
    public SchemaError {
        Objects.requireNonNull(keyword, "keyword");
        Objects.requireNonNull(pointer, "pointer");
        property = property == null ? "" : property;
        raw = raw == null ? "" : raw;
    }
}

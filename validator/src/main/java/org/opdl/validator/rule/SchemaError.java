package org.opdl.validator.rule;

import java.util.Objects;
import java.util.Optional;
import org.opdl.model.definition.FieldDefinition;
import org.opdl.model.field.Field;
import org.opdl.model.text.Text;
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

    /** The definition of the field the error is at, if the standard has one. */
    public Optional<FieldDefinition> field(Listing listing) {
        return listing.standard().fields().at(pointer).map(Field::definition);
    }

    /** The label of the field the error is at, or its pointer when the standard has no such field. */
    public Text label(Listing listing) {
        return field(listing).map(FieldDefinition::label).orElse(new Text(pointer, pointer));
    }
}

package org.opdl.validator.rules;

import java.util.Set;
import org.opdl.model.definition.FieldType;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Text;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.SchemaError;
import org.opdl.validator.rule.SchemaRule;
import tools.jackson.databind.JsonNode;

/**
 * {@code opdl.structure.type}: a value of the wrong kind, such as a number where text belongs, or a
 * bare string where a text in each language ({@code {"en": …}}) belongs.
 */
final class TypeRule extends BaseRule implements SchemaRule {

    TypeRule() {
        super("opdl.structure.type", Severity.ERROR, Layer.STRUCTURE);
    }

    @Override
    public Set<String> keywords() {
        return Set.of("type");
    }

    @Override
    public void explain(SchemaError error, Listing listing, Emitter out) {
        var field = error.field(listing);
        Text label = error.label(listing);
        if (field.map(f -> f.type() == FieldType.DECIMAL).orElse(false) && listing.at(error.pointer()).isNumber()) {
            reportAs(out, "decimal", error.pointer(), label, listing.at(error.pointer()).asString());
            return;
        }
        if (field.map(f -> f.type() == FieldType.TEXT).orElse(false) && listing.at(error.pointer()).isString()) {
            reportAs(out, "text", error.pointer(), label, asJsonText(listing.at(error.pointer()).asString()));
            return;
        }
        String expected = error.schema() == null ? "" : error.schema().isArray()
                ? error.schema().get(0).asString() : error.schema().asString();
        report(out, error.pointer(), label, kind(expected), kind(jsonType(listing.at(error.pointer()))));
    }

    /** A bare string as it is written inside a JSON text, its first 60 characters when longer. */
    private static String asJsonText(String s) {
        String shown = s.length() > 60 ? s.substring(0, 60) + "…" : s;
        return shown.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** The JSON Schema type of a value, as {@link #kind} names it. */
    private static String jsonType(JsonNode n) {
        return n.isString() ? "string" : n.isIntegralNumber() ? "integer" : n.isNumber() ? "number"
                : n.isBoolean() ? "boolean" : n.isArray() ? "array" : n.isObject() ? "object" : "null";
    }

    static Text kind(String jsonType) {
        return switch (jsonType) {
            case "string" -> new Text("text", "du texte");
            case "integer" -> new Text("a whole number", "un nombre entier");
            case "number" -> new Text("a number", "un nombre");
            case "boolean" -> new Text("true or false", "true ou false");
            case "array" -> new Text("a list", "une liste");
            case "object" -> new Text("a group of fields", "un groupe de champs");
            case "null" -> new Text("null", "null");
            default -> new Text(jsonType, jsonType);
        };
    }
}

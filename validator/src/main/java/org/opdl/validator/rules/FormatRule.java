package org.opdl.validator.rules;

import java.util.Set;
import org.opdl.model.definition.FieldDefinition;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Text;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.SchemaError;
import org.opdl.validator.rule.SchemaRule;

/** {@code opdl.structure.format}: a value not written in its field's form (a date, a language tag, an id). */
final class FormatRule extends BaseRule implements SchemaRule {

    FormatRule() {
        super("opdl.structure.format", Severity.ERROR, Layer.STRUCTURE);
    }

    @Override
    public Set<String> keywords() {
        return Set.of("format", "pattern");
    }

    @Override
    public void explain(SchemaError error, Listing listing, Emitter out) {
        var field = error.field(listing);
        Text label = error.label(listing);
        String value = listing.at(error.pointer()).asString();
        var example = field.flatMap(FieldDefinition::example);
        if (example.isPresent()) {
            // The example is JSON text; a spreadsheet's cell takes the value without JSON's quotes.
            String shown = listing.inRows() ? unquoted(example.get()) : example.get();
            report(out, error.pointer(), value, label, shown);
        } else {
            reportAs(out, "noexample", error.pointer(), value, label);
        }
    }

    /** A JSON string's text without its quotes ({@code "2025-05-12"} as {@code 2025-05-12}); any other JSON as written. */
    private static String unquoted(String json) {
        return json.length() >= 2 && json.startsWith("\"") && json.endsWith("\"") && json.indexOf('\\') < 0
                ? json.substring(1, json.length() - 1) : json;
    }
}

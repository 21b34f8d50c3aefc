package org.opdl.validator.rules;

import java.util.Set;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Text;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.SchemaError;
import org.opdl.validator.rule.SchemaRule;

/**
 * {@code opdl.structure.invalid}: any other departure from the JSON Schema (a fixed value, a repeated
 * item, a choice of shapes). It explains the keywords no other structure rule claims.
 */
final class InvalidRule extends BaseRule implements SchemaRule {

    InvalidRule() {
        super("opdl.structure.invalid", Severity.ERROR, Layer.STRUCTURE);
    }

    @Override
    public Set<String> keywords() {
        return Set.of();
    }

    @Override
    public void explain(SchemaError error, Listing listing, Emitter out) {
        Text label = error.label(listing);
        switch (error.keyword()) {
            case "const" -> reportAs(out, "const", error.pointer(), label,
                    error.schema() == null ? "" : error.schema().asString());
            case "enum" -> reportAs(out, "enum", error.pointer(), label, error.schema() == null ? "" : error.schema().toString());
            case "uniqueItems" -> reportAs(out, "unique", error.pointer(), label);
            case "propertyNames" -> reportAs(out, "key", error.pointer(), label, badKey(error, listing));
            case "maxLength", "maxItems", "maxProperties" -> reportAs(out, "long", error.pointer(), label,
                    error.schema() == null ? "" : error.schema().asString());
            default -> report(out, error.pointer(), label, error.keyword());
        }
    }

    /**
     * The key that a {@code propertyNames} error is about: the schema library names it as the error's
     * property; failing that, the first key of the object that is not a language tag of the usual form.
     */
    private static String badKey(SchemaError error, Listing listing) {
        if (!error.property().isEmpty()) {
            return error.property();
        }
        for (String key : listing.at(error.pointer()).propertyNames()) {
            if (!key.matches("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*")) {
                return key;
            }
        }
        return "";
    }
}

package org.opdl.validator.rules;

import java.util.Set;
import org.opdl.model.finding.Severity;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.SchemaError;
import org.opdl.validator.rule.SchemaRule;

/** {@code opdl.structure.empty}: an empty text, list or group; the standard writes "none" by leaving a field out. */
final class EmptyRule extends BaseRule implements SchemaRule {

    EmptyRule() {
        super("opdl.structure.empty", Severity.ERROR, Layer.STRUCTURE);
    }

    @Override
    public Set<String> keywords() {
        return Set.of("minLength", "minItems", "minProperties");
    }

    @Override
    public void explain(SchemaError error, Listing listing, Emitter out) {
        if (error.pointer().isEmpty()) {
            // A listing with no field at all ({} on a line) has no field to name; the message names the listing.
            reportAs(out, "listing", "");
        } else {
            report(out, error.pointer(), error.label(listing));
        }
    }
}

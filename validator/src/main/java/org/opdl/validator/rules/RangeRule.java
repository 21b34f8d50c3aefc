package org.opdl.validator.rules;

import java.util.Set;
import org.opdl.model.definition.FieldDefinition;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Text;

/** {@code opdl.structure.range}: a number below its field's minimum or above its maximum. */
final class RangeRule extends BaseRule implements SchemaRule {

    RangeRule() {
        super("opdl.structure.range", Severity.ERROR, Layer.STRUCTURE);
    }

    @Override
    public Set<String> keywords() {
        return Set.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum");
    }

    @Override
    public void explain(SchemaError error, Listing listing, Emitter out) {
        var field = listing.standard().fields().at(error.pointer());
        Text label = field.map(FieldDefinition::label).orElse(new Text(error.pointer(), error.pointer()));
        String value = listing.at(error.pointer()).asString();
        String limit = error.schema() == null ? "" : error.schema().asString();
        String variant = error.keyword().toLowerCase(java.util.Locale.ROOT).contains("min") ? "below" : "above";
        reportAs(out, variant, error.pointer(), value, label, limit);
    }
}

package org.opdl.validator.rules;

import java.util.Locale;
import java.util.Set;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Text;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.SchemaError;
import org.opdl.validator.rule.SchemaRule;
import tools.jackson.databind.JsonNode;

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
        Text label = error.label(listing);
        JsonNode n = listing.at(error.pointer());
        // toString, never toPlainString: 1e1000000000 written out in full would take a gigabyte.
        String value = n.isNumber() ? n.numberValue().toString() : n.asString();
        String limit = error.schema() == null ? "" : error.schema().asString();
        String keyword = error.keyword().toLowerCase(Locale.ROOT);
        String variant = keyword.contains("min") ? "below" : keyword.contains("max") ? "above" : "";
        reportAs(out, variant, error.pointer(), value, label, limit);
    }
}

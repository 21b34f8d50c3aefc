package org.opdl.validator.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opdl.model.field.FieldHomes;
import org.opdl.model.field.JsonPointer;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Nearest;
import org.opdl.model.text.Text;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.SchemaError;
import org.opdl.validator.rule.SchemaRule;

/**
 * {@code opdl.structure.unknown-property}: a property the standard does not define here, with where
 * the standard has it, nearest first as RDF input says it ({@code places} on the listing belongs in
 * each intake), or the nearest name it does define here.
 */
final class UnknownPropertyRule extends BaseRule implements SchemaRule {

    UnknownPropertyRule() {
        super("opdl.structure.unknown-property", Severity.ERROR, Layer.STRUCTURE);
    }

    @Override
    public Set<String> keywords() {
        return Set.of("additionalProperties", "unevaluatedProperties");
    }

    @Override
    public void explain(SchemaError error, Listing listing, Emitter out) {
        String name = error.property();
        String pointer = JsonPointer.append(error.pointer(), name);
        Optional<Text> homes = FieldHomes.ofKey(listing.standard().fields(), error.pointer(), name);
        if (homes.isPresent()) {
            reportAs(out, "elsewhere", pointer, name, homes.get());
            return;
        }
        List<String> known = listing.standard().fields().namesIn(error.pointer());
        List<String> near = Nearest.among(name, known, 1);
        if (near.isEmpty()) {
            reportAs(out, "nohint", pointer, name);
        } else {
            report(out, pointer, name, near.get(0));
        }
    }

}

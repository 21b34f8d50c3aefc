package org.opdl.validator.rules;

import java.util.Set;
import org.opdl.model.definition.FieldDefinition;
import org.opdl.model.field.Field;
import org.opdl.model.field.JsonPointer;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Text;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.SchemaError;
import org.opdl.validator.rule.SchemaRule;
import tools.jackson.databind.JsonNode;

/**
 * {@code opdl.structure.required}: a required field is missing; the finding says what the field
 * means, and on a spreadsheet row that a blank cell is not read as the one above it, or, when the
 * field belongs to an optional group (an amount and its currency), which filled cell of the group
 * needs it.
 */
final class RequiredRule extends BaseRule implements SchemaRule {

    RequiredRule() {
        super("opdl.structure.required", Severity.ERROR, Layer.STRUCTURE);
    }

    @Override
    public Set<String> keywords() {
        return Set.of("required");
    }

    @Override
    public void explain(SchemaError error, Listing listing, Emitter out) {
        String name = error.property();
        String pointer = JsonPointer.append(error.pointer(), name);
        String parent = JsonPointer.dottedPath(error.pointer());
        var field = listing.standard().fields().field(parent.isEmpty() ? name : parent + "." + name).map(Field::definition);
        Text label = field.map(FieldDefinition::label).orElse(new Text(name, name));
        Text meaning = field.map(FieldDefinition::definition).orElse(new Text("", ""));
        if (!listing.inRows()) {
            reportAs(out, "", pointer, name, label, meaning);
            return;
        }
        // An optional group is there only because one of its cells is filled: that cell needs this one.
        boolean optionalGroup = !parent.isEmpty() && listing.standard().fields().field(parent)
                .map(f -> !f.definition().required()).orElse(false);
        String filled = optionalGroup ? firstFilled(listing.at(error.pointer())) : null;
        if (filled != null) {
            reportAs(out, "row.part", pointer, name, label, meaning, parent + "." + filled);
            return;
        }
        // A spreadsheet row often leaves a cell blank to mean "as above"; the row variant says it does not.
        reportAs(out, "row", pointer, name, label, meaning);
    }

    /**
     * The dotted path, within a group, of the first field given in it, or null when the group gives
     * none; into a filled sum of money down to its first cell ({@code amount.amount}, "Fee amount"),
     * as one cell is what the message names, not both columns of the sum.
     */
    private static String firstFilled(JsonNode group) {
        if (group == null || !group.isObject()) {
            return null;
        }
        var names = group.propertyNames().iterator();
        if (!names.hasNext()) {
            return null;
        }
        String name = names.next();
        String inner = firstFilled(group.get(name));
        return inner == null ? name : name + "." + inner;
    }
}

package org.opdl.schema.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opdl.model.field.Field;
import org.opdl.model.field.FieldTree;
import org.opdl.model.text.Text;

/**
 * Where the standard has a property that a node holds out of place: {@code opdl:places} written on
 * the listing belongs on the node that {@code opdl:intakes} names, {@code opdl:minAge} on an intake
 * belongs on the listing's eligibility. The field tree knows each property's home.
 */
final class PropertyHomes {

    private PropertyHomes() {
    }

    /** What a refusal says of a property out of place, and its fix. */
    record Words(Text what, Text fix) {
    }

    /**
     * The refusal's words for {@code property} out of place, what and fix, or empty when no field of
     * the listing has it.
     */
    static Optional<Words> of(FieldTree tree, String property) {
        List<Field> homes = tree.withProperty(property);
        if (homes.isEmpty()) {
            return Optional.empty();
        }
        List<Text> nodes = new ArrayList<>(homes.size());
        for (Field home : homes) {
            Field holder = home.parent().orElseThrow();
            Text node = holder.isRoot() ? RdfMessages.HOME_LISTING.text()
                    : RdfMessages.HOME_NODE.text(chain(holder), holder.label());
            if (!nodes.contains(node)) {
                nodes.add(node);
            }
        }
        String name = "opdl:" + homes.get(0).definition().rdfProperty().orElseThrow();
        return Optional.of(new Words(RdfMessages.PROPERTY_ELSEWHERE.text(name, nodes), RdfMessages.PROPERTY_ELSEWHERE_FIX.text(nodes)));
    }

    /** The properties from the listing down to {@code holder}, as a SPARQL property path: {@code opdl:fee/opdl:feeAmount}. */
    private static String chain(Field holder) {
        StringBuilder path = new StringBuilder();
        for (Field f = holder; !f.isRoot(); f = f.parent().orElseThrow()) {
            path.insert(0, (path.length() == 0 ? "" : "/")).insert(0, "opdl:" + f.definition().rdfProperty().orElseThrow());
        }
        return path.toString();
    }
}

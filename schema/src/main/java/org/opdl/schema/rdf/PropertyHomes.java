package org.opdl.schema.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opdl.model.field.Field;
import org.opdl.model.field.FieldHomes;
import org.opdl.model.field.FieldTree;
import org.opdl.model.text.Text;

/**
 * Where the standard has a property that a node holds out of place: {@code opdl:places} written on
 * the listing belongs on the node that {@code opdl:intakes} names, {@code opdl:minAge} on an intake
 * belongs on the listing's eligibility. The field tree knows each property's home, and
 * {@link FieldHomes} orders and names them as the JSON readers do.
 * JSON-LD is answered with the keys its author wrote ({@code intakes.places}), other syntaxes with
 * RDF terms.
 */
final class PropertyHomes {

    private PropertyHomes() {
    }

    /** What a refusal says of a property out of place, whole, and its fix. */
    record Words(Text what, Text fix) {
    }

    /**
     * The refusal's words for {@code property} out of place on the node of {@code writtenOn}, what
     * and fix, in JSON-LD keys when {@code jsonLd}, or empty when no field of the listing has it.
     */
    static Optional<Words> of(FieldTree tree, String property, Field writtenOn, boolean jsonLd) {
        List<Field> homes = FieldHomes.nearestFirst(tree.withProperty(property), writtenOn);
        if (homes.isEmpty()) {
            return Optional.empty();
        }
        List<Text> places = new ArrayList<>(homes.size());
        for (Field home : homes) {
            Text place = jsonLd ? new Text(home.path(), home.path()) : node(home.parent().orElseThrow());
            if (!places.contains(place)) {
                places.add(place);
            }
        }
        Text named = FieldHomes.named(places);
        if (jsonLd) {
            return Optional.of(new Words(RdfMessages.KEY_ELSEWHERE.text(homes.get(0).name(), named),
                    RdfMessages.KEY_ELSEWHERE_FIX.text(named)));
        }
        String name = "opdl:" + homes.get(0).definition().rdfProperty().orElseThrow();
        Text fix = places.size() > FieldHomes.NAMED ? RdfMessages.PROPERTY_ELSEWHERE_FIX_NEAREST.text(named)
                : RdfMessages.PROPERTY_ELSEWHERE_FIX.text(named);
        return Optional.of(new Words(RdfMessages.CONVERT_UNMAPPABLE_GRAPH_HOLDS.text(RdfMessages.PROPERTY_ELSEWHERE.text(name, named)), fix));
    }

    private static Text node(Field holder) {
        return holder.isRoot() ? RdfMessages.HOME_LISTING.text() : RdfMessages.HOME_NODE.text(chain(holder), holder.label());
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

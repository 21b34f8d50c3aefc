package org.opdl.model.field;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opdl.model.text.Bundle;
import org.opdl.model.text.Lang;
import org.opdl.model.text.Text;

/**
 * Where the standard has a field that a listing writes out of place: {@code places} on the listing
 * belongs in each intake, {@code minAge} in an intake belongs in the eligibility. Every reader that
 * refuses such a field, JSON or RDF, names its homes the same way: the homes nearest the object the
 * field was written in first, and only the {@value #NAMED} nearest, the others counted.
 */
public final class FieldHomes {

    /** How many homes a message names; the others are counted. */
    public static final int NAMED = 3;

    private FieldHomes() {
    }

    /**
     * The homes of a JSON key written in the object at {@code objectPointer}, by dotted path and
     * nearest first, named as {@link #named} does; empty when no field of the tree has that name.
     */
    public static Optional<Text> ofKey(FieldTree tree, String objectPointer, String key) {
        Field writtenOn = objectPointer.isEmpty() ? tree.root() : tree.at(objectPointer).orElse(tree.root());
        List<Field> homes = nearestFirst(tree.named(key), writtenOn);
        return homes.isEmpty() ? Optional.empty() : Optional.of(named(homes.stream().map(Field::path).toList()));
    }

    /**
     * The homes ordered by how many steps of the field tree lead from the object written in to the
     * object each belongs in: a child of that object first, then a sibling; ties keep the tree's order.
     */
    public static List<Field> nearestFirst(List<Field> homes, Field writtenOn) {
        Map<Field, Integer> depthOf = new IdentityHashMap<>();
        for (Field f = writtenOn; f != null; f = f.parent().orElse(null)) {
            depthOf.put(f, f.depth());
        }
        List<Field> sorted = new ArrayList<>(homes);
        sorted.sort(Comparator.comparingInt(home -> steps(home.parent().orElseThrow(), writtenOn, depthOf)));
        return sorted;
    }

    /**
     * The places joined with commas, or when there are more than {@value #NAMED} the first of them
     * and how many others there are: "streams.places, intakes.places",
     * "stipend.amount.currency, stipend.minimum.currency, stipend.programShare.currency and 10 other places".
     */
    public static Text named(List<?> places) {
        if (places.size() <= NAMED) {
            return new Text(Bundle.format("{0}", Lang.EN, places), Bundle.format("{0}", Lang.FR, places));
        }
        List<?> first = places.subList(0, NAMED);
        int others = places.size() - NAMED;
        return others == 1 ? FieldMessages.HOMES_AND_ONE_OTHER.text(first) : FieldMessages.HOMES_AND_OTHERS.text(first, others);
    }

    private static int steps(Field holder, Field writtenOn, Map<Field, Integer> ancestors) {
        for (Field f = holder; f != null; f = f.parent().orElse(null)) {
            Integer common = ancestors.get(f);
            if (common != null) {
                return holder.depth() - common + writtenOn.depth() - common;
            }
        }
        return Integer.MAX_VALUE;
    }
}

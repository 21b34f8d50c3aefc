package org.opdl.schema.shape;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * For one dataset or one output, the descriptions of each organisation id met so far that agree
 * with each other (see {@link OrganisationDescriptions#conflict}), each with the place it was first
 * given, of a type the caller chooses. The validator and the RDF writers both keep them here, so
 * that they refuse the same descriptions and name the same earlier place. It runs once per
 * organisation of every listing: a description met before is told first by its hash code (equal
 * descriptions have equal ones, whatever order their keys are written in), and only a new one is
 * compared field by field.
 *
 * @param <P> where a description was given, as the caller names it
 */
public final class AgreeingDescriptions<P> {

    /** A description no earlier one equals, its hash code and where it was first given. */
    private record Kept<P>(JsonNode description, int hash, P place) {
    }

    /**
     * An earlier description that a new one conflicts with: where it was, and the JSON pointer inside
     * the descriptions (such as {@code /name/en}) of the first value the two give differently.
     */
    public record Conflict<P>(P earlier, String pointer) {
    }

    private final Map<String, List<Kept<P>>> byId = new HashMap<>();

    /**
     * Notes {@code description} of the organisation {@code id}: the earlier description it conflicts
     * with, or null after keeping it, with the place {@code place} gives, when it agrees with them all.
     * Each kept description agrees with every other, so one equal to a kept one needs no more checks;
     * the place is asked for only when a description is kept.
     */
    public Conflict<P> note(String id, JsonNode description, Supplier<P> place) {
        List<Kept<P>> kept = byId.computeIfAbsent(id, k -> new ArrayList<>(1));
        int hash = description.hashCode();
        for (Kept<P> k : kept) {
            if (k.hash() == hash && k.description().equals(description)) {
                return null;
            }
        }
        for (Kept<P> k : kept) {
            var differs = OrganisationDescriptions.conflict(k.description(), description);
            if (differs.isPresent()) {
                return new Conflict<>(k.place(), differs.get());
            }
        }
        kept.add(new Kept<>(description.deepCopy(), hash, place.get()));
        return null;
    }
}

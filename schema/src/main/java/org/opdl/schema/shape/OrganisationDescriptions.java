package org.opdl.schema.shape;

import java.util.Map;
import java.util.Optional;
import org.opdl.model.field.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one definition of when two descriptions of an organisation with the same id conflict, shared
 * by the validator ({@code opdl.dataset.organization-conflict}) and the RDF writers. RDF names such
 * an organisation by its id, so its descriptions meet in one node: a description that only lacks
 * values the other gives (no French name, no website) merges into the fuller one without harm, but
 * two different values for one field (two English names, two websites) would make a node that
 * cannot be read back as either listing wrote it.
 */
public final class OrganisationDescriptions {

    private OrganisationDescriptions() {
    }

    /**
     * The place, as a JSON pointer inside the description (such as {@code /name/en} or
     * {@code /website}), of the first value that {@code first} and {@code second} both give and give
     * differently; empty when they agree, one perhaps giving values the other leaves out. The ids
     * themselves are not compared: the caller has matched them, perhaps as a CURIE and an IRI.
     */
    public static Optional<String> conflict(JsonNode first, JsonNode second) {
        return conflict(first, second, "", true);
    }

    /**
     * Adds to {@code fuller} every value of {@code other} that it leaves out, for descriptions that
     * do not {@link #conflict}: the description that RDF's one node holds.
     */
    public static void addMissing(ObjectNode fuller, JsonNode other) {
        for (Map.Entry<String, JsonNode> e : other.properties()) {
            JsonNode mine = fuller.get(e.getKey());
            if (mine == null) {
                fuller.set(e.getKey(), e.getValue().deepCopy());
            } else if (mine.isObject() && e.getValue().isObject()) {
                addMissing((ObjectNode) mine, e.getValue());
            }
        }
    }

    private static Optional<String> conflict(JsonNode first, JsonNode second, String pointer, boolean top) {
        if (!first.isObject() || !second.isObject()) {
            return first.equals(second) ? Optional.empty() : Optional.of(pointer);
        }
        for (Map.Entry<String, JsonNode> e : first.properties()) {
            JsonNode other = second.get(e.getKey());
            if (other == null || top && e.getKey().equals("id")) {
                continue;
            }
            Optional<String> inside = conflict(e.getValue(), other, JsonPointer.append(pointer, e.getKey()), false);
            if (inside.isPresent()) {
                return inside;
            }
        }
        return Optional.empty();
    }
}

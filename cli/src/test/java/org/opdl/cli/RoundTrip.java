package org.opdl.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Compares listings with unordered arrays as sets; only {@code workingLanguages} and {@code intakes} keep their order. */
final class RoundTrip {

    private static final Set<String> ORDERED = Set.of("workingLanguages", "intakes");

    private RoundTrip() {
    }

    static JsonNode canonical(JsonNode n) {
        if (!n.isObject()) {
            return n;
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        n.properties().forEach(e -> {
            JsonNode v = e.getValue();
            if (v.isArray()) {
                List<JsonNode> items = new ArrayList<>();
                v.forEach(i -> items.add(canonical(i)));
                if (!ORDERED.contains(e.getKey())) {
                    items.sort(Comparator.comparing(JsonNode::toString));
                }
                out.putArray(e.getKey()).addAll(items);
            } else {
                out.set(e.getKey(), canonical(v));
            }
        });
        return out;
    }
}

package org.opdl.schema.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The items and groups a row left empty because cells in them could not be read: removed, since an
 * empty intake or location says nothing, and the finding on each cell already says why.
 */
final class EmptyItems {

    private EmptyItems() {
    }

    /** Removes the empty objects and arrays under {@code node}, deepest first. */
    static void prune(JsonNode node) {
        if (node instanceof ObjectNode o) {
            List<String> empty = new ArrayList<>();
            for (Map.Entry<String, JsonNode> e : o.properties()) {
                prune(e.getValue());
                if (e.getValue().isContainer() && e.getValue().isEmpty()) {
                    empty.add(e.getKey());
                }
            }
            o.remove(empty);
        } else if (node instanceof ArrayNode a) {
            for (int i = a.size() - 1; i >= 0; i--) {
                prune(a.get(i));
                if (a.get(i).isContainer() && a.get(i).isEmpty()) {
                    a.remove(i);
                }
            }
        }
    }
}

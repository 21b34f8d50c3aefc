package org.opdl.schema.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fees of a row written as free ("free", "gratuit", "none"), held until the row is read and then
 * turned into what the standard says for them: the fee is left out and its absence stated
 * ({@code no-application-fee}, {@code no-tuition}, or {@code no-fees} when every fee is free), so
 * that "free" does not become "not stated".
 */
final class FreeFeeCells {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The items of the row's fees written as free, in order. */
    private final TreeSet<Integer> items = new TreeSet<>();

    /** Holds fee item {@code k} as free; true the first time the row names it. */
    boolean hold(int k) {
        return items.add(k);
    }

    /** Forgets the free fees of the row before. */
    void clear() {
        items.clear();
    }

    /** Leaves the row's free fees out of {@code listing} and states their absence. */
    void apply(ObjectNode listing) {
        if (items.isEmpty()) {
            return;
        }
        ArrayNode fees = listing.get("fees") instanceof ArrayNode a ? a : NODES.arrayNode();
        List<String> none = new ArrayList<>();
        boolean untyped = false;
        for (int k : items.descendingSet()) {
            String type = k < fees.size() ? fees.get(k).path("feeType").asString("") : "";
            switch (type) {
                case "application-fee" -> none.add(0, "no-application-fee");
                case "tuition" -> none.add(0, "no-tuition");
                default -> untyped = true;
            }
            if (k < fees.size()) {
                fees.remove(k);
            }
        }
        if (fees.isEmpty()) {
            listing.remove("fees");
            if (untyped) {
                none.add(0, "no-fees");
            }
        }
        ArrayNode stated = listing.withArray("statedNone");
        for (String code : none) {
            if (stated.valueStream().noneMatch(v -> v.asString("").equals(code))) {
                stated.add(code);
            }
        }
        if (stated.isEmpty()) {
            listing.remove("statedNone");
        }
    }
}

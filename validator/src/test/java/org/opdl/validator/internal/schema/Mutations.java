package org.opdl.validator.internal.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Damages a listing in one random place, the way real files go wrong: a field dropped, a value of
 * the wrong kind, an empty value, a code or a date or an address badly written, a property added.
 */
final class Mutations {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Replacement values, from plausible to hostile. */
    private static final List<JsonNode> VALUES = List.of(
            NODES.stringNode(""), NODES.stringNode(" "), NODES.stringNode("zzz"), NODES.stringNode("Mentorship"),
            NODES.stringNode("2025-13-45"), NODES.stringNode("2025-02-30"), NODES.stringNode("2025-03-01"),
            NODES.stringNode("2025-03-01T10:00:00"), NODES.stringNode("2025-03-01T10:00:00-05:00"),
            NODES.stringNode("a b@c"), NODES.stringNode("info@example.org"), NODES.stringNode("not a uri"),
            NODES.stringNode("ftp://example.org/x"), NODES.stringNode("https://example.org/a b"),
            NODES.stringNode("https://example.org/programs"), NODES.stringNode("listing:cmpa/x"),
            NODES.stringNode("provider:cmpa"), NODES.stringNode("1500.00"), NODES.stringNode("1,500"),
            NODES.stringNode("CAD"), NODES.stringNode("cad"), NODES.stringNode("en"), NODES.stringNode("P20W"),
            NODES.stringNode("CA-ON"), NODES.stringNode("mid-career"), NODES.stringNode("\u200b"),
            NODES.numberNode(0), NODES.numberNode(-1), NODES.numberNode(1), NODES.numberNode(1.5),
            NODES.numberNode(1.0), NODES.numberNode(99999999999L), NODES.booleanNode(true), NODES.nullNode(),
            NODES.arrayNode(), NODES.objectNode());

    private record Slot(JsonNode parent, String key, int index) {
    }

    private Mutations() {
    }

    static void apply(ObjectNode listing, Random random) {
        List<Slot> slots = new ArrayList<>();
        collect(listing, slots);
        if (slots.isEmpty()) {
            return;
        }
        Slot slot = slots.get(random.nextInt(slots.size()));
        JsonNode current = slot.key() != null ? slot.parent().get(slot.key()) : slot.parent().get(slot.index());
        switch (random.nextInt(6)) {
            case 0 -> remove(slot);
            case 1 -> {
                if (current.isObject()) {
                    ((ObjectNode) current).put(random.nextBoolean() ? "notes" : "en", "Extra");
                } else {
                    set(slot, VALUES.get(random.nextInt(VALUES.size())));
                }
            }
            case 2 -> {
                if (current.isArray() && !current.isEmpty()) {
                    ((ArrayNode) current).add(current.get(0).deepCopy());
                } else {
                    set(slot, NODES.arrayNode().add(current.deepCopy()));
                }
            }
            case 3 -> {
                if (current.isString()) {
                    set(slot, NODES.stringNode(current.stringValue() + (random.nextBoolean() ? " " : "x")));
                } else {
                    set(slot, NODES.stringNode(current.toString()));
                }
            }
            default -> set(slot, VALUES.get(random.nextInt(VALUES.size())));
        }
    }

    private static void collect(JsonNode node, List<Slot> out) {
        if (node.isObject()) {
            for (String key : node.propertyNames()) {
                out.add(new Slot(node, key, -1));
                collect(node.get(key), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.add(new Slot(node, null, i));
                collect(node.get(i), out);
            }
        }
    }

    private static void remove(Slot slot) {
        if (slot.key() != null) {
            ((ObjectNode) slot.parent()).remove(slot.key());
        } else {
            ((ArrayNode) slot.parent()).remove(slot.index());
        }
    }

    private static void set(Slot slot, JsonNode value) {
        if (slot.key() != null) {
            ((ObjectNode) slot.parent()).set(slot.key(), value.deepCopy());
        } else {
            ((ArrayNode) slot.parent()).set(slot.index(), value.deepCopy());
        }
    }
}

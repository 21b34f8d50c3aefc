package org.opdl.validator.rule;

import java.util.ArrayList;
import java.util.List;
import org.opdl.validator.rule.Listing.Value;
import tools.jackson.databind.JsonNode;

/**
 * The values of the standard's fields in one listing, each with its pointer, found when first
 * asked for and kept in an array by field number. The fields most rules ask for in every listing
 * (codes, free text, links, currencies) are found all in one walk of the tree (see
 * {@link FieldTrie}), so fields sharing a prefix such as {@code fees} share the walk down to it; the
 * others are searched for one by one. Belongs to one listing, and so to one thread at a time.
 */
final class FieldValues {

    private final JsonNode node;
    private final Fields fields;
    private final List<Value>[] byField;
    /** Whether the fields of the trie have been found. */
    private boolean walked;

    FieldValues(JsonNode node, Fields fields) {
        this.node = node;
        this.fields = fields;
        this.byField = newLists(fields.pathCount());
    }

    @SuppressWarnings("unchecked")
    static List<Value>[] newLists(int size) {
        return (List<Value>[]) new List<?>[size];
    }

    /** Every value of a field of the standard; the list is kept, and callers only read it. */
    List<Value> of(FieldPath field) {
        List<Value> known = byField[field.index()];
        if (known != null) {
            return known;
        }
        if (field.walked()) {
            if (!walked) {
                walked = true;
                walk(node, null, fields.walked().children, byField);
            }
            known = byField[field.index()];
            return known != null ? known : List.of();
        }
        known = search(node, field);
        byField[field.index()] = known;
        return known;
    }

    /** The values of a dotted path that is not the standard's, searched for and not kept. */
    static List<Value> search(JsonNode node, String path) {
        return search(node, new FieldPath(null, PathSegments.of(path), 0, false));
    }

    /** The values of one field, found by walking a trie of that field alone. */
    private static List<Value> search(JsonNode node, FieldPath field) {
        List<Value>[] out = newLists(field.index() + 1);
        walk(node, null, FieldTrie.of(List.of(field)).children, out);
        return out[field.index()] == null ? List.of() : List.copyOf(out[field.index()]);
    }

    /**
     * Finds the values under {@code at} of the fields below a node of the trie, into {@code out} by
     * field number: arrays on the way are expanded, and a pointer is built only for a value that is
     * there (most fields of the standard are absent from any one listing), from strings built once
     * for the run until an array is met ({@code base} is null until then).
     */
    private static void walk(JsonNode at, String base, FieldTrie[] below, List<Value>[] out) {
        for (FieldTrie t : below) {
            JsonNode child = at.get(t.name);
            if (child == null) {
                continue;
            }
            String p = base == null ? t.pointer() : base + "/" + t.escaped();
            if (child.isArray()) {
                for (int i = 0; i < child.size(); i++) {
                    String item = base == null && i < PathSegments.ITEMS ? t.item(i) : p + "/" + i;
                    JsonNode value = child.get(i);
                    if (t.end != null) {
                        add(out, t.end, new Value(item, value));
                    }
                    if (t.children.length > 0 && value.isObject()) {
                        walk(value, item, t.children, out);
                    }
                }
            } else {
                if (t.end != null) {
                    add(out, t.end, new Value(p, child));
                }
                if (t.children.length > 0 && child.isObject()) {
                    walk(child, base == null ? null : p, t.children, out);
                }
            }
        }
    }

    private static void add(List<Value>[] out, FieldPath field, Value v) {
        List<Value> to = out[field.index()];
        if (to == null) {
            to = new ArrayList<>(2);
            out[field.index()] = to;
        }
        to.add(v);
    }
}

package org.opdl.validator.rules;

import java.util.ArrayList;
import java.util.List;
import org.opdl.validator.rules.Listing.Value;
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
                walk();
                known = byField[field.index()];
            }
            return known != null ? known : List.of();
        }
        known = found(collect(node, null, field.segments(), 0, null));
        byField[field.index()] = known;
        return known;
    }

    private void walk() {
        walked = true;
        walk(node, null, fields.walked().children);
    }

    /**
     * Finds the values under {@code at} of the fields below a node of the trie, as {@link #collect}
     * finds one field's: arrays on the way are expanded, and a pointer is built only for a value
     * that is there, from strings built once for the run until an array is met.
     */
    private void walk(JsonNode at, String base, FieldTrie[] below) {
        for (FieldTrie t : below) {
            JsonNode child = at.get(t.name);
            if (child == null) {
                continue;
            }
            String p = base == null ? t.pointer : base + "/" + t.escaped;
            if (child.isArray()) {
                for (int i = 0; i < child.size(); i++) {
                    String item = base == null && i < PathSegments.ITEMS ? t.items[i] : p + "/" + i;
                    JsonNode value = child.get(i);
                    if (t.end != null) {
                        add(t.end, new Value(item, value));
                    }
                    if (t.children.length > 0 && value.isObject()) {
                        walk(value, item, t.children);
                    }
                }
            } else {
                if (t.end != null) {
                    add(t.end, new Value(p, child));
                }
                if (t.children.length > 0 && child.isObject()) {
                    walk(child, base == null ? null : p, t.children);
                }
            }
        }
    }

    private void add(FieldPath field, Value v) {
        List<Value> to = byField[field.index()];
        if (to == null) {
            to = new ArrayList<>(2);
            byField[field.index()] = to;
        }
        to.add(v);
    }

    /** The values of a dotted path that is not the standard's, searched for and not kept. */
    static List<Value> search(JsonNode node, String path) {
        return found(collect(node, null, PathSegments.of(path), 0, null));
    }

    private static List<Value> found(List<Value> collected) {
        return collected == null ? List.of() : List.copyOf(collected);
    }

    /**
     * Walks the tree along the path's segments, expanding arrays, and builds a pointer only for a
     * value that is there: most fields of the standard are absent from any one listing, and an
     * absent one costs a map look-up and no allocation. Until an array is met ({@code base} is
     * null) the pointer is the path's own, built once for the run. Returns {@code out}, made when
     * the first value is found.
     */
    private static List<Value> collect(JsonNode at, String base, PathSegments segments, int depth, List<Value> out) {
        JsonNode child = at.isObject() ? at.get(segments.name(depth)) : null;
        if (child == null) {
            return out;
        }
        String p = base == null ? segments.pointer(depth) : base + "/" + segments.escaped(depth);
        boolean leaf = depth + 1 == segments.size();
        if (child.isArray()) {
            for (int i = 0; i < child.size(); i++) {
                String item = base == null && i < PathSegments.ITEMS ? segments.item(depth, i) : p + "/" + i;
                JsonNode value = child.get(i);
                if (leaf) {
                    out = add(out, new Value(item, value));
                } else {
                    out = collect(value, item, segments, depth + 1, out);
                }
            }
            return out;
        }
        return leaf ? add(out, new Value(p, child)) : collect(child, base == null ? null : p, segments, depth + 1, out);
    }

    private static List<Value> add(List<Value> out, Value v) {
        List<Value> to = out == null ? new ArrayList<>(2) : out;
        to.add(v);
        return to;
    }
}

package org.opdl.validator.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields that rules ask for in every listing (codes, free text, links, currencies), arranged by
 * path, so that one walk of a listing finds the values of them all: fields that share a prefix,
 * such as {@code fees.feeType} and {@code fees.amount.currency}, share the walk down to it. A node
 * is one property name on the way; its pointers are built once for the run where no array lies
 * above it.
 */
final class FieldTrie {

    /** The property name, interned as the reader interns names; null at the root. */
    final String name;
    /** The name in JSON pointer form. */
    final String escaped;
    /** The field whose path ends here, or null. */
    final FieldPath end;
    /** The property names below this one. */
    final FieldTrie[] children;
    /** The pointer of this node when no array lies above it. */
    final String pointer;
    /** The pointers of its first {@value PathSegments#ITEMS} items, when it is an array with no array above it. */
    final String[] items;

    private FieldTrie(String name, String escaped, FieldPath end, FieldTrie[] children, String pointer) {
        this.name = name;
        this.escaped = escaped;
        this.end = end;
        this.children = children;
        this.pointer = pointer;
        this.items = new String[PathSegments.ITEMS];
        for (int k = 0; k < items.length; k++) {
            items[k] = pointer + "/" + k;
        }
    }

    /** The trie of the given fields; the root stands for the listing itself. */
    static FieldTrie of(List<FieldPath> fields) {
        return build(null, null, "", fields, 0);
    }

    private static FieldTrie build(String name, String escaped, String pointer, List<FieldPath> fields, int depth) {
        FieldPath end = null;
        Map<String, List<FieldPath>> below = new LinkedHashMap<>();
        for (FieldPath f : fields) {
            if (f.segments().size() == depth) {
                end = f;
            } else {
                below.computeIfAbsent(f.segments().name(depth), k -> new ArrayList<>()).add(f);
            }
        }
        List<FieldTrie> children = new ArrayList<>();
        for (Map.Entry<String, List<FieldPath>> e : below.entrySet()) {
            PathSegments s = e.getValue().get(0).segments();
            children.add(build(s.name(depth), s.escaped(depth), s.pointer(depth), e.getValue(), depth + 1));
        }
        return new FieldTrie(name, escaped, end, children.toArray(new FieldTrie[0]), pointer);
    }
}

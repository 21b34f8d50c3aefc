package org.opdl.validator.rule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fields arranged by path, so that one walk of a listing finds the values of them all: fields that
 * share a prefix, such as {@code fees.feeType} and {@code fees.amount.currency}, share the walk down
 * to it. A node is one property name on the way; its pointers are those its fields' split paths
 * ({@link PathSegments}) built once for the run.
 */
final class FieldTrie {

    /** The property name, interned as the reader interns names; null at the root. */
    final String name;
    /** The field whose path ends here, or null. */
    final FieldPath end;
    /** The property names below this one. */
    final FieldTrie[] children;
    /** The split path of a field through this node, and this node's place in it. */
    private final PathSegments segments;
    private final int level;

    private FieldTrie(PathSegments segments, int level, FieldPath end, FieldTrie[] children) {
        this.segments = segments;
        this.level = level;
        this.name = segments == null ? null : segments.name(level);
        this.end = end;
        this.children = children;
    }

    /** The trie of the given fields; the root stands for the listing itself. */
    static FieldTrie of(List<FieldPath> fields) {
        return build(null, -1, fields);
    }

    private static FieldTrie build(PathSegments segments, int level, List<FieldPath> fields) {
        FieldPath end = null;
        Map<String, List<FieldPath>> below = new LinkedHashMap<>();
        for (FieldPath f : fields) {
            if (f.segments().size() == level + 1) {
                end = f;
            } else {
                below.computeIfAbsent(f.segments().name(level + 1), k -> new ArrayList<>()).add(f);
            }
        }
        List<FieldTrie> children = new ArrayList<>();
        for (List<FieldPath> group : below.values()) {
            children.add(build(group.get(0).segments(), level + 1, group));
        }
        return new FieldTrie(segments, level, end, children.toArray(new FieldTrie[0]));
    }

    /** The name in JSON pointer form. */
    String escaped() {
        return segments.escaped(level);
    }

    /** The pointer of this node when no array lies above it. */
    String pointer() {
        return segments.pointer(level);
    }

    /** The pointer of item {@code k} (below {@link PathSegments#ITEMS}) when this node is an array with none above it. */
    String item(int k) {
        return segments.item(level, k);
    }
}

package org.opdl.validator.rule;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A field's dotted path split into its property names once, with each name's JSON pointer form
 * ({@code ~} and {@code /} escaped). The standard has a fixed set of paths, so the splits are kept
 * for the whole run and shared between threads.
 */
final class PathSegments {

    /** Paths are the standard's own; the bound only guards against a caller passing input as a path. */
    private static final int CACHE_LIMIT = 4096;
    private static final Map<String, PathSegments> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, String[]> STEPS = new ConcurrentHashMap<>();

    private final String[] names;
    private final String[] escaped;
    private final String[] pointers;
    /** The pointers of the first {@value #ITEMS} items of an array at each depth, on a plain path. */
    private final String[][] items;

    /** How many items of an array have their pointers built in advance. */
    static final int ITEMS = 16;

    private PathSegments(String path) {
        // Interned, as the reader interns property names, so that look-ups match by identity.
        names = path.split("\\.");
        for (int i = 0; i < names.length; i++) {
            names[i] = names[i].intern();
        }
        escaped = new String[names.length];
        pointers = new String[names.length];
        String pointer = "";
        for (int i = 0; i < names.length; i++) {
            escaped[i] = names[i].replace("~", "~0").replace("/", "~1");
            pointer = pointer + "/" + escaped[i];
            pointers[i] = pointer;
        }
        items = new String[names.length][ITEMS];
        for (int i = 0; i < names.length; i++) {
            for (int k = 0; k < ITEMS; k++) {
                items[i][k] = pointers[i] + "/" + k;
            }
        }
    }

    static PathSegments of(String path) {
        PathSegments known = CACHE.get(path);
        if (known != null) {
            return known;
        }
        PathSegments made = new PathSegments(path);
        if (CACHE.size() < CACHE_LIMIT) {
            CACHE.putIfAbsent(path, made);
        }
        return made;
    }

    /**
     * The reference tokens of a JSON pointer without escapes, such as {@code intakes}, {@code 0}
     * and {@code startDate} for {@code /intakes/0/startDate}; the empty pointer has none.
     */
    static String[] steps(String pointer) {
        String[] known = STEPS.get(pointer);
        if (known != null) {
            return known;
        }
        String[] made = pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1);
        for (int i = 0; i < made.length; i++) {
            made[i] = made[i].intern();
        }
        if (STEPS.size() < CACHE_LIMIT) {
            STEPS.putIfAbsent(pointer, made);
        }
        return made;
    }

    int size() {
        return names.length;
    }

    String name(int i) {
        return names[i];
    }

    String escaped(int i) {
        return escaped[i];
    }

    /**
     * The pointer of the first {@code i + 1} names when no array lies on the way, such as
     * {@code /provider/name}; built once, so its hash is too.
     */
    String pointer(int i) {
        return pointers[i];
    }

    /** The pointer of item {@code k} (below {@link #ITEMS}) of the array at {@link #pointer(int) pointer(i)}. */
    String item(int i, int k) {
        return items[i][k];
    }
}

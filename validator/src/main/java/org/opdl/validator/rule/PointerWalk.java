package org.opdl.validator.rule;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * Finds the value at a JSON pointer by walking its split tokens. Compiling a pointer for every
 * look-up dominated profiles; the rules' pointers are few and fixed, so their splits are kept for
 * the run, shared by every listing, up to a bound that input cannot pass.
 */
final class PointerWalk {

    private static final Map<String, String[]> STEPS = new ConcurrentHashMap<>();
    private static final int STEPS_LIMIT = 4096;

    private PointerWalk() {
    }

    /** The value at {@code pointer} in {@code root}, or null when there is none. */
    static JsonNode walk(JsonNode root, String pointer) {
        if (pointer.indexOf('~') >= 0) {
            JsonNode n = root.at(pointer);
            return n.isMissingNode() ? null : n;
        }
        JsonNode current = root;
        for (String part : steps(pointer)) {
            if (current.isArray()) {
                int i = index(part);
                current = i < 0 ? null : current.get(i);
            } else {
                current = current.get(part);
            }
            if (current == null) {
                break;
            }
        }
        return current;
    }

    /**
     * The reference tokens of a pointer without escapes, such as {@code intakes}, {@code 0} and
     * {@code startDate} for {@code /intakes/0/startDate}; the empty pointer has none.
     */
    private static String[] steps(String pointer) {
        String[] known = STEPS.get(pointer);
        if (known != null) {
            return known;
        }
        String[] made = pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1);
        for (int i = 0; i < made.length; i++) {
            made[i] = made[i].intern();
        }
        if (STEPS.size() < STEPS_LIMIT) {
            STEPS.putIfAbsent(pointer, made);
        }
        return made;
    }

    private static int index(String part) {
        return part.isEmpty() || part.length() > 9 ? -1 : IsoDates.digits(part, 0, part.length());
    }
}

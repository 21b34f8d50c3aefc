package org.opdl.model.governance;

import java.util.List;

/**
 * The class of one change and the message key of its reason.
 *
 * @param level patch, minor or major
 * @param reason the key under {@code reason.} in the {@code changes} bundle
 * @param extra values the reason names after those of the change itself ({4}, {5}, ... of a changed cell)
 */
record Classed(ChangeLevel level, String reason, List<String> extra) {

    Classed {
        extra = List.copyOf(extra);
    }

    static Classed patch(String reason) {
        return new Classed(ChangeLevel.PATCH, reason, List.of());
    }

    static Classed minor(String reason) {
        return new Classed(ChangeLevel.MINOR, reason, List.of());
    }

    static Classed major(String reason) {
        return new Classed(ChangeLevel.MAJOR, reason, List.of());
    }
}

package org.opdl.model.governance;

/**
 * The class of one change and the message key of its reason.
 *
 * @param level patch, minor or major
 * @param reason the key under {@code reason.} in the {@code changes} bundle
 */
record Classed(ChangeLevel level, String reason) {

    static Classed patch(String reason) {
        return new Classed(ChangeLevel.PATCH, reason);
    }

    static Classed minor(String reason) {
        return new Classed(ChangeLevel.MINOR, reason);
    }

    static Classed major(String reason) {
        return new Classed(ChangeLevel.MAJOR, reason);
    }
}

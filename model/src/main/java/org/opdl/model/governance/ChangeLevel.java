package org.opdl.model.governance;

/**
 * How much a change to the standard matters to the people who use it, as OCDS classes its changes.
 * The order runs from the least to the most: a later constant needs a bigger version bump.
 */
public enum ChangeLevel {
    /** Wording only: labels, definitions, notes; nothing valid becomes invalid and no meaning moves. */
    PATCH,
    /** Additive: a new optional field, a new code, a new mapping; what was valid stays valid. */
    MINOR,
    /** Breaking: valid data becomes invalid, or a consumer reads a different meaning. */
    MAJOR;

    /** The more serious of two levels. */
    ChangeLevel max(ChangeLevel other) {
        return other.compareTo(this) > 0 ? other : this;
    }
}

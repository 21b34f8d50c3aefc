package org.opdl.model.stage;

import org.opdl.model.text.Text;

/** A producer's figures that no real record can have: a negative number, or more credits than works. */
public final class InvalidRecordException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Why the figures were rejected. */
    public enum Reason {
        /** A figure is below zero. */
        NEGATIVE,
        /** There are more professional credits than completed works. */
        CREDITS_EXCEED_WORKS
    }

    private final Reason reason;
    private final transient Text text;

    InvalidRecordException(Reason reason, int works, int credits, int years) {
        this(reason, describe(reason, works, credits));
    }

    private InvalidRecordException(Reason reason, Text text) {
        super(text.en());
        this.reason = reason;
        this.text = text;
    }

    /** Why the figures were rejected. */
    public Reason reason() {
        return reason;
    }

    /** The explanation in English and French. */
    public Text text() {
        return text;
    }

    private static Text describe(Reason reason, int works, int credits) {
        if (reason == Reason.NEGATIVE) {
            return StageMessages.INVALID_RECORD_EXCEPTION_FIGURES_MUST_WHOLE.text();
        }
        return StageMessages.INVALID_RECORD_EXCEPTION_PROFESSIONAL_CREDITS_BUT.text(credits, works);
    }
}

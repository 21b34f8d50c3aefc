package org.opdl.validator;

import org.opdl.model.text.Text;

/** Thrown when options name a rule the validator does not have; the message suggests the nearest id. */
public final class UnknownRuleException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient Text text;

    /** Creates the exception with its message in English and French. */
    public UnknownRuleException(Text text) {
        super(text.en());
        this.text = text;
    }

    /** The message in English and French. */
    public Text text() {
        return text;
    }
}

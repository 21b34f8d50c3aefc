package org.opdl.validator;

import org.opdl.model.text.Text;

/**
 * Thrown when options name a rule the validator does not have (the message suggests the nearest id),
 * or turn off or lower a rule whose finding means a file could not be read.
 */
public final class RuleOptionException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient Text text;

    /** Creates the exception with its message in English and French. */
    public RuleOptionException(Text text) {
        super(text.en());
        this.text = text;
    }

    /** The message in English and French. */
    public Text text() {
        return text;
    }
}

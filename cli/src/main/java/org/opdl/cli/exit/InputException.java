package org.opdl.cli.exit;

import org.opdl.model.text.Text;

/**
 * Input that cannot be read at all: a missing file, no permission, an unknown format. It ends the
 * command with exit code 3 and one line naming the file and the fix.
 */
public final class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Text text;

    /** Creates the error with its message in English and French. */
    public InputException(Text text) {
        super(text.en());
        this.text = text;
    }

    /** The message in English and French. */
    public Text text() {
        return text;
    }
}

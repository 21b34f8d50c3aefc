package org.opdl.cli.exit;

import org.opdl.model.text.Text;

/**
 * A usage error found after picocli parsed the arguments, such as an unknown scheme or an
 * impossible set of figures. It ends the command with exit code 2 and one line in the chosen
 * language.
 */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Text text;

    /** Creates the error with its message in English and French. */
    public UsageException(Text text) {
        super(text.en());
        this.text = text;
    }

    /** The message in English and French. */
    public Text text() {
        return text;
    }
}

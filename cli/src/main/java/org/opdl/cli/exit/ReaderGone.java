package org.opdl.cli.exit;

/**
 * The program reading standard output went away ({@code opdl … -o - | head}). The command stops
 * without a word, as a Unix tool ended by SIGPIPE does, and exits with {@link ExitCode#READER_GONE}:
 * nothing is wrong with the input, and no one is left to read the rest.
 */
public final class ReaderGone extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the signal; it carries no message, as nothing is said. */
    public ReaderGone() {
        super(null, null, false, false);
    }
}

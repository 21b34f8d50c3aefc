package org.opdl.model.data;

/**
 * A mistake in the standard's own definition files, such as a missing label. It names the table
 * and line so that whoever edited the file can mend it; the build's tests turn it into a failure.
 */
public final class DefinitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The one-based line, or 0 when unknown. */
    private final int line;
    /** The reason without the place. */
    private final String detail;

    /** Creates the exception for a table, a one-based line (0 when unknown) and a reason. */
    public DefinitionException(String table, int line, String reason) {
        super("standard/" + table + (line > 0 ? ":" + line : "") + ": " + reason);
        this.line = line;
        this.detail = reason;
    }

    /**
     * Creates the exception for a table whose CSV could not be parsed at a one-based line; {@code cause}
     * is the parser's own error, so that a tool can tell a broken file from a broken row.
     */
    public DefinitionException(String table, int line, String reason, Throwable cause) {
        this(table, line, reason);
        initCause(cause);
    }

    /** The one-based line of the mistake, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** The reason, without the table and line. */
    public String detail() {
        return detail;
    }
}

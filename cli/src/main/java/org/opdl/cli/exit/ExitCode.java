package org.opdl.cli.exit;

/**
 * The one table of exit codes that every {@code opdl} command uses. The README shows the same
 * table; a test keeps the two in step.
 */
public final class ExitCode {

    /** Success: nothing at or above the failure threshold. */
    public static final int OK = 0;
    /** Findings at or above the failure threshold, or, for a lookup, nothing found. */
    public static final int FINDINGS = 1;
    /** A usage error: an unknown option, a bad value, a missing argument. */
    public static final int USAGE = 2;
    /** Input that cannot be read at all: a missing file, no permission, an unknown format. */
    public static final int INPUT = 3;
    /** An internal error: a bug in opdl, reported without a stack trace unless asked for. */
    public static final int INTERNAL = 4;
    /**
     * The program reading standard output went away: 128 + 13, the status a shell shows for a tool ended
     * by SIGPIPE, so that {@code set -o pipefail} sees it as it sees {@code cat} or {@code grep} stopped so.
     */
    public static final int READER_GONE = 141;

    private ExitCode() {
    }
}

package org.opdl.cli.progress;

/**
 * Whether standard error is a terminal. Java cannot ask that of standard error alone, so the
 * {@code opdl} launcher tests it ({@code [ -t 2 ]}) and passes {@code -Dopdl.stderr.tty=true|false}.
 * Without the launcher it is taken not to be: a console (standard input and output both terminals)
 * says nothing of standard error, which may be a log file that carriage returns would clutter.
 */
public final class Terminal {

    private Terminal() {
    }

    /** True when standard error is taken to be a terminal. */
    public static boolean stderr() {
        return Boolean.getBoolean("opdl.stderr.tty");
    }
}

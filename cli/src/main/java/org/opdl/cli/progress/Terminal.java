package org.opdl.cli.progress;

/**
 * Whether standard error is a terminal. Java cannot ask that of standard error alone, so the
 * {@code opdl} launcher tests it ({@code [ -t 2 ]}) and passes {@code -Dopdl.stderr.tty=true|false};
 * without the launcher, a console (standard input and output both terminals) is taken as the sign.
 */
public final class Terminal {

    private Terminal() {
    }

    /** True when standard error is taken to be a terminal. */
    public static boolean stderr() {
        String told = System.getProperty("opdl.stderr.tty");
        if (told != null) {
            return Boolean.parseBoolean(told);
        }
        return System.console() != null;
    }
}

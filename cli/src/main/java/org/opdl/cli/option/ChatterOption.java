package org.opdl.cli.option;

import org.opdl.cli.exit.UsageException;
import picocli.CommandLine.Option;

/**
 * The {@code --quiet} and {@code --verbose} options of commands that work on files. Quiet silences
 * the progress line and every message that is not an error; verbose adds timings. Neither changes
 * what goes to standard output or into files.
 */
public final class ChatterOption {

    @Option(names = {"-q", "--quiet"}, description = "Print nothing on standard error but errors: no progress, notes or summary.")
    private boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Also print timings on standard error.")
    private boolean verbose;

    /** True when only errors may be printed. */
    public boolean quiet() {
        check();
        return quiet;
    }

    /** True when timings are wanted. */
    public boolean verbose() {
        check();
        return verbose;
    }

    private void check() {
        if (quiet && verbose) {
            throw new UsageException(OptionMessages.CHATTER_OPTION_QUIET_VERBOSE_CANNOT.text());
        }
    }
}

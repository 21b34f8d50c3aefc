package org.opdl.cli.serve;

import java.io.PrintWriter;

/**
 * The {@code opdl} tool run in this process, as {@code Main.run} runs it: the page's classifier and
 * lookup answer with the commands' own words. Handed in by the command line, which owns it.
 */
@FunctionalInterface
public interface Tool {

    /** Runs {@code opdl args…}, writing to {@code out} and {@code err}, and returns the exit code. */
    int run(PrintWriter out, PrintWriter err, String... args);
}

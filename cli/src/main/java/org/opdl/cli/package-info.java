/**
 * The {@code opdl} command-line tool. {@link org.opdl.cli.Main} wires picocli, maps failures to
 * the one table of exit codes in {@link org.opdl.cli.exit.ExitCode}, and hands every piece of work to
 * the library modules; the commands themselves stay thin.
 */
package org.opdl.cli;

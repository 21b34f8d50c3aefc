package org.opdl.cli.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code opdl standard}: the tools of the people who govern the standard's tables. */
@Command(name = "standard", mixinStandardHelpOptions = true,
        description = "Tools for governing the standard: check an edited copy of its tables, and compare two versions.",
        subcommands = {StandardCheckCommand.class, StandardDiffCommand.class})
public final class StandardCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

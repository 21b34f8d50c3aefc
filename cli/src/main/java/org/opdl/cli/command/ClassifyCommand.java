package org.opdl.cli.command;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code opdl classify}: see the command's description. */
@Command(name = "classify", mixinStandardHelpOptions = true, description = "Not available yet.")
public final class ClassifyCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        return 4;
    }
}

package org.opdl.cli.command;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code opdl vocab}: see the command's description. */
@Command(name = "vocab", mixinStandardHelpOptions = true, description = "Not available yet.")
public final class VocabCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        return 4;
    }
}

package org.opdl.cli.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.opdl.cli.exit.ExitCode;
import org.opdl.cli.option.LangOption;
import org.opdl.cli.output.AtomicOutput;
import org.opdl.schema.csv.CsvTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code opdl template}: writes the spreadsheet form with its headings and one example row. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Write an empty listings spreadsheet (CSV) with every heading and one filled example row.")
public final class TemplateCommand implements Callable<Integer> {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "The file to write, or - for standard output (the default).")
    private Path output;

    @Option(names = "--force", description = "Replace FILE if it is a regular file that exists.")
    private boolean force;

    @Mixin
    private LangOption langOption;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try (AtomicOutput out = AtomicOutput.open(output, java.util.List.of(), force, spec.commandLine().getOut())) {
            CsvTemplate.write(out.stream(), langOption.lang());
            out.commit();
        }
        return ExitCode.OK;
    }
}

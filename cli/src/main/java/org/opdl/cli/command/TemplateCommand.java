package org.opdl.cli.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.opdl.cli.exit.ExitCode;
import org.opdl.cli.exit.UsageException;
import org.opdl.cli.option.LangOption;
import org.opdl.cli.output.AtomicOutput;
import org.opdl.cli.output.OutputName;
import org.opdl.schema.convert.Formats;
import org.opdl.schema.csv.CsvTemplate;
import org.opdl.schema.xlsx.XlsxTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code opdl template}: writes the spreadsheet form with its headings and one example row, as CSV
 * or as a workbook with a Read me sheet, a sheet per repeated thing and dropdowns.
 */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Write an empty listings spreadsheet (CSV, or an XLSX workbook with --to xlsx) with every heading and one filled example row.")
public final class TemplateCommand implements Callable<Integer> {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "The file to write, or - for standard output (the default).")
    private Path output;

    @Option(names = "--to", paramLabel = "csv|xlsx",
            description = "The kind of spreadsheet (default: from the extension of -o, else csv).")
    private String to;

    @Option(names = "--force", description = "Replace FILE if it is a regular file that exists.")
    private boolean force;

    @Mixin
    private LangOption langOption;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        boolean workbook = workbook();
        if (workbook && output == null) {
            throw new UsageException(CommandMessages.TEMPLATE_WORKBOOK_CANNOT_WRITTEN.text());
        }
        OutputFailures.told(output, watch -> {
            try (AtomicOutput out = AtomicOutput.open(output, List.of(), force, spec.commandLine().getOut())) {
                if (workbook) {
                    XlsxTemplate.write(watch.of(out.stream()), langOption.lang());
                } else {
                    CsvTemplate.write(watch.of(out.stream()), langOption.lang());
                }
                out.commit();
            }
        });
        return ExitCode.OK;
    }

    private boolean workbook() {
        String kind = to != null ? to.strip().toLowerCase(Locale.ROOT)
                : output != null && output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx") ? "xlsx" : "csv";
        if (!kind.equals("csv") && !kind.equals("xlsx")) {
            throw new UsageException(CommandMessages.TEMPLATE_UNKNOWN_TEMPLATE_FORMAT.text(to));
        }
        OutputName.agree(output, "template", "--to", to, kind, Formats.named(kind).orElseThrow().extensions(), InputFormats::byExtension);
        return kind.equals("xlsx");
    }
}

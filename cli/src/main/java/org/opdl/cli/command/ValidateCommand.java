package org.opdl.cli.command;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.opdl.cli.exit.ExitCode;
import org.opdl.cli.exit.UsageException;
import org.opdl.cli.input.Input;
import org.opdl.cli.option.ChatterOption;
import org.opdl.cli.option.LangOption;
import org.opdl.cli.option.InputOptions;
import org.opdl.cli.option.ReportFormatOption;
import org.opdl.cli.output.StandardOutput;
import org.opdl.cli.progress.Progress;
import org.opdl.cli.progress.ProgressLine;
import org.opdl.cli.progress.Terminal;
import org.opdl.model.text.Lang;
import org.opdl.schema.format.Format;
import org.opdl.schema.format.Limits;
import org.opdl.validator.RuleOptionException;
import org.opdl.validator.ValidationOptions;
import org.opdl.validator.ValidationRun;
import org.opdl.validator.Validator;
import org.opdl.validator.report.HtmlRenderer;
import org.opdl.validator.report.JsonRenderer;
import org.opdl.validator.report.Report;
import org.opdl.validator.report.SarifRenderer;
import org.opdl.validator.report.TextRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code opdl validate}: checks listing files against the standard and reports what is wrong. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check listing files (json, ndjson, csv, xlsx, ttl, nt, jsonld, rdfxml) against the standard: syntax, "
                + "structure, vocabulary and the rules across fields. Exit 1 when a finding is at or above --fail-on.")
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The files to check, or - for standard input.")
    private List<String> files;

    @Option(names = "--fail-on", paramLabel = "error|warning|info", defaultValue = "error",
            description = "The least serious finding that makes the run fail (default: ${DEFAULT-VALUE}).")
    private String failOn;

    @Option(names = "--rule", paramLabel = "ID=off|error|warning|info",
            description = "Turn a rule off or change its severity; repeatable. `opdl rules` lists the ids.")
    private List<String> rules = List.of();

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The date date rules compare against, as YYYY-MM-DD from 1900-01-01 to 2999-12-31 (default: today).")
    private String asOf;

    @Option(names = "--max-shown", paramLabel = "N", defaultValue = "10",
            description = "Findings shown per rule in text and html output, 1 or more (default: ${DEFAULT-VALUE}).")
    private int maxShown;

    @Option(names = "--annotate", paramLabel = "COPY.xlsx",
            description = "Also write a copy of the one workbook checked, with each finding as a note on its cell, "
                    + "the cell coloured by severity, and a Findings sheet linking to the cells. The workbook itself is never changed.")
    private Path annotate;

    @Option(names = "--force", description = "Let --annotate replace COPY.xlsx if it is a regular file that exists.")
    private boolean force;

    @Mixin
    private LangOption langOption;

    @Mixin
    private ReportFormatOption formatOption;

    @Mixin
    private InputOptions inputOptions;

    @Mixin
    private ChatterOption chatter;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Lang lang = langOption.lang();
        ValidationOptions options = ValidationSettings.of(asOf, failOn, rules,
                annotate == null || maxShown < 1 ? maxShown : Math.max(maxShown, ValidationSettings.KEPT), inputOptions.limits());
        Validator validator;
        try {
            validator = Validator.standard(options);
        } catch (RuleOptionException e) {
            throw new UsageException(e.text());
        }
        inputOptions.from();
        List<Input> inputs = Input.of(files);
        if (annotate != null) {
            WorkbookNotes.requireOneWorkbook(inputs, annotate);
        }
        long total = inputs.stream().anyMatch(Input::stdin) ? -1 : inputs.stream().mapToLong(Input::size).sum();
        Limits limits = inputOptions.limits();
        PrintWriter err = spec.commandLine().getErr();
        Report report;
        double checking;
        try (Progress progress = new Progress(err, lang, total, !chatter.quiet() && Terminal.stderr());
                ValidationRun run = validator.start()) {
            for (Input input : inputs) {
                try (InputStream raw = progress.count(input.open(System.in));
                        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16)) {
                    Format format = progress.count(inputOptions.format(input.name(), in));
                    run.file(input.name(), format.reader(limits), in);
                }
            }
            report = run.finish();
            checking = progress.seconds();
            if (chatter.verbose()) {
                progress.clear();
                err.println(ProgressLine.timings(lang, CommandMessages.VALIDATE_VALIDATED.text().in(lang), progress.listings(), checking));
            }
        }
        if (annotate != null) {
            int notes = WorkbookNotes.write(report, inputs.get(0), annotate, force, lang, spec.commandLine().getOut());
            if (!chatter.quiet()) {
                err.println(CommandMessages.VALIDATE_OPDL_ANNOTATED_COPY.text(annotate, notes).in(lang));
            }
        }
        long renderStart = System.nanoTime();
        PrintWriter out = spec.commandLine().getOut();
        switch (formatOption.format()) {
            case json -> new JsonRenderer(lang).render(report, StandardOutput.keptOpen(out));
            case sarif -> new SarifRenderer(lang, validator.registry(), version(spec)).render(report, StandardOutput.keptOpen(out));
            case html -> new HtmlRenderer(lang, maxShown, version(spec), LocalDate.now()).render(report, StandardOutput.keptOpen(out));
            default -> new TextRenderer(lang, System.console() != null && System.getenv("NO_COLOR") == null,
                    maxShown).render(report, out);
        }
        out.println();
        StandardOutput.check(out);
        if (chatter.verbose()) {
            double s = (System.nanoTime() - renderStart) / 1e9;
            String seconds = String.format(Locale.ROOT, "%.2f", s);
            err.println(CommandMessages.VALIDATE_OPDL_REPORT_WRITTEN.text(seconds, seconds.replace('.', ',')).in(lang));
        }
        return report.fails(options.failOn()) ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private static String version(CommandSpec spec) {
        String[] lines = spec.root().version();
        String first = lines.length == 0 ? "opdl unknown" : lines[0];
        return first.substring(first.indexOf(' ') + 1);
    }
}

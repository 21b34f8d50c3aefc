package org.opdl.cli.command;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opdl.cli.exit.ExitCode;
import org.opdl.cli.exit.InputException;
import org.opdl.cli.exit.UsageException;
import org.opdl.cli.input.Input;
import org.opdl.cli.option.ChatterOption;
import org.opdl.cli.option.LangOption;
import org.opdl.cli.option.InputOptions;
import org.opdl.cli.output.AtomicOutput;
import org.opdl.cli.output.OutputName;
import org.opdl.cli.progress.Progress;
import org.opdl.cli.progress.Terminal;
import org.opdl.model.definition.StandardDefinition;
import org.opdl.model.text.Lang;
import org.opdl.model.text.Text;
import org.opdl.schema.format.Format;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ReaderRule;
import org.opdl.schema.migrate.Migration;
import org.opdl.validator.ValidationOptions;
import org.opdl.validator.ValidationRun;
import org.opdl.validator.Validator;
import org.opdl.validator.landscape.Landscape;
import org.opdl.validator.landscape.LandscapeReport;
import org.opdl.validator.landscape.LandscapeTally;
import org.opdl.validator.report.FileSummary;
import org.opdl.model.finding.Severity;
import org.opdl.validator.report.Occurrence;
import org.opdl.validator.report.Report;
import org.opdl.validator.rule.Standard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code opdl report}: the landscape of a dataset's programs, with its gaps, wordings and data quality. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Report the landscape of a dataset's programs: counts and shares by type, career stage, region, "
                + "delivery, language, target group, unit, cost and status; the gaps; how stages are worded; the data quality; "
                + "beside the industry report's figures.",
            "Listings with an error are validated, counted in the data quality and left out of the other figures; "
                + "the report says how many and why. Exit 0 once the report is written; exit 3 for a file of OPDL 0.1 (migrate it first)."})
public final class ReportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DATASET", description = "The dataset files (any format opdl reads), or - for standard input.")
    private List<String> files;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "The report file, or - for standard output (the default).")
    private Path output;

    @Option(names = "--force", description = "Replace FILE if it is a regular file that exists.")
    private boolean force;

    @Option(names = "--format", paramLabel = "html|md|json",
            description = "The report's form: an HTML page with charts, Markdown, or JSON with every figure "
                + "(default: from the extension of -o, else html).")
    private String format;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The date date rules compare against, as YYYY-MM-DD (default: today).")
    private String asOf;

    @Mixin
    private LangOption langOption;

    @Mixin
    private InputOptions inputOptions;

    @Mixin
    private ChatterOption chatter;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Lang lang = langOption.lang();
        LandscapeReport.Form form = form();
        Limits limits = inputOptions.limits();
        ValidationOptions options = ValidationSettings.of(asOf, "error", List.of(), 1, limits);
        inputOptions.from();
        Validator validator = Validator.standard(options);
        List<Input> inputs = Input.of(files);
        long total = inputs.stream().anyMatch(Input::stdin) ? -1 : inputs.stream().mapToLong(Input::size).sum();
        PrintWriter err = spec.commandLine().getErr();
        LandscapeTally tally = new LandscapeTally(Standard.standard());
        Report report;
        try (Progress progress = new Progress(err, lang, total, !chatter.quiet() && Terminal.stderr());
                ValidationRun run = validator.start().observe(tally)) {
            for (Input input : inputs) {
                try (InputStream raw = progress.count(input.open(System.in));
                        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16)) {
                    Format f = progress.count(inputOptions.format(input.name(), in));
                    run.file(input.name(), f.reader(limits), in);
                }
            }
            report = run.finish();
        }
        for (FileSummary file : report.files()) {
            if (!file.complete()) {
                throw new InputException(stopped(report, file.source()));
            }
        }
        earlierVersion(report).ifPresent(source -> {
            throw new InputException(CommandMessages.REPORT_EARLIER_VERSION.text(source, Migration.FROM, StandardDefinition.version()));
        });
        if (report.listings() == 0) {
            throw new InputException(CommandMessages.REPORT_HOLDS_NO_LISTING.text(String.join(", ", files)));
        }
        // What a reader changed on the way (a guessed encoding, a normalised label) is said, as convert says it.
        Notes notes = new Notes(err, lang, chatter.quiet(), () -> { });
        report.groups().stream().filter(g -> ReaderRule.byId(g.ruleId()).isPresent())
                .flatMap(g -> g.shown().stream()).map(Occurrence::finding)
                .filter(f -> f.severity() != Severity.ERROR).forEach(notes);
        notes.summary();
        Landscape landscape = tally.landscape();
        List<Path> paths = inputs.stream().map(Input::path).filter(Objects::nonNull).toList();
        OutputFailures.told(output, watch -> {
            try (AtomicOutput out = AtomicOutput.open(output, paths, force, spec.commandLine().getOut())) {
                OutputStream stream = watch.of(out.stream());
                stream.write(LandscapeReport.render(landscape, form, lang).getBytes(StandardCharsets.UTF_8));
                stream.flush();
                out.commit();
            }
        });
        if (!chatter.quiet()) {
            long included = landscape.included();
            long left = landscape.listings() - included;
            err.println(CommandMessages.REPORT_OPDL_REPORTED_LISTING
                    .text(included, left, lang.grouped(included), lang.grouped(left)).in(lang));
        }
        return ExitCode.OK;
    }

    /** The error that stopped reading {@code source}: a report without the rest of the file would look whole. */
    private static Text stopped(Report report, String source) {
        return report.groups().stream()
                .filter(g -> ReaderRule.byId(g.ruleId()).map(ReaderRule::stopsFile).orElse(false))
                .flatMap(g -> g.shown().stream()).map(Occurrence::finding)
                .filter(f -> f.location().source().equals(source)).findFirst()
                .map(f -> Notes.line(source, f.location(), CommandMessages.REPORT_FILE_STOPPED.text(f.message()), f.fix()))
                .orElseGet(() -> CommandMessages.REPORT_FILE_UNREAD.text(source));
    }

    /**
     * The first file written for 0.1, whose figures would be wrong: a 0.1 listing without fees was
     * free, where the landscape counts it as "not stated".
     */
    private static Optional<String> earlierVersion(Report report) {
        return report.groups().stream().filter(g -> g.ruleId().equals(ReaderRule.VERSION_FOUND.id()))
                .flatMap(g -> g.shown().stream()).map(o -> o.finding().location().source()).findFirst();
    }

    /** The form: --format, else the one -o's extension names, else HTML; never one -o is not named for. */
    private LandscapeReport.Form form() {
        LandscapeReport.Form form;
        try {
            form = format != null ? LandscapeReport.Form.named(format)
                    : OutputName.extension(output).flatMap(ReportCommand::formNamed).orElse(LandscapeReport.Form.HTML);
        } catch (IllegalArgumentException e) {
            throw new UsageException(CommandMessages.REPORT_FORMAT_MUST_HTML.text(format));
        }
        String name = form.name().toLowerCase(Locale.ROOT);
        List<String> own = form == LandscapeReport.Form.HTML ? List.of("html", "htm")
                : form == LandscapeReport.Form.MD ? List.of("md", "markdown") : List.of("json");
        OutputName.agree(output, "report", "--format", format, name, own,
                ext -> formNamed(ext).map(f -> f.name().toLowerCase(Locale.ROOT)).or(() -> InputFormats.byExtension(ext)));
        return form;
    }

    /** The report form a file extension names, if any. */
    private static Optional<LandscapeReport.Form> formNamed(String extension) {
        return switch (extension) {
            case "html", "htm" -> Optional.of(LandscapeReport.Form.HTML);
            case "md", "markdown" -> Optional.of(LandscapeReport.Form.MD);
            case "json" -> Optional.of(LandscapeReport.Form.JSON);
            default -> Optional.empty();
        };
    }
}

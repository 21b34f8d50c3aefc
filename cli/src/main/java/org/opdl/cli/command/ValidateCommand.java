package org.opdl.cli.command;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.opdl.cli.exit.ExitCode;
import org.opdl.cli.exit.InputException;
import org.opdl.cli.exit.UsageException;
import org.opdl.cli.option.FormatOption;
import org.opdl.cli.option.LangOption;
import org.opdl.cli.option.LimitsOption;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Lang;
import org.opdl.model.text.Text;
import org.opdl.schema.format.Format;
import org.opdl.schema.format.Limits;
import org.opdl.validator.RuleOptionException;
import org.opdl.validator.ValidationOptions;
import org.opdl.validator.ValidationRun;
import org.opdl.validator.Validator;
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
        description = "Check listing files (json, ndjson, csv, ttl, nt, jsonld, rdfxml) against the standard: syntax, "
                + "structure, vocabulary and the rules across fields. Exit 1 when a finding is at or above --fail-on.")
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The files to check.")
    private List<Path> files;

    @Option(names = "--from", paramLabel = "FORMAT",
            description = "The format of every FILE (default: from each file's extension, then its content).")
    private String from;

    @Option(names = "--fail-on", paramLabel = "error|warning|info", defaultValue = "error",
            description = "The least serious finding that makes the run fail (default: ${DEFAULT-VALUE}).")
    private String failOn;

    @Option(names = "--rule", paramLabel = "ID=off|error|warning|info",
            description = "Turn a rule off or change its severity; repeatable. `opdl rules` lists the ids.")
    private List<String> rules = List.of();

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The date date rules compare against, as YYYY-MM-DD (default: today).")
    private String asOf;

    @Option(names = "--max-shown", paramLabel = "N", defaultValue = "10",
            description = "Findings shown per rule in text output (default: ${DEFAULT-VALUE}).")
    private int maxShown;

    @Mixin
    private LangOption langOption;

    @Mixin
    private FormatOption formatOption;

    @Mixin
    private LimitsOption limitsOption;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Lang lang = langOption.lang();
        ValidationOptions options = options();
        Validator validator;
        try {
            validator = Validator.standard(options);
        } catch (RuleOptionException e) {
            throw new UsageException(e.text());
        }
        for (Path file : files) {
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new InputException(new Text("cannot read " + file + ": no such readable file",
                        "impossible de lire " + file + " : fichier absent ou illisible"));
            }
        }
        if (from != null) {
            InputFormats.named(from);
        }
        Limits limits = limitsOption.limits();
        Report report;
        try (ValidationRun run = validator.start()) {
            for (Path file : files) {
                try (InputStream raw = Files.newInputStream(file);
                        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16)) {
                    Format format = InputFormats.of(from, file.toString(), in);
                    run.file(file.toString(), format.reader(limits), in);
                }
            }
            report = run.finish();
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (formatOption.format()) {
            case json -> new JsonRenderer(lang).render(report, out);
            case sarif -> new SarifRenderer(lang, validator.registry(), version(spec)).render(report, out);
            default -> new TextRenderer(lang, System.console() != null && System.getenv("NO_COLOR") == null,
                    Math.max(1, maxShown)).render(report, out);
        }
        out.println();
        out.flush();
        return report.fails(options.failOn()) ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private ValidationOptions options() {
        LocalDate date = LocalDate.now();
        if (asOf != null) {
            try {
                date = LocalDate.parse(asOf);
            } catch (DateTimeParseException e) {
                throw new UsageException(new Text("--as-of takes a date as YYYY-MM-DD, not \"" + asOf + "\"",
                        "--as-of prend une date AAAA-MM-JJ, et non « " + asOf + " »"));
            }
        }
        ValidationOptions o = ValidationOptions.defaults(date).withFailOn(severity("--fail-on", failOn));
        try {
            o = o.withLimits(limitsOption.limits());
        } catch (IllegalArgumentException e) {
            throw new UsageException(new Text("every --max-… limit and --regex-time, --record-time and --jsonld-time must be a positive number",
                    "chaque limite --max-… et --regex-time, --record-time et --jsonld-time doit être un nombre positif"));
        }
        for (String r : rules) {
            int eq = r.indexOf('=');
            if (eq <= 0) {
                throw new UsageException(new Text("--rule takes ID=off|error|warning|info, not \"" + r + "\"",
                        "--rule prend ID=off|error|warning|info, et non « " + r + " »"));
            }
            String level = r.substring(eq + 1).strip().toLowerCase(Locale.ROOT);
            o = o.withRule(r.substring(0, eq).strip(), level.equals("off") ? null : severity("--rule", level));
        }
        return o;
    }

    private static Severity severity(String option, String value) {
        return Severity.fromCode(value).orElseThrow(() -> new UsageException(new Text(
                option + ": unknown level \"" + value + "\"; use error, warning or info",
                option + " : niveau inconnu « " + value + " »; utilisez error, warning ou info")));
    }

    private static String version(CommandSpec spec) {
        String[] lines = spec.root().version();
        String first = lines.length == 0 ? "opdl unknown" : lines[0];
        return first.substring(first.indexOf(' ') + 1);
    }
}

package org.opdl.cli.command;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.opdl.cli.exit.ExitCode;
import org.opdl.cli.exit.InputException;
import org.opdl.cli.exit.UsageException;
import org.opdl.cli.input.Input;
import org.opdl.cli.option.ChatterOption;
import org.opdl.cli.option.LangOption;
import org.opdl.cli.option.InputOptions;
import org.opdl.cli.output.AtomicOutput;
import org.opdl.cli.output.SystemReason;
import org.opdl.model.definition.StandardDefinition;
import org.opdl.model.text.Count;
import org.opdl.model.text.Lang;
import org.opdl.model.text.Text;
import org.opdl.schema.convert.Conversion;
import org.opdl.schema.convert.Formats;
import org.opdl.schema.format.Format;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.WriteOptions;
import org.opdl.schema.migrate.MigratingSink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code opdl migrate}: turns a file written for version 0.1 of the standard into the current version. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = {"Turn a 0.1 file (json, ndjson, csv, xlsx, ttl, nt, jsonld, rdfxml) into the current version, without loss.",
            "Only the context, the dataset's version and the fees change: a 0.1 listing without fees was free, so it says "
                + "\"statedNone\": [\"no-fees\"]. In a 0.1 file or one already in the current version, each deprecated code "
                + "is replaced by the code that replaces it in the standard. A file that declares another version, or nothing "
                + "to change, is refused with exit 3 and no output."})
public final class MigrateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The 0.1 file, or - for standard input.")
    private String file;

    @Option(names = "--to", paramLabel = "FORMAT", description = "The output format (default: from the extension of -o, else the input's).")
    private String to;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "The output file, or - for standard output (the default).")
    private Path output;

    @Option(names = "--force", description = "Replace OUT if it is a regular file that exists.")
    private boolean force;

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
        Limits limits = inputOptions.limits();
        Input input = inputOptions.sizedInputs(List.of(file)).get(0);
        PrintWriter err = spec.commandLine().getErr();
        Notes notes = new Notes(err, lang, chatter.quiet(), () -> { });
        List<Path> paths = Objects.isNull(input.path()) ? List.of() : List.of(input.path());
        try (InputStream raw = input.open(System.in); BufferedInputStream in = new BufferedInputStream(raw, 1 << 16)) {
            Format source = inputOptions.format(input.name(), in);
            Format target = target(source);
            try (AtomicOutput out = AtomicOutput.open(output, paths, force, spec.commandLine().getOut())) {
                Conversion.Session session = Conversion.start(out.stream(), target, new WriteOptions(lang, true), notes);
                MigratingSink[] sink = new MigratingSink[1];
                session.add(input.name(), in, source, limits, next -> sink[0] = new MigratingSink(input.name(), next));
                long listings = session.finish().listings();
                sink[0].finish();
                out.commit();
                notes.summary();
                report(err, lang, listings, source, target, sink[0]);
                return ExitCode.OK;
            }
        } catch (ReadException e) {
            notes.summary();
            throw new InputException(Notes.line(input.name(), e.location(), e.text(), e.fix()));
        } catch (IOException e) {
            String where = output == null || output.toString().equals(AtomicOutput.STDOUT) ? null : output.toString();
            throw where == null ? new InputException(CommandMessages.MIGRATE_CANNOT_STDOUT.text(input.name(), SystemReason.of(e)))
                    : new InputException(CommandMessages.MIGRATE_CANNOT_FILE.text(input.name(), where, SystemReason.of(e)));
        }
    }

    private void report(PrintWriter err, Lang lang, long listings, Format source, Format target, MigratingSink sink) {
        if (chatter.quiet()) {
            return;
        }
        String now = StandardDefinition.version();
        List<Text> changes = sink.changes();
        // A file that declares no version is read as 0.1; when nothing in it reads otherwise in the current
        // version, "migrated, 0 changes" would leave its reader to guess what became of it (K22).
        CommandMessages summary = sink.from().equals(now) ? CommandMessages.MIGRATE_CODES_REPLACED
                : !sink.declared() && changes.isEmpty() ? CommandMessages.MIGRATE_UNDECLARED_UNCHANGED : CommandMessages.MIGRATE_MIGRATED;
        err.println(summary.text(new Count(listings), sink.from(), now, source.name(), target.name(), new Count(changes.size()))
                .in(lang));
        if (chatter.verbose()) {
            changes.forEach(c -> err.println("  " + c.in(lang)));
        }
    }

    /** The output format: --to, else the extension of -o, else the input's own format. */
    private Format target(Format source) {
        if (to != null) {
            return InputFormats.namedFor(output, "migrate", to);
        }
        if (output != null && !output.toString().equals(AtomicOutput.STDOUT)) {
            return Formats.byExtension(output.getFileName().toString()).orElseThrow(() -> new UsageException(
                    CommandMessages.CONVERT_CANNOT_TELL_OUTPUT.text(output, String.join("|", Formats.names()))));
        }
        return source;
    }
}

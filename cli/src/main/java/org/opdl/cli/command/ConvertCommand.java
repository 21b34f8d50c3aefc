package org.opdl.cli.command;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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
import org.opdl.cli.progress.Progress;
import org.opdl.cli.progress.ProgressLine;
import org.opdl.cli.progress.Terminal;
import org.opdl.model.text.Count;
import org.opdl.model.text.Lang;
import org.opdl.model.text.Text;
import org.opdl.schema.convert.Conversion;
import org.opdl.schema.convert.Formats;
import org.opdl.schema.format.Format;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.WriteOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code opdl convert}: moves a dataset between JSON, NDJSON, CSV and the RDF formats. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert listings between formats: json, ndjson, csv, xlsx, ttl, nt, jsonld, rdfxml.",
            "Several inputs make one dataset. Conversion maps every listing and does not validate; a listing that "
                + "cannot be mapped stops it with exit 3 and no output."})
public final class ConvertCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "IN", description = "The input files, or - for standard input.")
    private List<String> inputs;

    @Option(names = "--to", paramLabel = "FORMAT", description = "The output format (default: from the extension of -o).")
    private String to;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "The output file, or - for standard output (the default).")
    private Path output;

    @Option(names = "--force", description = "Replace OUT if it is a regular file that exists.")
    private boolean force;

    @Option(names = "--no-spreadsheet-safe", description = "In CSV output, write text cells that start with = + - @ TAB CR or LF "
            + "as they are. By default such cells get a leading ' so that spreadsheets show them instead of running them as formulas; "
            + "opdl takes the ' off again when it reads the file.")
    private boolean notSpreadsheetSafe;

    /** Kept so that scripts written when neutralising was an option still run; it is the default now. */
    @Option(names = "--spreadsheet-safe", hidden = true)
    private boolean spreadsheetSafe;

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
        boolean quiet = chatter.quiet();
        Format target = target();
        Limits limits = inputOptions.limits();
        inputOptions.from();
        List<Input> ins = inputOptions.sizedInputs(inputs);
        long total = 0;
        for (Input i : ins) {
            total = i.stdin() || total < 0 ? -1 : total + i.size();
        }
        PrintWriter err = spec.commandLine().getErr();
        List<Path> paths = ins.stream().map(Input::path).filter(Objects::nonNull).toList();
        String current = ins.get(0).name();
        Progress progress = new Progress(err, lang, total, !quiet && Terminal.stderr());
        Notes notes = new Notes(err, lang, quiet, progress::clear);
        try (progress; AtomicOutput out = AtomicOutput.open(output, paths, force, spec.commandLine().getOut())) {
            Conversion.Session session = Conversion.start(out.stream(), target, new WriteOptions(lang, !notSpreadsheetSafe), notes, ins.size());
            Set<String> sources = new LinkedHashSet<>();
            for (Input input : ins) {
                current = input.name();
                try (InputStream raw = progress.count(input.open(System.in));
                        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16)) {
                    Format source = inputOptions.format(input.name(), in);
                    sources.add(source.name());
                    session.add(input.name(), in, progress.count(source), limits);
                }
            }
            long listings = session.finish().listings();
            progress.close();
            out.commit();
            notes.summary();
            if (!quiet) {
                err.println(CommandMessages.CONVERT_OPDL_CONVERTED_LISTING.text(new Count(listings), String.join("+", sources), target.name()).in(lang));
            }
            if (chatter.verbose()) {
                err.println(ProgressLine.timings(lang, CommandMessages.CONVERT_CONVERTED.text().in(lang), listings, progress.seconds()));
            }
            return ExitCode.OK;
        } catch (ReadException e) {
            notes.summary();
            throw new InputException(Notes.line(current, e.location(), e.text(), e.fix()));
        } catch (IOException e) {
            // A full disk or a failing device: the temporary file is gone and the target untouched.
            String where = output == null || output.toString().equals(AtomicOutput.STDOUT) ? null : output.toString();
            Text to = where == null ? CommandMessages.CONVERT_STANDARD_OUTPUT.text() : new Text(where, where);
            throw new InputException(CommandMessages.CONVERT_CANNOT_CONVERT_NOTHING.text(current, to, SystemReason.of(e)));
        }
    }

    private Format target() {
        if (to != null) {
            return InputFormats.namedFor(output, "convert", to);
        }
        if (output != null && !output.toString().equals(AtomicOutput.STDOUT)) {
            return Formats.byExtension(output.getFileName().toString()).orElseThrow(() -> new UsageException(CommandMessages.CONVERT_CANNOT_TELL_OUTPUT.text(output, String.join("|", Formats.names()))));
        }
        throw new UsageException(CommandMessages.CONVERT_SAY_FORMAT_WRITE.text(String.join("|", Formats.names())));
    }
}

package org.opdl.cli.command;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.opdl.cli.exit.ExitCode;
import org.opdl.cli.exit.InputException;
import org.opdl.cli.exit.UsageException;
import org.opdl.cli.option.LangOption;
import org.opdl.cli.option.LimitsOption;
import org.opdl.cli.output.AtomicOutput;
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
        description = {"Convert listings between formats: json, ndjson, csv, ttl, nt, jsonld, rdfxml.",
            "Conversion maps every listing and does not validate; a listing that cannot be mapped stops it with exit 3 and no output."})
public final class ConvertCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "IN", description = "The input file, or - for standard input.")
    private String input;

    @Option(names = "--from", paramLabel = "FORMAT", description = "The input format (default: from the extension, then the content).")
    private String from;

    @Option(names = "--to", paramLabel = "FORMAT", description = "The output format (default: from the extension of -o).")
    private String to;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "The output file (default: standard output).")
    private Path output;

    @Option(names = "--force", description = "Replace OUT if it exists.")
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
    private LimitsOption limitsOption;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Lang lang = langOption.lang();
        Format target = target();
        Path inputPath = "-".equals(input) ? null : Path.of(input);
        if (inputPath != null && !Files.isRegularFile(inputPath)) {
            throw new InputException(new Text(input + ": no such file", input + " : fichier introuvable"));
        }
        if (inputPath != null && Files.size(inputPath) > limitsOption.maxFileSize()) {
            throw new InputException(new Text(input + " is larger than --max-file-size", input + " dépasse --max-file-size"));
        }
        PrintWriter err = spec.commandLine().getErr();
        Notes notes = new Notes(err, lang);
        Limits limits;
        try {
            limits = limitsOption.limits();
        } catch (IllegalArgumentException e) {
            throw new UsageException(new Text("every --max-… limit and --regex-time must be a positive number",
                    "chaque limite --max-… et --regex-time doit être un nombre positif"));
        }
        try (InputStream raw = inputPath == null ? System.in : Files.newInputStream(inputPath);
                BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
                AtomicOutput out = AtomicOutput.open(output, inputPath, force, spec.commandLine().getOut())) {
            Format source = InputFormats.of(from, input, in);
            Conversion.Result result = Conversion.run(input, in, source, limits, out.stream(), target,
                    new WriteOptions(lang, !notSpreadsheetSafe), notes);
            out.commit();
            notes.summary();
            err.println(lang == Lang.FR
                    ? "opdl : " + result.listings() + " fiche(s) converties de " + source.name() + " en " + target.name()
                    : "opdl: converted " + result.listings() + " listing(s) from " + source.name() + " to " + target.name());
            return ExitCode.OK;
        } catch (ReadException e) {
            notes.summary();
            throw new InputException(Notes.line(input, e.location(), e.text(), e.fix()));
        } catch (NoSuchFileException e) {
            throw new InputException(new Text(e.getFile() + ": no such file", e.getFile() + " : fichier introuvable"));
        } catch (IOException e) {
            // A full disk or a failing device: the temporary file is gone and the target untouched.
            String where = output == null ? "standard output" : output.toString();
            String whereFr = output == null ? "la sortie standard" : output.toString();
            throw new InputException(new Text("cannot convert " + input + " to " + where + ": " + e.getMessage()
                    + "; nothing was written", "impossible de convertir " + input + " vers " + whereFr + " : "
                    + e.getMessage() + "; rien n'a été écrit"));
        }
    }

    private Format target() {
        if (to != null) {
            return InputFormats.named(to);
        }
        if (output != null) {
            return Formats.byExtension(output.getFileName().toString()).orElseThrow(() -> new UsageException(new Text(
                    "cannot tell the output format from " + output + "; add --to " + String.join("|", Formats.names()),
                    "impossible de déduire le format de sortie de " + output + "; ajoutez --to " + String.join("|", Formats.names()))));
        }
        throw new UsageException(new Text("say which format to write with --to " + String.join("|", Formats.names()),
                "indiquez le format à écrire avec --to " + String.join("|", Formats.names())));
    }
}

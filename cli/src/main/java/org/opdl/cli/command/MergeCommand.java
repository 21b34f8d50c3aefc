package org.opdl.cli.command;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.opdl.cli.exit.ExitCode;
import org.opdl.cli.exit.InputException;
import org.opdl.cli.exit.UsageException;
import org.opdl.cli.input.Input;
import org.opdl.cli.option.LangOption;
import org.opdl.cli.option.LimitsOption;
import org.opdl.cli.output.AtomicOutput;
import org.opdl.cli.output.SystemReason;
import org.opdl.model.finding.Finding;
import org.opdl.model.text.Count;
import org.opdl.model.text.Lang;
import org.opdl.model.text.Text;
import org.opdl.schema.convert.Formats;
import org.opdl.schema.format.DatasetSink;
import org.opdl.schema.format.Format;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.ReaderErrors;
import org.opdl.schema.format.SourceRecord;
import org.opdl.schema.format.WriteOptions;
import org.opdl.validator.merge.Merger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/** {@code opdl merge}: many providers' files, in any mix of formats, into one dataset. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Merge listing files in any mix of formats into one dataset. The same id in two files, an "
                + "organisation described two ways, and two listings with the same provider and title under different ids "
                + "are reported with both places; --prefer decides which listing a same-id conflict keeps.",
            "The dataset fields are those of the first file that has them. Exit 0 once the dataset is written; exit 3 for files of "
                + "two versions of the standard (migrate the 0.1 file first)."})
public final class MergeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The files to merge, in order.")
    private List<String> files;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DATASET",
            description = "The merged dataset, or - for standard output; its format comes from its extension (json, ndjson, csv, xlsx, ttl, nt, jsonld, rdf) or --to.")
    private Path output;

    @Option(names = "--to", paramLabel = "FORMAT",
            description = "The format of the merged dataset (default: from the extension of DATASET); needed with -o - for standard output.")
    private String to;

    @Option(names = "--prefer", paramLabel = "newest|first", defaultValue = "first",
            description = "Which of two listings with the same id is kept: the one updated last, or the one read first (default: ${DEFAULT-VALUE}).")
    private String prefer;

    @Option(names = "--force", description = "Replace DATASET if it is a regular file that exists.")
    private boolean force;

    @Mixin
    private LangOption langOption;

    @Mixin
    private LimitsOption limitsOption;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Lang lang = langOption.lang();
        Merger.Prefer choice = switch (prefer.toLowerCase(Locale.ROOT)) {
            case "first" -> Merger.Prefer.FIRST;
            case "newest" -> Merger.Prefer.NEWEST;
            default -> throw new UsageException(CommandMessages.MERGE_PREFER_MUST_NEWEST.text(prefer));
        };
        Format target = target();
        PrintWriter err = spec.commandLine().getErr();
        // Each finding is printed as it is found, so that a season of conflicts holds none of them (K17).
        Merger merger = new Merger(choice, f -> err.println(CommandMessages.MERGE_FOUND.text(kind(f.kind()), f.text()).in(lang)));
        DeclaredVersions versions = new DeclaredVersions();
        // A cell a reader left out would be missing from the merged file: each such error is printed, then stops the merge.
        // What a reader changed on the way (a guessed encoding, a normalised label) is printed too, as convert does.
        ReaderErrors errors = new ReaderErrors();
        Notes notes = new Notes(err, lang);
        Consumer<Finding> leftOut = finding -> {
            errors.take(finding);
            notes.accept(finding);
        };
        List<Input> inputs = Input.of(files);
        List<Path> paths = inputs.stream().map(Input::path).filter(Objects::nonNull).toList();
        // With --prefer first each listing kept is written as it is read, so the merge holds none of them (K13).
        try (MergedOutput merged = openOutput(target, lang, paths); ParkedReads parked = new ParkedReads()) {
            // The heads of the files say which dataset fields head the output, so no listing waits for them (K24).
            // The first file's head is the one its merge reaches, so it is opened once (a workbook is costly to
            // open); only when it has no fields are the heads of the others read ahead (K31), a workbook's read then
            // waiting at its head for the merge to come to it, so that it too is opened once (K34).
            FirstHead first = new FirstHead(inputs.size() > 1, () -> {
                FieldsAhead ahead = FieldsAhead.read(inputs.subList(1, inputs.size()), limitsOption.limits(), parked);
                if (ahead.settled()) {
                    merged.settle(ahead.fields());
                }
            });
            for (int i = 0; i < inputs.size(); i++) {
                if (i == inputs.size() - 1) {
                    merged.lastInput();
                }
                read(inputs.get(i), merger, versions, merged, leftOut, i == 0 ? first : FirstHead.NONE, parked);
                first.reached(null);
            }
            notes.summary();
            if (errors.first().isPresent()) {
                Finding f = errors.first().get();
                throw new InputException(Notes.line(f.location().source(), f.location(),
                        CommandMessages.MERGE_LEFT_OUT.text(f.message(), errors.count()), CommandMessages.MERGE_FIX_THEN_MERGE.text(f.fix())));
            }
            if (merger.read() == 0) {
                throw new InputException(CommandMessages.MERGE_NO_LISTING_NOTHING.text(String.join(", ", files)));
            }
            if (!merger.streams()) {
                for (SourceRecord r : merger.kept()) {
                    merged.write(output.toString(), r);
                }
            }
            merged.commit();
        } catch (MergedOutput.WriteFailure e) {
            if (e.getCause() instanceof ReadException r) {
                throw new InputException(Notes.line(output.toString(), r.location(), r.text(), r.fix()));
            }
            throw new InputException(CommandMessages.MERGE_CANNOT_WRITE.text(output, reason(e.getCause())));
        }
        Object where = standardOutput() ? CommandMessages.CONVERT_STANDARD_OUTPUT.text() : output;
        err.println(CommandMessages.MERGE_OPDL_LISTING_S.text(new Count(merger.read()), new Count(merger.keptCount()), new Count(merger.dropped()),
                new Count(merger.findingCount()), where).in(lang));
        return ExitCode.OK;
    }

    /** The format to write: the one --to names, else the one the output's extension names; standard output has none. */
    private Format target() {
        if (to != null) {
            return InputFormats.namedFor(output, "merge", to);
        }
        if (standardOutput()) {
            throw new UsageException(CommandMessages.MERGE_STANDARD_OUTPUT_TO.text(String.join("|", Formats.names())));
        }
        return Formats.byExtension(output.getFileName().toString())
                .orElseThrow(() -> new UsageException(CommandMessages.MERGE_CANNOT_TELL_FORMAT.text(output, String.join("|", Formats.names()))));
    }

    /** Why a write failed: the system's reason in both languages for a failure of the disk. */
    private static Object reason(Throwable cause) {
        return cause instanceof IOException io ? SystemReason.of(io) : String.valueOf(cause.getMessage());
    }

    private boolean standardOutput() {
        return output.toString().equals(AtomicOutput.STDOUT);
    }

    private MergedOutput openOutput(Format target, Lang lang, List<Path> inputs) {
        try {
            return MergedOutput.open(output, target, new WriteOptions(lang, true), inputs, force, spec.commandLine().getOut());
        } catch (IOException e) {
            throw new InputException(CommandMessages.MERGE_CANNOT_WRITE.text(output, SystemReason.of(e)));
        }
    }

    /** Reads one file into the merge, writing each listing it keeps at once when the merger streams. */
    private void read(Input input, Merger merger, DeclaredVersions versions, MergedOutput merged, Consumer<Finding> leftOut,
            FirstHead head, ParkedReads parked) throws IOException {
        DatasetSink sink = new DatasetSink() {
            @Override
            public void dataset(ObjectNode fields) {
                versions.see(input.name(), fields);
                merged.dataset(fields);
                head.reached(fields);
            }

            @Override
            public void record(SourceRecord record) {
                head.reached(null);
                versions.see(input.name(), record.listing());
                record.notes().forEach(leftOut);
                if (merger.add(input.name(), record) && merger.streams()) {
                    merged.write(input.name(), record);
                }
            }

            @Override
            public void note(Finding finding) {
                leftOut.accept(finding);
            }
        };
        try {
            if (parked.holds(input)) {
                parked.finish(input, sink);
                return;
            }
            try (InputStream raw = input.open(System.in); BufferedInputStream in = new BufferedInputStream(raw, 1 << 16)) {
                InputFormats.of(null, input.name(), in).reader(limitsOption.limits()).read(input.name(), in, sink);
            }
        } catch (ReadException e) {
            throw new InputException(Notes.line(input.name(), e.location(), e.text(), e.fix()));
        }
    }

    /** The kind of a merge finding in plain words: {@code same-id}, {@code organization} or {@code look-alike}. */
    private static Text kind(String kind) {
        return switch (kind) {
            case "same-id" -> CommandMessages.MERGE_KIND_SAME_ID.text();
            case "organization" -> CommandMessages.MERGE_KIND_ORGANIZATION.text();
            default -> CommandMessages.MERGE_KIND_LOOK_ALIKE.text();
        };
    }
}

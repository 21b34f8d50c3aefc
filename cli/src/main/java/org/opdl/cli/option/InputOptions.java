package org.opdl.cli.option;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.opdl.cli.exit.InputException;
import org.opdl.cli.exit.UsageException;
import org.opdl.cli.input.Input;
import org.opdl.schema.convert.Formats;
import org.opdl.schema.format.Format;
import org.opdl.schema.format.Limits;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The input options of the commands that read listing files ({@code validate}, {@code convert},
 * {@code migrate}, {@code report}, {@code publish}): {@code --from} and the limits on untrusted
 * input ({@link LimitsOption}). Held once so that every command tells formats apart, checks its
 * limits and refuses an oversized file the same way and in the same words.
 */
public final class InputOptions {

    /** How many first bytes of an input are looked at to tell its format. */
    private static final int HEAD = 8192;

    @Option(names = "--from", paramLabel = "FORMAT",
            description = "The format of every input file (default: from each file's extension, then its content).")
    private String from;

    @Mixin
    private LimitsOption limitsOption;

    /**
     * The {@code --from} name, or null when it is not given.
     *
     * @throws UsageException when it names no format, before any file is opened
     */
    public String from() {
        if (from != null) {
            named(from);
        }
        return from;
    }

    /**
     * The limits chosen on the command line.
     *
     * @throws UsageException when a limit is not a positive number
     */
    public Limits limits() {
        return limitsOption.limits();
    }

    /**
     * The inputs named on the command line, each refused at once when it is larger than
     * {@code --max-file-size}: for the commands that write a file, which so start no output they
     * would have to abandon. The others let the reader report the limit where it is reached.
     *
     * @throws InputException for the first input that is too large
     */
    public List<Input> sizedInputs(List<String> names) {
        List<Input> inputs = Input.of(names);
        for (Input i : inputs) {
            if (i.size() > limitsOption.maxFileSize()) {
                throw new InputException(OptionMessages.INPUT_OPTIONS_LARGER_THAN_MAX.text(i.name()));
            }
        }
        return inputs;
    }

    /** The format of one input: {@code --from} when given, else as {@link #of} tells it. */
    public Format format(String name, BufferedInputStream in) throws IOException {
        return of(from(), name, in);
    }

    /**
     * The format of an input: the {@code from} name when given, else the file's extension, else
     * its first bytes. Standard input, or a file whose extension is none opdl reads ({@code listings.txt},
     * {@code export.dat}, none at all), whose first bytes show no format is refused, with {@code --from} as
     * the fix, rather than read as CSV without a word.
     *
     * @param from a format's name, or null
     * @param name the input's name as given, or {@code -} for standard input, whose format only its content tells
     * @param in the input, buffered so that its first bytes can be looked at and put back
     */
    public static Format of(String from, String name, BufferedInputStream in) throws IOException {
        if (from != null) {
            return named(from);
        }
        if (!"-".equals(name)) {
            Optional<Format> byName = Formats.byExtension(Path.of(name).getFileName().toString());
            if (byName.isPresent()) {
                NameAndContent.check(name, byName.get(), in, HEAD);
                return byName.get();
            }
        }
        in.mark(HEAD);
        byte[] head = in.readNBytes(HEAD);
        in.reset();
        String names = String.join(", ", Formats.names());
        return Formats.toldByContent(head, head.length).orElseThrow(() -> new InputException(Input.STDIN.equals(name)
                ? OptionMessages.INPUT_OPTIONS_STANDARD_INPUT_UNTOLD.text(names)
                : OptionMessages.INPUT_OPTIONS_FILE_UNTOLD.text(name, names)));
    }

    /**
     * The format with this name; an unknown name is a usage error listing the known ones, with the
     * one meant when the name is how people call a format ("turtle", "N-Triples", "json-ld", "excel").
     */
    public static Format named(String name) {
        return Formats.named(name).orElseThrow(() -> {
            String names = String.join(", ", Formats.names());
            return new UsageException(FormatNames.meant(name)
                    .map(meant -> OptionMessages.INPUT_OPTIONS_UNKNOWN_FORMAT_MEANT.text(name, meant, names))
                    .orElseGet(() -> OptionMessages.INPUT_OPTIONS_UNKNOWN_FORMAT.text(name, names)));
        });
    }
}

package org.opdl.cli.option;

import java.util.Iterator;
import java.util.List;
import org.opdl.cli.exit.UsageException;
import picocli.CommandLine.Option;

/** The {@code --format text|json} option of commands that print a result; SARIF is offered by {@code validate} only. */
public final class FormatOption {

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format: text or json (default: ${DEFAULT-VALUE}).", completionCandidates = TextOrJson.class)
    private OutputFormat format;

    /** The formats offered, for help and shell completion. */
    public static final class TextOrJson implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("text", "json").iterator();
        }
    }

    /** The chosen format; {@code sarif} and {@code html}, which only {@code validate} writes, is a usage error. */
    public OutputFormat format() {
        if (format == OutputFormat.sarif || format == OutputFormat.html) {
            throw new UsageException(OptionMessages.FORMAT_OPTION_FORMAT_TAKES_TEXT.text(format));
        }
        return format;
    }
}

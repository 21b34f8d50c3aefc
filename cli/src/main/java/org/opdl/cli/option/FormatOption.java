package org.opdl.cli.option;

import picocli.CommandLine.Option;

/** The {@code --format text|json} option of commands that print a result. */
public final class FormatOption {

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    /** The chosen format. */
    public OutputFormat format() {
        return format;
    }
}

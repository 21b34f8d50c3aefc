package org.opdl.cli.option;

import picocli.CommandLine.Option;

/** The {@code --format text|json|sarif|html} option of {@code opdl validate}, the one command that writes SARIF. */
public final class ReportFormatOption {

    @Option(names = "--format", paramLabel = "text|json|sarif|html", defaultValue = "text",
            description = "Output format: text, json, sarif, or html (one page to send on or print) (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    /** The chosen format. */
    public OutputFormat format() {
        return format;
    }
}

package org.opdl.cli.option;

/** The output formats of the commands that print a result. Only {@code validate} offers SARIF and HTML. */
public enum OutputFormat {
    /** Plain text for people. */
    text,
    /** JSON for programs. */
    json,
    /** SARIF 2.1.0 for code-scanning tools. */
    sarif,
    /** One self-contained HTML page for people, which can be sent on or printed. */
    html
}

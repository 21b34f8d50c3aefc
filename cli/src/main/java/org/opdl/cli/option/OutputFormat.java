package org.opdl.cli.option;

/** The output formats of the commands that print a result. Not every command offers SARIF. */
public enum OutputFormat {
    /** Plain text for people. */
    text,
    /** JSON for programs. */
    json,
    /** SARIF 2.1.0 for code-scanning tools. */
    sarif
}

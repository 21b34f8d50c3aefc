package org.opdl.cli.option;

import picocli.CommandLine.Option;

/**
 * Limits on untrusted input, which commands that read files share. The defaults suit listings
 * from outside organisations; raise them only for trusted bulk work.
 */
public final class LimitsOption {

    @Option(names = "--max-file-size", paramLabel = "BYTES", defaultValue = "2147483648",
            description = "Largest input file read, in bytes (default: ${DEFAULT-VALUE}).")
    private long maxFileSize;

    @Option(names = "--max-depth", paramLabel = "N", defaultValue = "64",
            description = "Deepest nesting of JSON accepted (default: ${DEFAULT-VALUE}).")
    private int maxDepth;

    @Option(names = "--max-string-length", paramLabel = "CHARS", defaultValue = "1000000",
            description = "Longest single string or cell accepted (default: ${DEFAULT-VALUE}).")
    private int maxStringLength;

    @Option(names = "--max-records", paramLabel = "N", defaultValue = "10000000",
            description = "Most listings read from one file (default: ${DEFAULT-VALUE}).")
    private long maxRecords;

    /** Largest input file, in bytes. */
    public long maxFileSize() {
        return maxFileSize;
    }

    /** Deepest JSON nesting. */
    public int maxDepth() {
        return maxDepth;
    }

    /** Longest string or cell. */
    public int maxStringLength() {
        return maxStringLength;
    }

    /** Most listings per file. */
    public long maxRecords() {
        return maxRecords;
    }
}

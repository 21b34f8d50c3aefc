package org.opdl.cli.option;

import java.time.Duration;
import org.opdl.cli.exit.UsageException;
import org.opdl.schema.format.Limits;
import picocli.CommandLine.Option;

/**
 * Limits on untrusted input, which commands that read files share. The defaults are those of
 * {@link Limits#DEFAULT} and suit listings from outside organisations; raise them only for trusted
 * bulk work. docs/limits.md lists each limit and the error it gives.
 */
public final class LimitsOption {

    private static final Limits D = Limits.DEFAULT;

    @Option(names = "--max-file-size", paramLabel = "BYTES", description = "Largest input file read, in bytes (default: 2147483648).")
    private long maxFileSize = D.maxFileBytes();

    @Option(names = "--max-depth", paramLabel = "N", description = "Deepest nesting of JSON accepted (default: 64).")
    private int maxDepth = D.maxDepth();

    @Option(names = "--max-string-length", paramLabel = "CHARS", description = "Longest single string or cell accepted (default: 1000000).")
    private int maxStringLength = D.maxStringLength();

    @Option(names = "--max-name-length", paramLabel = "CHARS", description = "Longest JSON property name accepted (default: 1000).")
    private int maxNameLength = D.maxNameLength();

    @Option(names = "--max-number-length", paramLabel = "CHARS", description = "Longest number literal accepted (default: 100).")
    private int maxNumberLength = D.maxNumberLength();

    @Option(names = "--max-record-size", paramLabel = "BYTES", description = "Longest NDJSON line, CSV record or JSON listing, in bytes (default: 16777216).")
    private int maxRecordBytes = D.maxRecordBytes();

    @Option(names = "--max-records", paramLabel = "N", description = "Most listings read from one file (default: 10000000).")
    private long maxRecords = D.maxRecords();

    @Option(names = "--max-rows", paramLabel = "N", description = "Most rows read from one CSV file (default: 10000001).")
    private long maxRows = D.maxRows();

    @Option(names = "--max-cells", paramLabel = "N", description = "Most cells in one CSV row (default: 1000).")
    private int maxCells = D.maxCells();

    @Option(names = "--regex-time", paramLabel = "MILLIS", description = "Longest one schema pattern may run on one value, in milliseconds (default: 200).")
    private long regexMillis = D.regexTime().toMillis();

    @Option(names = "--record-time", paramLabel = "MILLIS", description = "Longest the checks of one listing may run, in milliseconds (default: 10000).")
    private long recordMillis = D.recordTime().toMillis();

    @Option(names = "--jsonld-time", paramLabel = "MILLIS", description = "Longest the JSON-LD processing of one file may run, in milliseconds, for each 4 MB of the file begun (default: 60000).")
    private long jsonLdMillis = D.jsonLdTime().toMillis();

    /**
     * The limits chosen on the command line.
     *
     * @throws UsageException when a limit is not positive, for every command that reads files
     */
    public Limits limits() {
        try {
            return new Limits(maxDepth, maxStringLength, maxNameLength, maxNumberLength, maxFileSize, maxRecordBytes,
                    maxRecords, maxRows, maxCells, Duration.ofMillis(regexMillis), Duration.ofMillis(recordMillis),
                    Duration.ofMillis(jsonLdMillis));
        } catch (IllegalArgumentException e) {
            throw new UsageException(OptionMessages.INPUT_OPTIONS_LIMIT_NOT_POSITIVE.text());
        }
    }

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

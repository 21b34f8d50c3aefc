package org.opdl.schema.format;

import java.time.Duration;
import java.util.Objects;

/**
 * Every limit on untrusted input, in one value, so that a hostile file ends in a clear error naming
 * the limit instead of a crash, a hang or exhausted memory. The defaults ({@link #DEFAULT}) suit
 * listings from outside organisations; each limit can be raised from the command line for trusted
 * bulk work. docs/limits.md lists them with the error each gives.
 *
 * @param maxDepth the deepest nesting of JSON objects and arrays (also JSON-LD)
 * @param maxStringLength the longest string, cell or literal, in characters
 * @param maxNameLength the longest JSON property name, in characters
 * @param maxNumberLength the longest number literal, in characters
 * @param maxFileBytes the largest file, in bytes
 * @param maxRecordBytes the longest NDJSON line or CSV record, in bytes
 * @param maxRecords the most listings in one file
 * @param maxRows the most rows in one CSV file, the heading row included
 * @param maxCells the most cells in one CSV row
 * @param regexTime the longest one regular expression may run on one value
 * @param recordTime the longest the validator's checks of one listing may run
 * @param jsonLdTime the longest JSON-LD processing (contexts, expansion) of one file may run, for each
 *     {@link #JSON_LD_TIME_BYTES} of the file begun ({@link #jsonLdTimeFor(long)})
 */
public record Limits(int maxDepth, int maxStringLength, int maxNameLength, int maxNumberLength,
        long maxFileBytes, int maxRecordBytes, long maxRecords, long maxRows, int maxCells,
        Duration regexTime, Duration recordTime, Duration jsonLdTime) {

    /** The default time for the checks of one listing: thousands of times what an honest one takes. */
    public static final Duration RECORD_TIME = Duration.ofSeconds(10);
    /** The default time for the JSON-LD processing of one file. */
    public static final Duration JSON_LD_TIME = Duration.ofSeconds(60);
    /**
     * The bytes of JSON-LD given {@link #jsonLdTime()} each: an honest file is processed in time
     * proportional to its size (about 2.5 s a megabyte on a loaded machine of 2 processors), while a crafted
     * context explodes out of proportion to it, so a deadline that grows with the file stops the one
     * and lets the other through.
     */
    public static final long JSON_LD_TIME_BYTES = 4L * 1024 * 1024;

    /** Limits that suit listings from outside organisations. */
    public static final Limits DEFAULT = new Limits(64, 1_000_000, 1_000, 100,
            2L * 1024 * 1024 * 1024, 16 * 1024 * 1024, 10_000_000L, 10_000_001L, 1_000,
            Duration.ofMillis(200), RECORD_TIME, JSON_LD_TIME);

    /** Checks that every limit is positive and the nesting allows a dataset of listings. */
    public Limits {
        Objects.requireNonNull(regexTime, "regexTime");
        Objects.requireNonNull(recordTime, "recordTime");
        Objects.requireNonNull(jsonLdTime, "jsonLdTime");
        if (maxDepth < 2 || maxStringLength < 1 || maxNameLength < 1 || maxNumberLength < 1 || maxFileBytes < 1
                || maxRecordBytes < 1 || maxRecords < 1 || maxRows < 1 || maxCells < 1
                || !positive(regexTime) || !positive(recordTime) || !positive(jsonLdTime)) {
            throw new IllegalArgumentException("every limit must be positive, and the depth at least 2");
        }
    }

    /** Limits with the default times for one listing and one JSON-LD file. */
    public Limits(int maxDepth, int maxStringLength, int maxNameLength, int maxNumberLength,
            long maxFileBytes, int maxRecordBytes, long maxRecords, long maxRows, int maxCells, Duration regexTime) {
        this(maxDepth, maxStringLength, maxNameLength, maxNumberLength, maxFileBytes, maxRecordBytes, maxRecords,
                maxRows, maxCells, regexTime, RECORD_TIME, JSON_LD_TIME);
    }

    private static boolean positive(Duration d) {
        return !d.isNegative() && !d.isZero();
    }

    /**
     * The deadline of the JSON-LD processing of a file of {@code bytes}: {@link #jsonLdTime()} for each
     * {@link #JSON_LD_TIME_BYTES} begun, so a file of up to 4 MiB has the time itself and one of 21 MB five times it.
     */
    public Duration jsonLdTimeFor(long bytes) {
        long shares = Math.max(1, bytes / JSON_LD_TIME_BYTES + (bytes % JSON_LD_TIME_BYTES == 0 ? 0 : 1));
        if (shares == 1) {
            return jsonLdTime;
        }
        // Held to what a clock in nanoseconds can count, as the deadline is kept in nanoseconds.
        long most = Long.MAX_VALUE / 1_000_000 / 2;
        long millis = Math.min(jsonLdTime.toMillis(), most);
        return Duration.ofMillis(shares > most / Math.max(1, millis) ? most : millis * shares);
    }

    /** These limits with a different nesting depth. */
    public Limits withMaxDepth(int n) {
        return new Limits(n, maxStringLength, maxNameLength, maxNumberLength, maxFileBytes, maxRecordBytes,
                maxRecords, maxRows, maxCells, regexTime, recordTime, jsonLdTime);
    }

    /** These limits with a different longest string. */
    public Limits withMaxStringLength(int n) {
        return new Limits(maxDepth, n, maxNameLength, maxNumberLength, maxFileBytes, maxRecordBytes,
                maxRecords, maxRows, maxCells, regexTime, recordTime, jsonLdTime);
    }

    /** These limits with a different largest file. */
    public Limits withMaxFileBytes(long n) {
        return new Limits(maxDepth, maxStringLength, maxNameLength, maxNumberLength, n, maxRecordBytes,
                maxRecords, maxRows, maxCells, regexTime, recordTime, jsonLdTime);
    }

    /** These limits with a different time for the checks of one listing. */
    public Limits withRecordTime(Duration d) {
        return new Limits(maxDepth, maxStringLength, maxNameLength, maxNumberLength, maxFileBytes, maxRecordBytes,
                maxRecords, maxRows, maxCells, regexTime, d, jsonLdTime);
    }

    /** These limits with a different time for the JSON-LD processing of one file. */
    public Limits withJsonLdTime(Duration d) {
        return new Limits(maxDepth, maxStringLength, maxNameLength, maxNumberLength, maxFileBytes, maxRecordBytes,
                maxRecords, maxRows, maxCells, regexTime, recordTime, d);
    }
}

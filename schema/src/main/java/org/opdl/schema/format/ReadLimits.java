package org.opdl.schema.format;

/**
 * Limits on untrusted input that every reader enforces, so that a hostile file ends in a clear
 * error instead of a crash or a hang.
 *
 * @param maxDepth the deepest nesting of JSON objects and arrays
 * @param maxStringLength the longest string, cell or literal, in characters
 * @param maxRecordBytes the longest NDJSON line or CSV record, in bytes
 * @param maxFileBytes the largest file, in bytes
 */
public record ReadLimits(int maxDepth, int maxStringLength, int maxRecordBytes, long maxFileBytes) {

    /** Limits that suit listings from outside organisations. */
    public static final ReadLimits DEFAULT = new ReadLimits(64, 1_000_000, 16 * 1024 * 1024, 2L * 1024 * 1024 * 1024);

    /** Checks that every limit is positive. */
    public ReadLimits {
        if (maxDepth < 2 || maxStringLength < 1 || maxRecordBytes < 1 || maxFileBytes < 1) {
            throw new IllegalArgumentException("limits must be positive, and depth at least 2");
        }
    }
}

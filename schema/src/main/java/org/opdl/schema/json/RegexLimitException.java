package org.opdl.schema.json;

/**
 * A JSON Schema {@code pattern} that ran past its time limit, or so deep that the regular
 * expression engine ran out of stack, on one value. The validator reports it as a limit finding
 * at the value's place; the value is neither accepted nor rejected by the pattern.
 */
public final class RegexLimitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String pattern;
    private final int valueLength;

    /**
     * Creates the exception.
     *
     * @param pattern the regular expression
     * @param valueLength the length of the value it was matching
     * @param what which limit ran out: {@code time} or {@code deep backtracking}
     */
    public RegexLimitException(String pattern, int valueLength, String what) {
        super("the pattern " + abbreviate(pattern) + " exceeded its " + what + " limit on a value of "
                + valueLength + " characters");
        this.pattern = pattern;
        this.valueLength = valueLength;
    }

    /** The regular expression. */
    public String pattern() {
        return pattern;
    }

    /** The length of the value being matched. */
    public int valueLength() {
        return valueLength;
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}

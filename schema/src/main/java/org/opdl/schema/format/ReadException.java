package org.opdl.schema.format;

import java.util.Objects;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Text;

/**
 * A file, or a record in it, that cannot be read or mapped at all: malformed syntax, a wrong
 * encoding, a value of the wrong kind for its field. It names the place and the fix. The converter
 * stops on it (exit 3, no output); the validator reports it as an {@code opdl.syntax.*} finding.
 */
public final class ReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ReaderRule rule;
    private final transient Location location;
    private final transient Text text;
    private final transient Text fix;

    /**
     * Creates the exception.
     *
     * @param rule the reader rule whose finding it becomes in a validation report, such as
     *     {@link ReaderRule#SYNTAX_JSON}
     * @param location where the problem is
     * @param text what is wrong, in English and French
     * @param fix what to do, in English and French
     */
    public ReadException(ReaderRule rule, Location location, Text text, Text fix) {
        super(text.en());
        this.rule = Objects.requireNonNull(rule, "rule");
        this.location = Objects.requireNonNull(location, "location");
        this.text = text;
        this.fix = Objects.requireNonNull(fix, "fix");
    }

    /** The reader rule whose finding this becomes in a validation report. */
    public ReaderRule rule() {
        return rule;
    }

    /**
     * A file with nothing in it (no bytes, or only spaces, blank lines or a byte-order mark), which
     * holds no listing and no dataset: the same finding whatever the format, so that an empty
     * export never passes as a clean file. An explicit empty list, such as {@code []}, is not empty.
     */
    public static ReadException empty(String source, Text fix) {
        return new ReadException(ReaderRule.SYNTAX_EMPTY, new Location.Text(source, 0, 0),
                FormatMessages.SYNTAX_EMPTY_FILE_EMPTY_HOLDS.text(), fix);
    }

    /** The id of the finding this becomes in a validation report. */
    public String ruleId() {
        return rule.id();
    }

    /** Where the problem is. */
    public Location location() {
        return location;
    }

    /** What is wrong, in English and French. */
    public Text text() {
        return text;
    }

    /** What to do about it, in English and French. */
    public Text fix() {
        return fix;
    }
}

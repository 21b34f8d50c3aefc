package org.opdl.validator.rule;

import java.util.Locale;

/**
 * The layers of checks, in the order the validator applies them. A problem is reported by the first
 * layer that can name it precisely, so a bad code gives one vocabulary finding rather than a schema
 * error and a vocabulary finding.
 */
public enum Layer {
    /** The file can be parsed: JSON, CSV or RDF syntax, encoding, the shape of records. */
    SYNTAX,
    /** The listing has the structure the published JSON Schema requires. */
    STRUCTURE,
    /** Codes are codes of the standard's concept schemes, current and spelled right. */
    VOCABULARY,
    /** Fields agree with each other and with the dataset: dates, money, stages, identity, text. */
    SEMANTIC;

    /** The lower-case name used in reports. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}

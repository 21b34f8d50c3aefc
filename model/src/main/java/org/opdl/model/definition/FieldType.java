package org.opdl.model.definition;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kind of value a field holds, as the {@code type} column of the field tables names it. The
 * set is fixed by the code that maps each kind to JSON Schema, JSON-LD and SHACL, so it is an enum.
 */
public enum FieldType {
    /** A nested JSON object whose fields are the rows below it. */
    OBJECT("object"),
    /** A language map such as {@code {"en": "…", "fr": "…"}}: BCP 47 keys, non-empty values. */
    TEXT("text"),
    /** A plain string. */
    STRING("string"),
    /** An identifier: an absolute https IRI or a CURIE with the {@code listing:} or {@code provider:} prefix. */
    IRI("iri"),
    /** An absolute http or https URL. */
    URL("url"),
    /** An email address. */
    EMAIL("email"),
    /** A telephone number. */
    PHONE("phone"),
    /** An ISO 8601 calendar date ({@code xsd:date}). */
    DATE("date"),
    /** An ISO 8601 date and time with its UTC offset ({@code xsd:dateTime}). */
    DATE_TIME("dateTime"),
    /** An ISO 8601 duration such as {@code P20W} ({@code xsd:duration}). */
    DURATION("duration"),
    /** A JSON integer. */
    INTEGER("integer"),
    /** An exact decimal written as a JSON string such as {@code "1500.00"}, never a JSON number. */
    DECIMAL("decimal"),
    /** A JSON boolean. */
    BOOLEAN("boolean"),
    /** A concept code of the scheme named in the {@code scheme} column. */
    CODE("code"),
    /** A BCP 47 language tag. */
    LANGUAGE("language"),
    /** An ISO 4217 currency code. */
    CURRENCY("currency"),
    /** An ISO 3166-1 alpha-2 country code. */
    COUNTRY("country");

    private final String code;

    FieldType(String code) {
        this.code = code;
    }

    /** The name used in the field tables, such as {@code dateTime}. */
    public String code() {
        return code;
    }

    /** The type with this table name, if any. */
    public static Optional<FieldType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }

    /** True for the kinds whose JSON value is a string. */
    public boolean isJsonString() {
        return this != OBJECT && this != TEXT && this != INTEGER && this != BOOLEAN;
    }
}

package org.opdl.schema.shape;

import java.util.Locale;

/**
 * The kinds of value a field of the standard can hold. The set is fixed by the standard's
 * meta-model (the {@code type} column of the field definition), so it is an enum; each reader and
 * writer maps each kind once.
 */
public enum FieldType {
    /** A nested object with its own fields. */
    OBJECT("object"),
    /** A language map such as {@code {"en": "…", "fr": "…"}}. */
    TEXT("text"),
    /** A plain string. */
    STRING("string"),
    /** An absolute IRI or a {@code listing:} / {@code provider:} CURIE. */
    IRI("iri"),
    /** An absolute web address. */
    URL("url"),
    /** An email address. */
    EMAIL("email"),
    /** A telephone number. */
    PHONE("phone"),
    /** An ISO 8601 calendar date. */
    DATE("date"),
    /** An ISO 8601 date and time with an offset. */
    DATE_TIME("dateTime"),
    /** An ISO 8601 duration. */
    DURATION("duration"),
    /** A whole number, a JSON number. */
    INTEGER("integer"),
    /** A decimal number written as a JSON string so that no digit is lost. */
    DECIMAL("decimal"),
    /** True or false. */
    BOOLEAN("boolean"),
    /** The code of a concept of the field's scheme. */
    CODE("code"),
    /** A BCP 47 language tag. */
    LANGUAGE("language"),
    /** An ISO 4217 currency code. */
    CURRENCY("currency"),
    /** An ISO 3166-1 alpha-2 country code. */
    COUNTRY("country");

    private final String id;

    FieldType(String id) {
        this.id = id;
    }

    /** The type's name in the definition, such as {@code dateTime}. */
    public String id() {
        return id;
    }

    /** True for the kinds written as JSON strings. */
    public boolean isString() {
        return this != OBJECT && this != TEXT && this != INTEGER && this != BOOLEAN;
    }

    /** The type named {@code id} in the definition. */
    public static FieldType of(String id) {
        for (FieldType t : values()) {
            if (t.id.equalsIgnoreCase(id.strip())) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown field type \"" + id + "\"");
    }

    @Override
    public String toString() {
        return id.toLowerCase(Locale.ROOT);
    }
}

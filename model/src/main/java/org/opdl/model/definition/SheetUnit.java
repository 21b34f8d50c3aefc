package org.opdl.model.definition;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a whole-number field counts, as coordinators name it after the number in a spreadsheet cell
 * ("at least 2 credits", "up to 12 participants"), as the {@code sheet_unit} column of the field
 * tables names it. Only the spreadsheet readers look at it, to read a worded minimum or maximum
 * whose words name what the field counts. The set is fixed by the words those readers know, so it
 * is an enum.
 */
public enum SheetUnit {
    /** Credits on produced works: "2 credits", "2 crédits de production". */
    CREDITS("credits"),
    /** Years of practice: "3 years of experience", "3 ans d'expérience". */
    YEARS("years"),
    /** Completed works: "2 completed films", "2 œuvres achevées". */
    WORKS("works"),
    /** Years of age: "35 years old", "35 ans". */
    AGE("age"),
    /** Places in an intake: "12 participants", "12 places". */
    PLACES("places");

    private final String code;

    SheetUnit(String code) {
        this.code = code;
    }

    /** The name used in the field tables, such as {@code credits}. */
    public String code() {
        return code;
    }

    /** The unit with this table name, if any. */
    public static Optional<SheetUnit> fromCode(String code) {
        return Arrays.stream(values()).filter(u -> u.code.equals(code)).findFirst();
    }

    /** True when a field of this type can count this unit: a whole number. */
    public boolean fits(FieldType fieldType) {
        return fieldType == FieldType.INTEGER;
    }
}

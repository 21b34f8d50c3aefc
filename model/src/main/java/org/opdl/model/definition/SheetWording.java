package org.opdl.model.definition;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How coordinators word a field's cells in a spreadsheet beyond what its type reads, as the
 * {@code sheet_wording} column of the field tables names it. Only the spreadsheet readers look at
 * it: no artifact, and no other format, changes with it. The set is fixed by the code of those
 * readers, so it is an enum.
 */
public enum SheetWording {
    /** Regions written as who may apply: "Ontario residents only", "résidents de l'Ontario"; a code field of the region scheme. */
    RESIDENTS("residents", EnumSet.of(FieldType.CODE), Optional.of("region")),
    /** A yes or no written as the help itself ("bursaries available"), refused with where the help's words go; a boolean. */
    HELP("help", EnumSet.of(FieldType.BOOLEAN), Optional.empty()),
    /** Hours in a week written with their unit: "40 h", "30 h / semaine"; a decimal. */
    HOURS("hours", EnumSet.of(FieldType.DECIMAL), Optional.empty()),
    /** The most a program gives, written as "up to $3,000" (read as 3000), or with two amounts (the largest is suggested); a decimal amount of money. */
    CAP("cap", EnumSet.of(FieldType.DECIMAL), Optional.empty()),
    /** The least a program gives or a host pays, written as "min $16,000", "at least $16K" or "16 000 $ et plus" (read as the amount); a decimal amount of money. */
    LEAST("least", EnumSet.of(FieldType.DECIMAL), Optional.empty()),
    /** A share from 0 to 1 written as a percentage: "50%" read as 0.5; a decimal. */
    PERCENT("percent", EnumSet.of(FieldType.DECIMAL), Optional.empty()),
    /**
     * The least a program asks, in a whole number written "18+" or "at least 2 credits" (read as the
     * number); a range is refused with its ends for this field and the {@link #MAXIMUM} field right
     * after it in the table. A whole number or a duration.
     */
    MINIMUM("minimum", EnumSet.of(FieldType.INTEGER, FieldType.DURATION), Optional.empty()),
    /** The most a program allows; a range is refused with its ends for the {@link #MINIMUM} field right before it in the table and this one. A whole number or a duration. */
    MAXIMUM("maximum", EnumSet.of(FieldType.INTEGER, FieldType.DURATION), Optional.empty()),
    /** A number of places written as a range ("10–12"), refused with the most and yes in the column that says the number is approximate; a whole number. */
    PLACES("places", EnumSet.of(FieldType.INTEGER), Optional.empty()),
    /** A delivery mode written with the place the program meets ("in person in Montréal"), refused with the mode and where the place goes; a code of delivery-mode. */
    VENUE("venue", EnumSet.of(FieldType.CODE), Optional.of("delivery-mode")),
    /** A kind of credit written with the length of the work ("theatrical feature credits"), refused with the kind and where the length goes; a code of credit-kind. */
    LENGTH("length", EnumSet.of(FieldType.CODE), Optional.of("credit-kind"));

    private final String code;
    private final Set<FieldType> types;
    private final Optional<String> scheme;

    SheetWording(String code, Set<FieldType> types, Optional<String> scheme) {
        this.code = code;
        this.types = types;
        this.scheme = scheme;
    }

    /** The name used in the field tables, such as {@code residents}. */
    public String code() {
        return code;
    }

    /** The wording with this table name, if any. */
    public static Optional<SheetWording> fromCode(String code) {
        return Arrays.stream(values()).filter(w -> w.code.equals(code)).findFirst();
    }

    /** True when a field of this type and scheme can be worded this way. */
    public boolean fits(FieldType fieldType, Optional<String> fieldScheme) {
        return types.contains(fieldType) && (scheme.isEmpty() || scheme.equals(fieldScheme));
    }

    /** The types and scheme of the fields that can be worded this way, such as {@code code of region} or {@code integer or duration}. */
    public String fitting() {
        return types.stream().map(FieldType::code).collect(Collectors.joining(" or ")) + scheme.map(s -> " of " + s).orElse("");
    }
}

package org.opdl.model.definition;

import java.util.Arrays;
import java.util.Optional;

/**
 * How coordinators word a field's cells in a spreadsheet beyond what its type reads, as the
 * {@code sheet_wording} column of the field tables names it. Only the spreadsheet readers look at
 * it: no artifact, and no other format, changes with it. The set is fixed by the code of those
 * readers, so it is an enum.
 */
public enum SheetWording {
    /** Regions written as who may apply: "Ontario residents only", "résidents de l'Ontario"; a code field of the region scheme. */
    RESIDENTS("residents", FieldType.CODE, Optional.of("region")),
    /** A yes or no written as the help itself ("bursaries available"), refused with where the help's words go; a boolean. */
    HELP("help", FieldType.BOOLEAN, Optional.empty()),
    /** Hours in a week written with their unit: "40 h", "30 h / semaine"; a decimal. */
    HOURS("hours", FieldType.DECIMAL, Optional.empty()),
    /** The most a program gives, written as "up to $3,000" (read as 3000), or with two amounts (the largest is suggested); a decimal amount of money. */
    CAP("cap", FieldType.DECIMAL, Optional.empty());

    private final String code;
    private final FieldType type;
    private final Optional<String> scheme;

    SheetWording(String code, FieldType type, Optional<String> scheme) {
        this.code = code;
        this.type = type;
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
        return type == fieldType && (scheme.isEmpty() || scheme.equals(fieldScheme));
    }

    /** The type and scheme of the fields that can be worded this way, such as {@code code of region}. */
    public String fitting() {
        return type.code() + scheme.map(s -> " of " + s).orElse("");
    }
}

package org.opdl.model.text;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;

/** The two languages in which every label, definition, message and heading of OPDL exists. */
public enum Lang {
    /** English. */
    EN,
    /** French. */
    FR;

    /** The BCP 47 tag of this language, {@code en} or {@code fr}. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The locale used to load message bundles in this language. */
    public Locale locale() {
        return this == EN ? Locale.ENGLISH : Locale.FRENCH;
    }

    /**
     * Whether a count takes the singular noun in this language: in English only 1 does ("0 errors",
     * "1 error"), in French 0 and 1 do ("0 erreur", "1 erreur", "2 erreurs").
     */
    public boolean singular(long count) {
        return this == FR ? count == 0 || count == 1 : count == 1;
    }

    /** A count as this language writes it in a sentence, its digits grouped: "5,000", "5 000" (a narrow no-break space). */
    public String grouped(long count) {
        return NumberFormat.getIntegerInstance(locale()).format(count);
    }

    /** The language named by a tag such as {@code en}, {@code FR} or {@code fr-CA}, if it is one of ours. */
    public static Optional<Lang> fromTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        for (Lang lang : values()) {
            if (lang.tag().equals(primary)) {
                return Optional.of(lang);
            }
        }
        return Optional.empty();
    }
}

package org.opdl.model.vocab;

import java.util.Locale;

/** How closely a word or a mapping matches a concept, as SKOS distinguishes them. */
public enum MatchKind {
    /** The same meaning: {@code skos:exactMatch}. */
    EXACT,
    /** A similar meaning that is not interchangeable in every case: {@code skos:closeMatch}. */
    CLOSE;

    /** The lower-case name used in data files and JSON output. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}

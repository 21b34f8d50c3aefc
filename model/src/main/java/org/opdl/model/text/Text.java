package org.opdl.model.text;

import java.util.Objects;

/**
 * One piece of text in English and in French, such as a label, a definition or a message.
 *
 * @param en the English text
 * @param fr the French text
 */
public record Text(String en, String fr) {

    /** Requires both languages, so that nothing in OPDL exists in one language only. */
    public Text {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(fr, "fr");
    }

    /** The text in the given language. */
    public String in(Lang lang) {
        return lang == Lang.FR ? fr : en;
    }

    /**
     * Equal when both languages are. Written out rather than left to the record, whose generated
     * method is bootstrapped through method handles on first use, a cost paid at every start.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Text t && en.equals(t.en) && fr.equals(t.fr);
    }

    @Override
    public int hashCode() {
        return 31 * en.hashCode() + fr.hashCode();
    }

    /** True when either language is blank, which the vocabulary tests forbid. */
    public boolean hasBlank() {
        return en.isBlank() || fr.isBlank();
    }
}

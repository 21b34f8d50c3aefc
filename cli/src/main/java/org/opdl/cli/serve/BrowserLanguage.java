package org.opdl.cli.serve;

import java.util.Locale;
import java.util.Optional;
import org.opdl.model.text.Lang;

/** The language a browser asks for in its {@code Accept-Language} header, among those the page speaks. */
final class BrowserLanguage {

    /** The header's name. */
    static final String HEADER = "Accept-Language";

    /** The longest header read; browsers send a few dozen characters, and a longer one is not a browser's. */
    private static final int LONGEST = 1_000;

    private BrowserLanguage() {
    }

    /**
     * The first language of the header, by weight then by place, that the page speaks; English when
     * there is no header, when it names neither English nor French, or when it is malformed.
     */
    static Lang of(String header) {
        if (header == null || header.isBlank() || header.length() > LONGEST) {
            return Lang.EN;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                Optional<Lang> lang = range.getWeight() > 0 ? Lang.fromTag(range.getRange()) : Optional.empty();
                if (lang.isPresent()) {
                    return lang.get();
                }
            }
        } catch (IllegalArgumentException e) {
            // A malformed header names no language the page can trust.
        }
        return Lang.EN;
    }
}

package org.opdl.schema.cell;

import java.util.regex.Pattern;

/**
 * French words in inclusive spelling, as calls write the people they are for: "racisé·e·s",
 * "racisé-e-s", "racisé.e.s", "racisé(e)s", "racisé·es", "créateur·rice·s". Each is the same word
 * in its two genders, so it is read as the plain word of one gender (the feminine of "racisé", the
 * masculine plural of "créateur"), which names the same group as the other: no meaning is chosen.
 */
final class InclusiveSpellings {

    /** A mark between a word and its ending: middle dot, bullet, hyphenation point, full stop or hyphen. */
    private static final String MARK = "[·•‧.\\-]";
    /** "-e-s", "·e·s", ".e.s" after a letter: the feminine plural. */
    private static final Pattern E_S = Pattern.compile("(?<=\\p{L})" + MARK + "e" + MARK + "s(?!\\p{L})");
    /** "·es", "·e" after a letter, with a dot of the middle only: a full stop or hyphen there may end a sentence or join words. */
    private static final Pattern E_MIDDLE = Pattern.compile("(?<=\\p{L})[·•‧](es?)(?!\\p{L})");
    /** "(e)s", "(es)", "(e)" after a letter. */
    private static final Pattern E_BRACKETED = Pattern.compile("(?<=\\p{L})\\((es?)\\)(s?)(?!\\p{L})");
    /** "eur·rice·s", "eur·ice·s", "eur·euse·s": the masculine plural, as the nouns the readers know are written. */
    private static final Pattern EUR = Pattern.compile("(?<=eur)" + MARK + "(?:rice|ice|euse)(?:" + MARK + "?(s))?(?!\\p{L})");

    private InclusiveSpellings() {
    }

    /** {@code text} with each word in inclusive spelling written as a plain word; the same text when it holds none. */
    static String collapse(String text) {
        if (text.indexOf('·') < 0 && text.indexOf('•') < 0 && text.indexOf('‧') < 0 && text.indexOf('.') < 0
                && text.indexOf('-') < 0 && text.indexOf('(') < 0) {
            return text;
        }
        String s = EUR.matcher(text).replaceAll(m -> m.group(1) == null ? "" : "s");
        s = E_S.matcher(s).replaceAll("es");
        s = E_MIDDLE.matcher(s).replaceAll("$1");
        return E_BRACKETED.matcher(s).replaceAll("$1$2");
    }
}

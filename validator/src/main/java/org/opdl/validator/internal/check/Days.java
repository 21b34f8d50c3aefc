package org.opdl.validator.internal.check;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.opdl.model.text.Text;

/**
 * A day as a sentence of each language writes it: {@code July 2, 2027} in English, {@code 2 juillet
 * 2027} in French ({@code 1er juillet 2027} on the first), for the people who read a message; the
 * ISO form stays in what a program reads.
 */
public final class Days {

    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.FRENCH);

    private Days() {
    }

    /** The day in words, in English and French. */
    public static Text inWords(LocalDate day) {
        String french = (day.getDayOfMonth() == 1 ? "1er" : String.valueOf(day.getDayOfMonth())) + " " + FRENCH.format(day);
        return new Text(ENGLISH.format(day), french);
    }
}

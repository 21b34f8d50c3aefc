package org.opdl.validator.rules;

import java.time.LocalDate;
import org.opdl.model.vocab.Concept;
import org.opdl.validator.internal.check.Days;
import org.opdl.validator.rule.Listing;

/**
 * How the rules on a listing's status and dates write a status and a day in their messages. A
 * listing read from a sheet gets them as its coordinator reads them: the status by its label in the
 * message's language, as the sheet's dropdown offers it, and the day in words ("2 juillet 2027"). A
 * listing read from a file that programs write gets the code and the ISO day, as the file holds them.
 */
final class StatusAndDays {

    private static final String SCHEME = "listing-status";

    private StatusAndDays() {
    }

    /** The status {@code code}: its label for a sheet, else the code. */
    static Object status(Listing listing, String code) {
        if (!listing.inRows()) {
            return code;
        }
        return listing.standard().vocabulary().scheme(SCHEME).flatMap(s -> s.concept(code))
                .<Object>map(Concept::label).orElse(code);
    }

    /** The day: in words for a sheet, else in ISO form. */
    static Object day(Listing listing, LocalDate day) {
        return listing.inRows() ? Days.inWords(day) : day.toString();
    }
}

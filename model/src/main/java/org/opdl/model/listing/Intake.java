package org.opdl.model.listing;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One round in which a program takes participants, with its application and program dates and its
 *     number of places.
 *
 * <p>Generated from {@code standard/listing/fields.csv} by the model module's {@code
 *     ListingSourceGenerator}; edit the table, not this file.
 *
 * @param applicationOpens Applications open: The first day on which applications are accepted.
 * @param applicationDeadline Application deadline: The last day on which applications are
 *     accepted.
 * @param startDate Start date: The day the program starts for this intake.
 * @param endDate End date: The day the program ends for this intake.
 * @param places Places: How many participants, teams or companies this intake accepts.
 */
public record Intake(
        Optional<LocalDate> applicationOpens,
        Optional<LocalDate> applicationDeadline,
        Optional<LocalDate> startDate,
        Optional<LocalDate> endDate,
        Optional<Integer> places) {

    /** Checks that required fields are present and that lists and language maps are never empty. */
    public Intake {
        Values.optional(applicationOpens, "applicationOpens");
        Values.optional(applicationDeadline, "applicationDeadline");
        Values.optional(startDate, "startDate");
        Values.optional(endDate, "endDate");
        Values.optional(places, "places");
    }
}

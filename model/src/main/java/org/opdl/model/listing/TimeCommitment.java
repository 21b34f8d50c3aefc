package org.opdl.model.listing;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How much of a participant's working week a program takes.
 *
 * <p>Generated from {@code standard/listing/fields.csv} by the model module's {@code
 *     ListingSourceGenerator}; edit the table, not this file.
 *
 * @param hoursPerWeek Hours per week: The hours a participant spends on the program in a typical
 *     week, as a decimal number written as text.
 * @param mode Full or part time: Whether taking part fills a full working week or only part of it.
 */
public record TimeCommitment(
        Optional<BigDecimal> hoursPerWeek,
        Optional<String> mode) {

    /** Checks that required fields are present and that lists and language maps are never empty. */
    public TimeCommitment {
        Values.optional(hoursPerWeek, "hoursPerWeek");
        Values.optional(mode, "mode");
    }
}

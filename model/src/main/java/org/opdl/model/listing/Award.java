package org.opdl.model.listing;

import java.util.Optional;

/**
 * Money given to a participant's project, fixed or within a range.
 *
 * <p>Generated from {@code standard/listing/fields.csv} by the model module's {@code
 *     ListingSourceGenerator}; edit the table, not this file.
 *
 * @param amount Fixed award: The amount every selected project receives.
 * @param minimum Smallest award: The smallest amount a project can receive.
 * @param maximum Largest award: The largest amount a project can receive.
 */
public record Award(
        Optional<MonetaryAmount> amount,
        Optional<MonetaryAmount> minimum,
        Optional<MonetaryAmount> maximum) {

    /** Checks that required fields are present and that lists and language maps are never empty. */
    public Award {
        Values.optional(amount, "amount");
        Values.optional(minimum, "minimum");
        Values.optional(maximum, "maximum");
    }
}

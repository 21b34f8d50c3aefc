package org.opdl.model.listing;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A share of a participant's costs that a program pays back, up to a cap.
 *
 * <p>Generated from {@code standard/listing/fields.csv} by the model module's {@code
 *     ListingSourceGenerator}; edit the table, not this file.
 *
 * @param rate Subsidy rate: The share of eligible costs the program pays, from 0 to 1, written as
 *     text, such as "0.5" for half.
 * @param cap Subsidy cap: The most the program pays back.
 */
public record Subsidy(
        Optional<BigDecimal> rate,
        Optional<MonetaryAmount> cap) {

    /** Checks that required fields are present and that lists and language maps are never empty. */
    public Subsidy {
        Values.optional(rate, "rate");
        Values.optional(cap, "cap");
    }
}

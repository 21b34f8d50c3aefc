package org.opdl.model.listing;

/**
 * Money paid to a participant for taking part, with the period each amount covers.
 *
 * <p>Generated from {@code standard/listing/fields.csv} by the model module's {@code
 *     ListingSourceGenerator}; edit the table, not this file.
 *
 * @param amount Stipend amount: How much is paid for each period.
 * @param period Stipend period: The period that one amount covers, or total when it is paid once
 *     for the whole program.
 */
public record Stipend(
        MonetaryAmount amount,
        String period) {

    /** Checks that required fields are present and that lists and language maps are never empty. */
    public Stipend {
        Values.required(amount, "amount");
        Values.required(period, "period");
    }
}

package org.opdl.model.listing;

/**
 * An amount a participant pays to apply to or take part in a program.
 *
 * <p>Generated from {@code standard/listing/fields.csv} by the model module's {@code
 *     ListingSourceGenerator}; edit the table, not this file.
 *
 * @param feeType Fee type: The kind of fee, as a code of the fee-type scheme.
 * @param amount Fee amount: How much the fee is.
 */
public record Fee(
        String feeType,
        MonetaryAmount amount) {

    /** Checks that required fields are present and that lists and language maps are never empty. */
    public Fee {
        Values.required(feeType, "feeType");
        Values.required(amount, "amount");
    }
}

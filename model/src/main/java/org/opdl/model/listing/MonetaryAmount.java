package org.opdl.model.listing;

import java.math.BigDecimal;

/**
 * An exact amount of money in one currency.
 *
 * <p>Generated from {@code standard/listing/fields.csv} by the model module's {@code
 *     ListingSourceGenerator}; edit the table, not this file.
 *
 * @param amount Amount: The amount of money, as an exact decimal number written as text, such as
 *     "1500.00"; never a binary floating-point number.
 * @param currency Currency: The currency of the amount, as an ISO 4217 code such as CAD.
 */
public record MonetaryAmount(
        BigDecimal amount,
        String currency) {

    /** Checks that required fields are present and that lists and language maps are never empty. */
    public MonetaryAmount {
        Values.required(amount, "amount");
        Values.required(currency, "currency");
    }
}

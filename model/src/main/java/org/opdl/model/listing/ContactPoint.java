package org.opdl.model.listing;

import java.util.Optional;

/**
 * A person or team that answers questions about a program.
 *
 * <p>Generated from {@code standard/listing/fields.csv} by the model module's {@code
 *     ListingSourceGenerator}; edit the table, not this file.
 *
 * @param email Email: The email address to write to.
 * @param name Contact name: The name of the person or team to write to.
 * @param phone Phone: A phone number, in international form such as +1 416 304 0280.
 */
public record ContactPoint(
        String email,
        Optional<String> name,
        Optional<String> phone) {

    /** Checks that required fields are present and that lists and language maps are never empty. */
    public ContactPoint {
        Values.required(email, "email");
        Values.optional(name, "name");
        Values.optional(phone, "phone");
    }
}

package org.opdl.model.listing;

import java.util.Map;
import java.util.Optional;

/**
 * An organization that provides, delivers, funds or publishes programs.
 *
 * <p>Generated from {@code standard/listing/fields.csv} by the model module's {@code
 *     ListingSourceGenerator}; edit the table, not this file.
 *
 * @param id Identifier: The stable identifier of the organization: an https IRI, or provider:
 *     followed by the organization's short code.
 * @param name Name: The name of the organization, in each language in which it has one.
 * @param website Website: The home page of the organization.
 */
public record Organization(
        Optional<String> id,
        Map<String, String> name,
        Optional<String> website) {

    /** Checks that required fields are present and that lists and language maps are never empty. */
    public Organization {
        Values.optional(id, "id");
        name = Values.text(name, "name", true);
        Values.optional(website, "website");
    }
}

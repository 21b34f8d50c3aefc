package org.opdl.model.listing;

import java.util.Optional;

/**
 * A place where a program is held, by city, province or territory, and country.
 *
 * <p>Generated from {@code standard/listing/fields.csv} by the model module's {@code
 *     ListingSourceGenerator}; edit the table, not this file.
 *
 * @param city City: The city or community.
 * @param region Region: The province or territory, as an ISO 3166-2:CA code, or international for
 *     a place outside Canada.
 * @param country Country: The country, as an ISO 3166-1 alpha-2 code such as CA.
 * @param streetAddress Street address: The street address of the venue.
 */
public record Place(
        String city,
        String region,
        String country,
        Optional<String> streetAddress) {

    /** Checks that required fields are present and that lists and language maps are never empty. */
    public Place {
        Values.required(city, "city");
        Values.required(region, "region");
        Values.required(country, "country");
        Values.optional(streetAddress, "streetAddress");
    }
}

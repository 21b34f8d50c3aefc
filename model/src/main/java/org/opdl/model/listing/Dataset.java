package org.opdl.model.listing;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A set of program listings published together, with the standard's version, the publisher, a
 *     licence and the time it was produced.
 *
 * <p>Generated from {@code standard/listing/dataset.csv} by the model module's {@code
 *     ListingSourceGenerator}; edit the table, not this file.
 *
 * @param publisher Publisher: The organization that publishes the dataset.
 * @param license Licence: The address of the licence under which the dataset may be reused.
 * @param generated Generated: When the dataset was produced, as a date and time with its offset
 *     from UTC.
 * @param listings Listings: The program listings in the dataset, each a complete listing.
 */
public record Dataset(
        Organization publisher,
        String license,
        OffsetDateTime generated,
        List<Listing> listings) {

    /** Checks that required fields are present and that lists and language maps are never empty. */
    public Dataset {
        Values.required(publisher, "publisher");
        Values.required(license, "license");
        Values.required(generated, "generated");
        listings = Values.list(listings, "listings", true);
    }
}

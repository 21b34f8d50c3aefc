package org.opdl.validator.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The dates of a listing's intakes, read once per listing and shared by the date rules. */
final class Intakes {

    /** One intake: its pointer, and each of its dates, empty when absent or not a date. */
    record Dates(String pointer, Optional<LocalDate> opens, Optional<LocalDate> deadline,
            Optional<LocalDate> start, Optional<LocalDate> end) {
    }

    private Intakes() {
    }

    /** The intakes of a listing that are objects, in order. */
    static List<Dates> of(Listing listing) {
        return listing.derived(Intakes.class, Intakes::read);
    }

    private static List<Dates> read(Listing listing) {
        List<Dates> out = new ArrayList<>();
        for (String intake : listing.items("/intakes")) {
            out.add(new Dates(intake, listing.date(intake + "/applicationOpens"),
                    listing.date(intake + "/applicationDeadline"), listing.date(intake + "/startDate"),
                    listing.date(intake + "/endDate")));
        }
        return out;
    }
}

package org.opdl.validator.internal.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opdl.validator.rule.Listing;
import tools.jackson.databind.JsonNode;

/** The dates of a listing's intakes, read once per listing and shared by the date rules. */
public final class Intakes {

    /** One intake: its pointer, and each of its dates, empty when absent or not a date. */
    public record Dates(String pointer, Optional<LocalDate> opens, Optional<LocalDate> deadline,
            Optional<LocalDate> start, Optional<LocalDate> end) {
    }

    private Intakes() {
    }

    /** The intakes of a listing that are objects, in order. */
    public static List<Dates> of(Listing listing) {
        return listing.derived(Intakes.class, Intakes::read);
    }

    private static Optional<LocalDate> date(JsonNode intake, String name) {
        return Listing.date(intake.get(name));
    }

    private static List<Dates> read(Listing listing) {
        List<Dates> out = new ArrayList<>();
        for (Listing.Value intake : listing.objectsIn("intakes")) {
            JsonNode n = intake.node();
            out.add(new Dates(intake.pointer(), date(n, "applicationOpens"), date(n, "applicationDeadline"),
                    date(n, "startDate"), date(n, "endDate")));
        }
        return out;
    }
}

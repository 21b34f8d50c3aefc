package org.opdl.validator.match;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.opdl.validator.rule.IsoDates;
import tools.jackson.databind.JsonNode;

/**
 * Whether the listing states an edition a producer can still apply to. A listing that gives no status,
 * takes no applications on a rolling basis, and whose every intake is dated (by its days or its year)
 * before the profile's date offers only editions that are past: it does not fit now, and the reason
 * names the year of the last one, so that a program announced once, years ago, is not shown as one to
 * apply to. A status (closed, open) is taken at its word, and deadlines that have all passed leave the
 * program out as closed; a listing that states no date is never judged past. A producer who asks to see
 * closed programs too is shown such a program, its past edition named and whether a later one will come
 * left unknown, so that she can watch for its next call.
 */
final class Edition implements Criterion {

    private static final String[] DAYS = {"applicationOpens", "applicationDeadline", "startDate", "endDate"};

    private final boolean closedShown;

    /** The check; with {@code closedShown}, a program whose editions are past is shown rather than judged not to fit. */
    Edition(boolean closedShown) {
        this.closedShown = closedShown;
    }

    @Override
    public void check(JsonNode listing, Profile profile, List<Match.Check> out) {
        if (!listing.path("status").asString("").isEmpty() || listing.path("recurrence").asString("").equals("rolling")) {
            // A status says, better than dates, whether the program takes applications.
            return;
        }
        JsonNode intakes = listing.path("intakes");
        if (!intakes.isArray() || intakes.isEmpty() || everyDeadlineStated(intakes)) {
            // Deadlines all passed are said as such: the matcher leaves the program out as past its deadline.
            return;
        }
        int lastYear = Integer.MIN_VALUE;
        for (JsonNode intake : intakes) {
            Optional<Integer> year = pastYear(intake, profile.date());
            if (year.isEmpty()) {
                return;
            }
            lastYear = Math.max(lastYear, year.get());
        }
        String key = "edition.past" + (closedShown ? ".shown" : "") + (intakes.size() == 1 ? ".one" : ".other");
        out.add(new Match.Check("edition", closedShown ? Match.Outcome.UNKNOWN : Match.Outcome.DOES_NOT_FIT,
                Reason.of(key, String.valueOf(lastYear)), false));
    }

    private static boolean everyDeadlineStated(JsonNode intakes) {
        for (JsonNode intake : intakes) {
            if (!intake.has("applicationDeadline")) {
                return false;
            }
        }
        return true;
    }

    /** The year of an intake wholly before {@code today}, or empty when it is not, or states no time. */
    private static Optional<Integer> pastYear(JsonNode intake, LocalDate today) {
        LocalDate last = null;
        for (String field : DAYS) {
            Optional<LocalDate> day = IsoDates.date(intake.path(field).asString(""));
            if (day.isPresent() && (last == null || day.get().isAfter(last))) {
                last = day.get();
            }
        }
        if (last != null) {
            return last.isBefore(today) ? Optional.of(last.getYear()) : Optional.empty();
        }
        JsonNode year = intake.path("year");
        return year.isIntegralNumber() && year.canConvertToInt() && year.intValue() < today.getYear()
                ? Optional.of(year.intValue()) : Optional.empty();
    }
}

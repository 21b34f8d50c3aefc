package org.opdl.validator.rules;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.opdl.model.finding.Severity;
import org.opdl.validator.internal.check.Intakes;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.RecordRule;
import org.opdl.validator.rule.RunMemo;

/**
 * {@code opdl.dates.duration-mismatch}: every intake's start and end dates disagree, by more than a
 * fifth (and more than a week), with the stated duration and fall outside the shortest-to-longest
 * range the listing gives ({@code minDuration}, {@code maxDuration}). A program of 3 to 6 months
 * whose dates span 5 is consistent, whatever its usual duration.
 */
final class DatesDurationRule extends BaseRule implements RecordRule {

    DatesDurationRule() {
        super("opdl.dates.duration-mismatch", Severity.WARNING, Layer.SEMANTIC);
    }

    /** Durations repeat across a file ("P6M", "P12W"); the general parser is a regular expression. */
    private static final RunMemo<Long> DAYS = new RunMemo<>(64, DatesDurationRule::parseDays);

    /** The days a stated duration stands for (a month as 30, a year as 365), or 0 if it does not parse. */
    private static Long parseDays(String text) {
        try {
            Period p = Period.parse(text);
            return p.getYears() * 365L + p.getMonths() * 30L + p.getDays();
        } catch (DateTimeParseException e) {
            return 0L;
        }
    }

    /** A stated duration and its days; days of 0 when the listing does not state it or it does not parse. */
    private record Stated(String text, long days) {

        boolean given() {
            return days > 0;
        }
    }

    private static Stated stated(Listing listing, String pointer) {
        return listing.string(pointer).map(t -> new Stated(t, listing.recall(DAYS, t))).orElse(new Stated("", 0));
    }

    private static long slack(long span, long days) {
        return Math.max(7, Math.max(span, days) / 5);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        Stated usual = stated(listing, "/duration");
        Stated shortest = stated(listing, "/minDuration");
        Stated longest = stated(listing, "/maxDuration");
        if (!usual.given() && !shortest.given() && !longest.given()) {
            return;
        }
        long firstSpan = -1;
        for (Intakes.Dates intake : Intakes.of(listing)) {
            Optional<LocalDate> start = intake.start();
            Optional<LocalDate> end = intake.end();
            if (start.isEmpty() || end.isEmpty() || end.get().isBefore(start.get())) {
                continue;
            }
            long span = ChronoUnit.DAYS.between(start.get(), end.get()) + 1;
            if (agrees(span, usual, shortest, longest)) {
                return;
            }
            if (firstSpan < 0) {
                firstSpan = span;
            }
        }
        if (firstSpan < 0) {
            return;
        }
        if (usual.given()) {
            report(out, "/duration", usual.text(), usual.days(), firstSpan);
        } else if (shortest.given() && firstSpan < shortest.days()) {
            reportAs(out, "shorter", "/minDuration", shortest.text(), shortest.days(), firstSpan);
        } else {
            reportAs(out, "longer", "/maxDuration", longest.text(), longest.days(), firstSpan);
        }
    }

    /** True when {@code span} is near the usual duration, or within the range the listing gives. */
    private static boolean agrees(long span, Stated usual, Stated shortest, Stated longest) {
        if (usual.given() && Math.abs(span - usual.days()) <= slack(span, usual.days())) {
            return true;
        }
        if (!shortest.given() && !longest.given()) {
            return false;
        }
        boolean longEnough = !shortest.given() || span >= shortest.days() - slack(span, shortest.days());
        boolean shortEnough = !longest.given() || span <= longest.days() + slack(span, longest.days());
        return longEnough && shortEnough;
    }
}

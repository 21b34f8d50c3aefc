package org.opdl.validator.match;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opdl.model.stage.CareerStageScale;
import org.opdl.validator.rule.IsoDates;
import tools.jackson.databind.JsonNode;

/**
 * Matches listings against one profile, a listing at a time, keeping only the answers: the
 * programs that fit and the near misses, with counts of the rest. Each criterion the listing
 * states is checked; one it does not state is unknown, never guessed.
 */
public final class Matcher {

    private final Profile profile;
    private final boolean includeClosed;
    private final String stage;
    private final List<Criterion> criteria;
    private final List<Match> fits = new ArrayList<>();
    private final List<Match> near = new ArrayList<>();
    private final List<Match> others = new ArrayList<>();
    private final boolean all;
    private long notFitting;
    private long closed;
    private long read;
    private long repeated;
    /** The judgement kept for each id so far: a program read twice is matched once, by its copy updated last. */
    private final Map<String, Judgement> ids = new HashMap<>();

    /** A matcher for this profile; closed programs and passed deadlines are kept only with {@code includeClosed}. */
    public Matcher(Profile profile, boolean includeClosed) {
        this(profile, includeClosed, false);
    }

    /**
     * A matcher that also keeps, with {@code all}, each program that does not fit with its reasons,
     * rather than only counting them.
     */
    public Matcher(Profile profile, boolean includeClosed, boolean all) {
        this.profile = profile;
        this.includeClosed = includeClosed;
        this.all = all;
        this.stage = CareerStageScale.standard().classify(profile.record()).stage();
        this.criteria = List.of(new Edition(includeClosed), new Ways(stage), new Places(), new Languages(), new Audience(), new Applicant(),
                new Cost(), new AgeLimit());
    }

    /** Matches one listing. */
    public void accept(JsonNode listing) {
        keep(judge(listing));
    }

    /**
     * Judges one listing against the profile without keeping the answer: safe to call on any thread,
     * in any order, as a reader's parsing threads do. {@link #keep} then takes the judgements in the
     * file's order, so that the answer is the one {@link #accept} gives.
     */
    public Judgement judge(JsonNode listing) {
        String status = listing.path("status").asString("");
        Optional<JsonNode> next = nextIntake(listing);
        Optional<LocalDate> deadline = next.flatMap(i -> IsoDates.date(i.path("applicationDeadline").asString("")));
        boolean passed = deadline.isEmpty() && hasDeadline(listing);
        String id = listing.path("id").asString("");
        Optional<Instant> updated = updated(listing);
        if (!includeClosed && (status.equals("closed") || status.equals("discontinued") || passed)) {
            return new Judgement(true, null, id, updated);
        }
        List<Match.Check> checks = new ArrayList<>();
        for (Criterion c : criteria) {
            c.check(listing, profile, checks);
        }
        Match.Verdict verdict = Criterion.fits(checks) ? Match.Verdict.FITS
                : Criterion.near(checks) ? Match.Verdict.NEAR_MISS : Match.Verdict.DOES_NOT_FIT;
        if (verdict == Match.Verdict.DOES_NOT_FIT && !all) {
            return new Judgement(false, null, id, updated);
        }
        return new Judgement(false, new Match(id, texts(listing.path("title")),
                texts(listing.path("provider").path("name")), partners(listing.path("partners")), listing.path("url").asString(""), deadline,
                next.flatMap(EditionPlace::of), status, verdict, checks), id, updated);
    }

    /** Keeps the judgement of the next listing, in the order listings are read. */
    public void keep(Judgement j) {
        read++;
        if (!j.id().isEmpty()) {
            Judgement before = ids.putIfAbsent(j.id(), j);
            if (before != null) {
                // The same program from two files (a provider's own file beside the body's merged one) is one
                // program: the copy updated last says it best, whichever file came first.
                repeated++;
                if (!j.newerThan(before)) {
                    return;
                }
                ids.put(j.id(), j);
                count(before, -1);
            }
        }
        count(j, 1);
    }

    /** Counts a judgement in the answer, or with {@code sign} -1 takes it back out. */
    private void count(Judgement j, int sign) {
        if (j.closed()) {
            closed += sign;
            return;
        }
        Match m = j.match();
        if (m == null || m.verdict() == Match.Verdict.DOES_NOT_FIT) {
            notFitting += sign;
        }
        if (m != null) {
            List<Match> list = m.verdict() == Match.Verdict.FITS ? fits : m.verdict() == Match.Verdict.NEAR_MISS ? near : others;
            if (sign > 0) {
                list.add(m);
            } else {
                list.remove(m);
            }
        }
    }

    /** When the listing says it was last updated; empty when it does not, or not as a date and time. */
    private static Optional<Instant> updated(JsonNode listing) {
        return IsoDates.dateTime(listing.path("lastUpdated").asString("")).map(OffsetDateTime::toInstant);
    }

    /**
     * What one listing came to: left out as closed, only counted as not fitting (no match), or a
     * match kept with its verdict and reasons.
     *
     * @param closed true for a closed program or a passed deadline, left out
     * @param match the match kept, or null for a listing only counted
     * @param id the listing's id, empty when it gives none
     * @param updated when the listing says it was last updated, if it does
     */
    public record Judgement(boolean closed, Match match, String id, Optional<Instant> updated) {

        /** True when this copy of a program was updated after {@code other}; a copy that does not say is never the newer. */
        boolean newerThan(Judgement other) {
            return updated.isPresent() && (other.updated.isEmpty() || updated.get().isAfter(other.updated.get()));
        }
    }

    /** The answer for every listing matched so far. */
    public Matches matches() {
        Comparator<Match> order = Comparator.comparingLong(Match::unknowns)
                .thenComparing(m -> m.deadline().orElse(LocalDate.MAX)).thenComparing(Match::id);
        List<Match> f = new ArrayList<>(fits);
        f.sort(order);
        List<Match> n = new ArrayList<>(near);
        n.sort(order);
        List<Match> o = new ArrayList<>(others);
        o.sort(order);
        return new Matches(profile, stage, f, n, notFitting, closed, read, o, repeated);
    }

    /** The intake with the earliest deadline on or after the profile's date, if an intake states one. */
    private Optional<JsonNode> nextIntake(JsonNode l) {
        LocalDate best = null;
        JsonNode found = null;
        for (JsonNode intake : l.path("intakes")) {
            // No deadline, or one that is not a date, states nothing.
            Optional<LocalDate> day = IsoDates.date(intake.path("applicationDeadline").asString(""));
            if (day.isPresent() && !day.get().isBefore(profile.date()) && (best == null || day.get().isBefore(best))) {
                best = day.get();
                found = intake;
            }
        }
        return Optional.ofNullable(found);
    }

    /** True when every intake states a deadline, so that none left means every one has passed. */
    private static boolean hasDeadline(JsonNode l) {
        boolean any = false;
        for (JsonNode intake : l.path("intakes")) {
            if (!intake.has("applicationDeadline")) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** The names of the partners that have one; a partner given by its id alone is no name to say. */
    private static List<Map<String, String>> partners(JsonNode partners) {
        List<Map<String, String>> names = new ArrayList<>();
        for (JsonNode p : partners) {
            Map<String, String> name = texts(p.path("name"));
            name.values().removeIf(String::isBlank);
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    private static Map<String, String> texts(JsonNode n) {
        Map<String, String> out = new LinkedHashMap<>();
        n.properties().forEach(e -> out.put(e.getKey(), e.getValue().asString("")));
        return out;
    }
}

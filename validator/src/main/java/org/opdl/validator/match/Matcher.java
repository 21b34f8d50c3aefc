package org.opdl.validator.match;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opdl.model.stage.CareerStageScale;
import org.opdl.model.text.Text;
import org.opdl.model.vocab.Vocabulary;
import tools.jackson.databind.JsonNode;

/**
 * Matches listings against one profile, a listing at a time, keeping only the answers: the
 * programs that fit and the near misses, with counts of the rest. Each criterion the listing
 * states is checked; one it does not state is unknown, never guessed.
 */
public final class Matcher {

    /** A figure of the record and the eligibility fields that bound it. */
    private record Figure(String name, String min, String max, Text one, Text many) {
        Text word(int n) {
            return n == 1 ? one : many;
        }
    }

    private static final List<Figure> FIGURES = List.of(
            new Figure("completed-works", "minCompletedWorks", "maxCompletedWorks", MatchMessages.MATCHER_COMPLETED_WORK.text(),
                    MatchMessages.MATCHER_COMPLETED_WORKS.text()),
            new Figure("credits", "minCredits", "maxCredits", MatchMessages.MATCHER_CREDIT.text(), MatchMessages.MATCHER_CREDITS.text()),
            new Figure("years", "minYears", "maxYears", MatchMessages.MATCHER_YEAR_PRACTICE.text(),
                    MatchMessages.MATCHER_YEARS_PRACTICE.text()));

    private final Profile profile;
    private final boolean includeClosed;
    private final CareerStageScale scale = CareerStageScale.standard();
    private final Vocabulary vocabulary = Vocabulary.standard();
    private final String stage;
    private final List<Match> fits = new ArrayList<>();
    private final List<Match> near = new ArrayList<>();
    private long notFitting;
    private long closed;
    private long read;

    /** A matcher for this profile; closed programs and passed deadlines are kept only with {@code includeClosed}. */
    public Matcher(Profile profile, boolean includeClosed) {
        this.profile = profile;
        this.includeClosed = includeClosed;
        this.stage = scale.classify(profile.record()).stage();
    }

    /** Matches one listing. */
    public void accept(JsonNode listing) {
        read++;
        String status = listing.path("status").asString("");
        Optional<LocalDate> deadline = nextDeadline(listing);
        boolean passed = deadline.isEmpty() && hasDeadline(listing);
        if (!includeClosed && (status.equals("closed") || status.equals("discontinued") || passed)) {
            closed++;
            return;
        }
        List<Match.Check> checks = new ArrayList<>();
        stages(listing, checks);
        region(listing, checks);
        language(listing, checks);
        targetGroups(listing, checks);
        cost(listing, checks);
        age(listing, checks);
        List<Match.Check> failed = checks.stream().filter(c -> c.outcome() == Match.Outcome.DOES_NOT_FIT).toList();
        Match.Verdict verdict = failed.isEmpty() ? Match.Verdict.FITS
                : failed.stream().allMatch(Match.Check::near) ? Match.Verdict.NEAR_MISS : Match.Verdict.DOES_NOT_FIT;
        if (verdict == Match.Verdict.DOES_NOT_FIT) {
            notFitting++;
            return;
        }
        Match m = new Match(listing.path("id").asString(""), texts(listing.path("title")),
                texts(listing.path("provider").path("name")), listing.path("url").asString(""), deadline, status, verdict, checks);
        (verdict == Match.Verdict.FITS ? fits : near).add(m);
    }

    /** The answer for every listing matched so far. */
    public Matches matches() {
        Comparator<Match> order = Comparator.comparingLong(Match::unknowns)
                .thenComparing(m -> m.deadline().orElse(LocalDate.MAX)).thenComparing(Match::id);
        List<Match> f = new ArrayList<>(fits);
        f.sort(order);
        List<Match> n = new ArrayList<>(near);
        n.sort(order);
        return new Matches(profile, stage, f, n, notFitting, closed, read);
    }

    private void stages(JsonNode l, List<Match.Check> out) {
        JsonNode e = l.path("eligibility");
        boolean bounded = false;
        for (Figure f : FIGURES) {
            int have = switch (f.name()) {
                case "completed-works" -> profile.completedWorks();
                case "credits" -> profile.credits();
                default -> profile.years();
            };
            JsonNode min = e.path(f.min());
            JsonNode max = e.path(f.max());
            if (min.isIntegralNumber()) {
                bounded = true;
                int need = min.intValue();
                int gap = need - have;
                out.add(gap <= 0
                        ? new Match.Check(f.name(), Match.Outcome.FITS, MatchMessages.MATCHER_NEEDS_LEAST_YOU.text(need, f.word(need), have, f.word(need)), false)
                        : new Match.Check(f.name(), Match.Outcome.DOES_NOT_FIT, MatchMessages.MATCHER_NEEDS_LEAST_YOU_2.text(need, f.word(need), have, gap, f.word(gap), f.word(need)), gap == 1));
            }
            if (max.isIntegralNumber()) {
                bounded = true;
                int most = max.intValue();
                int over = have - most;
                out.add(new Match.Check(f.name(), over <= 0 ? Match.Outcome.FITS : Match.Outcome.DOES_NOT_FIT, MatchMessages.MATCHER_ALLOWS_MOST_YOU.text(most, f.word(most), have, f.word(most)), over == 1));
            }
        }
        if (bounded) {
            return;
        }
        List<String> declared = new ArrayList<>();
        l.path("careerStages").forEach(s -> declared.add(s.asString("")));
        Text yours = label("career-stage", stage);
        if (declared.isEmpty()) {
            out.add(new Match.Check("career-stage", Match.Outcome.UNKNOWN, MatchMessages.MATCHER_DOES_NOT_SAY.text(), false));
        } else if (declared.contains(stage)) {
            out.add(new Match.Check("career-stage", Match.Outcome.FITS, MatchMessages.MATCHER_STAGE_YOU_REACH.text(yours), false));
        } else {
            out.add(new Match.Check("career-stage", Match.Outcome.DOES_NOT_FIT, MatchMessages.MATCHER_YOUR_RECORD.text(labels("career-stage", declared), yours), false));
        }
    }

    private void region(JsonNode l, List<Match.Check> out) {
        List<String> residence = new ArrayList<>();
        l.path("eligibility").path("residence").forEach(r -> residence.add(r.asString("")));
        Text yours = label("region", profile.region());
        if (residence.isEmpty()) {
            out.add(new Match.Check("region", Match.Outcome.UNKNOWN, MatchMessages.MATCHER_DOES_NOT_SAY_2.text(), false));
        } else if (residence.contains(profile.region()) || residence.contains("CA")) {
            out.add(new Match.Check("region", Match.Outcome.FITS, MatchMessages.MATCHER_OPEN_RESIDENTS.text(yours), false));
        } else {
            out.add(new Match.Check("region", Match.Outcome.DOES_NOT_FIT, MatchMessages.MATCHER_RESIDENTS_YOU_LIVE.text(labels("region", residence), yours), false));
        }
    }

    private void language(JsonNode l, List<Match.Check> out) {
        List<String> langs = new ArrayList<>();
        l.path("workingLanguages").forEach(x -> langs.add(x.asString("")));
        boolean shared = langs.stream().anyMatch(x -> profile.languages().stream()
                .anyMatch(p -> x.equalsIgnoreCase(p) || x.toLowerCase(java.util.Locale.ROOT).startsWith(p.toLowerCase(java.util.Locale.ROOT) + "-")));
        if (langs.isEmpty()) {
            out.add(new Match.Check("language", Match.Outcome.UNKNOWN,
                    MatchMessages.MATCHER_DOES_NOT_SAY_3.text(), false));
        } else {
            String yours = String.join(", ", profile.languages());
            Text unshared = shared ? new Text("", "") : MatchMessages.MATCHER_YOU_WORK.text(yours);
            out.add(new Match.Check("language", shared ? Match.Outcome.FITS : Match.Outcome.DOES_NOT_FIT, MatchMessages.MATCHER_WORKS.text(String.join(", ", langs), unshared), false));
        }
    }

    private void targetGroups(JsonNode l, List<Match.Check> out) {
        List<String> groups = new ArrayList<>();
        l.path("eligibility").path("targetGroups").forEach(x -> groups.add(x.asString("")));
        if (groups.isEmpty()) {
            return;
        }
        boolean member = groups.stream().anyMatch(profile.targetGroups()::contains);
        Text none = member ? new Text("", "") : MatchMessages.MATCHER_YOUR_PROFILE_NAMES.text();
        out.add(new Match.Check("target-group", member ? Match.Outcome.FITS : Match.Outcome.DOES_NOT_FIT, MatchMessages.MATCHER_RESERVED.text(labels("target-group", groups), none), false));
    }

    private void cost(JsonNode l, List<Match.Check> out) {
        BigDecimal total = BigDecimal.ZERO;
        boolean stated = false;
        for (JsonNode fee : l.path("fees")) {
            String amount = fee.path("amount").path("amount").asString("");
            try {
                total = total.add(new BigDecimal(amount));
                stated = true;
            } catch (NumberFormatException e) {
                // A malformed amount states nothing.
            }
        }
        if (l.has("stipend") && (!stated || total.signum() == 0)) {
            out.add(new Match.Check("cost", Match.Outcome.FITS, MatchMessages.MATCHER_PAYS_STIPEND.text(), false));
        } else if (!stated) {
            out.add(new Match.Check("cost", Match.Outcome.UNKNOWN, MatchMessages.MATCHER_DOES_NOT_STATE.text(), false));
        } else if (total.signum() == 0) {
            out.add(new Match.Check("cost", Match.Outcome.FITS, MatchMessages.MATCHER_FREE.text(), false));
        } else if (profile.budget().isEmpty()) {
            out.add(new Match.Check("cost", Match.Outcome.UNKNOWN, MatchMessages.MATCHER_COSTS_YOUR_PROFILE.text(total.toPlainString()), false));
        } else {
            boolean within = total.compareTo(profile.budget().get()) <= 0;
            out.add(new Match.Check("cost", within ? Match.Outcome.FITS : Match.Outcome.DOES_NOT_FIT, MatchMessages.MATCHER_COSTS_YOUR_BUDGET.text(total.toPlainString(), profile.budget().get().toPlainString()), false));
        }
    }

    private void age(JsonNode l, List<Match.Check> out) {
        JsonNode min = l.path("eligibility").path("minAge");
        JsonNode max = l.path("eligibility").path("maxAge");
        if (!min.isIntegralNumber() && !max.isIntegralNumber()) {
            return;
        }
        String range = (min.isIntegralNumber() ? min.intValue() : 0) + "–" + (max.isIntegralNumber() ? Integer.toString(max.intValue()) : "");
        if (profile.age().isEmpty()) {
            out.add(new Match.Check("age", Match.Outcome.UNKNOWN, MatchMessages.MATCHER_AGE_LIMIT_YOUR.text(range), false));
            return;
        }
        int a = profile.age().getAsInt();
        boolean ok = (!min.isIntegralNumber() || a >= min.intValue()) && (!max.isIntegralNumber() || a <= max.intValue());
        out.add(new Match.Check("age", ok ? Match.Outcome.FITS : Match.Outcome.DOES_NOT_FIT,
                MatchMessages.MATCHER_AGES_YOU.text(range, a), false));
    }

    /** The earliest deadline on or after the profile's date, if an intake states one. */
    private Optional<LocalDate> nextDeadline(JsonNode l) {
        LocalDate best = null;
        for (JsonNode intake : l.path("intakes")) {
            try {
                LocalDate d = LocalDate.parse(intake.path("applicationDeadline").asString(""));
                if (!d.isBefore(profile.date()) && (best == null || d.isBefore(best))) {
                    best = d;
                }
            } catch (DateTimeParseException e) {
                // No deadline, or one that is not a date: it states nothing.
            }
        }
        return Optional.ofNullable(best);
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

    private Text label(String scheme, String code) {
        return vocabulary.concept(scheme, code).map(c -> c.label()).orElse(new Text(code, code));
    }

    private Text labels(String scheme, List<String> codes) {
        return new Text(String.join(", ", codes.stream().map(c -> label(scheme, c).en()).toList()),
                String.join(", ", codes.stream().map(c -> label(scheme, c).fr()).toList()));
    }

    private static Map<String, String> texts(JsonNode n) {
        Map<String, String> out = new LinkedHashMap<>();
        n.properties().forEach(e -> out.put(e.getKey(), e.getValue().asString("")));
        return out;
    }
}

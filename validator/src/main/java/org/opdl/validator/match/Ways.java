package org.opdl.validator.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.opdl.model.stage.CareerStageScale;
import org.opdl.model.text.Text;
import tools.jackson.databind.JsonNode;

/**
 * The career-stage part of eligibility, in every shape the standard gives it: the listing's own
 * bounds, or else its declared stages; its streams, one of which must admit the applicant; and
 * its other ways in ({@code eligibilityAlternatives}), any one of which admits the applicant in
 * place of the listing's own conditions. The way that comes nearest is the one reported. Where a
 * listing or a stream states figures, they are what its stage means (Banff's "mid-career" of two
 * credits), and its stages on the standard's scale are judged only where it states none.
 */
final class Ways implements Criterion {

    private final CareerStageScale scale = CareerStageScale.standard();
    private final String stage;

    /** The ways in, for a producer classified at {@code stage}. */
    Ways(String stage) {
        this.stage = stage;
    }

    @Override
    public void check(JsonNode listing, Profile profile, List<Match.Check> out) {
        List<Match.Check> own = own(listing, profile);
        if (Criterion.fits(own)) {
            out.addAll(own);
            return;
        }
        List<Match.Check> best = own;
        List<Match.Check> words = null;
        for (JsonNode alternative : listing.path("eligibilityAlternatives")) {
            List<Match.Check> way = new ArrayList<>();
            String group = alternative.path("targetGroup").asString("");
            if (!group.isEmpty()) {
                boolean member = Audience.belongs(profile, group);
                way.add(new Match.Check("target-group", member ? Match.Outcome.FITS : Match.Outcome.DOES_NOT_FIT,
                        Reason.of(member ? "alternative.group.fits" : "alternative.group.misses", Words.label("target-group", group)),
                        false));
            }
            range(alternative, way);
            Bounds.check(alternative, profile, way);
            if (way.isEmpty()) {
                words = words == null ? inWords(alternative, own) : words;
                continue;
            }
            if (Criterion.distance(way) < Criterion.distance(best)) {
                way.add(0, new Match.Check("alternative", Criterion.fits(way) ? Match.Outcome.FITS : Match.Outcome.DOES_NOT_FIT,
                        Reason.of(Criterion.fits(way) ? "alternative.fits" : "alternative.nearest", Words.phrase(alternative.path("label"))),
                        Criterion.near(way)));
                best = way;
            }
        }
        out.addAll(words != null && !Criterion.fits(best) ? words : best);
    }

    /**
     * A way in said only in words ("or comparable experience"): a profile cannot show it, so it may
     * admit the producer, and the listing's own conditions that are not met are said beside it as
     * what holds otherwise, never as a fit nor as a reason to shut out.
     */
    private static List<Match.Check> inWords(JsonNode alternative, List<Match.Check> own) {
        List<Match.Check> way = new ArrayList<>();
        way.add(new Match.Check("alternative", Match.Outcome.UNKNOWN, Reason.of("alternative.words", Words.phrase(alternative.path("label"))), false));
        for (Match.Check c : own) {
            way.add(c.outcome() == Match.Outcome.DOES_NOT_FIT
                    ? new Match.Check(c.criterion(), Match.Outcome.UNKNOWN, Reason.of("alternative.otherwise", c.said()), false) : c);
        }
        return way;
    }

    /** The listing's own conditions: its bounds, its streams, or else its declared stages. */
    private List<Match.Check> own(JsonNode listing, Profile profile) {
        List<Match.Check> out = new ArrayList<>();
        boolean bounded = Bounds.check(listing.path("eligibility"), profile, out);
        if (!bounded && Stated.none(listing, "no-experience")) {
            out.add(new Match.Check("career-stage", Match.Outcome.FITS, Reason.of("bound.none"), false));
            bounded = true;
        }
        JsonNode streams = listing.path("streams");
        if (streams.isArray() && !streams.isEmpty()) {
            out.addAll(bestStream(streams, profile));
        } else if (!bounded) {
            declared(listing, out);
        }
        return out;
    }

    private List<Match.Check> bestStream(JsonNode streams, Profile profile) {
        List<List<Match.Check>> ways = new ArrayList<>();
        List<Text> names = new ArrayList<>();
        for (JsonNode stream : streams) {
            List<Match.Check> way = new ArrayList<>();
            if (!Bounds.check(stream, profile, way) && !range(stream, way)) {
                way.add(new Match.Check("career-stage", Match.Outcome.UNKNOWN, Reason.of("stage.unknown"), false));
            }
            ways.add(way);
            names.add(Words.of(stream.path("name")));
        }
        Comparator<Integer> nearest = Comparator.comparingInt((Integer i) -> Criterion.distance(ways.get(i)))
                .thenComparingLong(i -> ways.get(i).stream().filter(c -> c.outcome() == Match.Outcome.UNKNOWN).count());
        int best = 0;
        for (int i = 1; i < ways.size(); i++) {
            best = nearest.compare(i, best) < 0 ? i : best;
        }
        List<Match.Check> way = ways.get(best);
        Text name = names.get(best);
        List<Match.Check> out = new ArrayList<>();
        boolean fits = Criterion.fits(way);
        out.add(new Match.Check("stream", fits ? Match.Outcome.FITS : Match.Outcome.DOES_NOT_FIT,
                Reason.of(fits ? "stream.fits" : "stream.misses", name), Criterion.near(way)));
        for (Match.Check c : way) {
            out.add(new Match.Check(c.criterion(), c.outcome(), Reason.of("stream.check", name, c.said()), c.near()));
        }
        return out;
    }

    /** Adds the check of a stage range, {@code lowestStage} to {@code highestStage}; true when one is stated. */
    private boolean range(JsonNode object, List<Match.Check> out) {
        String lowest = object.path("lowestStage").asString("");
        String highest = object.path("highestStage").asString("");
        if (lowest.isEmpty() && highest.isEmpty()) {
            return false;
        }
        List<String> codes = scale.codes();
        int lo = lowest.isEmpty() ? 0 : scale.rank(lowest);
        int hi = highest.isEmpty() ? codes.size() - 1 : scale.rank(highest);
        int mine = scale.rank(stage);
        boolean within = lo >= 0 && hi >= 0 && lo <= mine && mine <= hi;
        Text from = Words.stage(codes.get(Math.max(lo, 0)));
        Text mineLabel = Words.stage(stage);
        // A range of one stage ("Mid-career" to "Mid-career") is said as that stage alone.
        Reason reason = lo >= 0 && lo == hi ? Reason.of("stage.only", from, mineLabel)
                : Reason.of("stage.range", from, Words.stage(codes.get(hi < 0 ? codes.size() - 1 : hi)), mineLabel);
        out.add(new Match.Check("career-stage", within ? Match.Outcome.FITS : Match.Outcome.DOES_NOT_FIT, reason, false));
        return true;
    }

    private void declared(JsonNode listing, List<Match.Check> out) {
        List<String> declared = new ArrayList<>();
        listing.path("careerStages").forEach(s -> declared.add(s.asString("")));
        JsonNode inWords = listing.path("eligibility").path("experienceRequired");
        if (declared.isEmpty() && inWords.isObject() && !Words.phrase(inWords).en().isEmpty()) {
            // The experience asked for in words only (credits counted in hours, works of several kinds):
            // "does not say" would be untrue, and the producer needs the words to judge.
            out.add(new Match.Check("career-stage", Match.Outcome.UNKNOWN, Reason.of("experience.in-words", Words.phrase(inWords)),
                    false));
        } else if (declared.isEmpty()) {
            out.add(new Match.Check("career-stage", Match.Outcome.UNKNOWN, Reason.of("stage.unknown"), false));
        } else if (declared.contains(stage)) {
            out.add(new Match.Check("career-stage", Match.Outcome.FITS, Reason.of("stage.fits", Words.stage(stage)), false));
        } else {
            out.add(new Match.Check("career-stage", Match.Outcome.DOES_NOT_FIT,
                    Reason.of(declared.size() == 1 ? "stage.misses.one" : "stage.misses.other", Reason.stages(declared),
                            Words.stage(stage)), false));
        }
    }
}

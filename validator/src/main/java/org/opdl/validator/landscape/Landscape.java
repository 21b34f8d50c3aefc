package org.opdl.validator.landscape;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opdl.model.text.Lang;

/**
 * Every figure of a landscape report. Counts are of listings; a share is a count over the base of
 * its figure. Listings with an error are left out of every figure but the data quality, and
 * {@code excluded} says why.
 *
 * @param listings the listings read
 * @param included the listings counted: those with no error
 * @param repeated the listings counted that give the id of a listing counted before, from another file
 * @param excluded for each rule that found an error, the number of listings it left out
 * @param distributions the counts by each dimension
 * @param gaps where no open program serves a stage
 * @param wordings how providers word career stages
 * @param quality the completeness of the data
 * @param comparisons the shares found beside the industry report's figures
 */
public record Landscape(long listings, long included, long repeated, Map<String, Long> excluded, List<Distribution> distributions,
        Gaps gaps, StageWordings wordings, Quality quality, List<Comparison> comparisons) {

    /** Copies the collections. */
    public Landscape {
        excluded = Map.copyOf(excluded);
        distributions = List.copyOf(distributions);
        comparisons = List.copyOf(comparisons);
    }

    /** The distribution of one dimension. */
    public Distribution distribution(String dimension) {
        return distributions.stream().filter(d -> d.dimension().equals(dimension)).findFirst().orElseThrow();
    }

    /**
     * The counts of one dimension (program type, career stage, region…).
     *
     * @param dimension the dimension's id, such as {@code program-type}
     * @param base the listings counted
     * @param counts the listings with each code, in the order of its scheme; a listing with several codes counts for each
     * @param notStated the listings that give no value
     */
    public record Distribution(String dimension, long base, Map<String, Long> counts, long notStated) {
        /** Copies the counts. */
        public Distribution {
            counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        }
    }

    /**
     * A count of programs for each pair of a stage and a column (region or program type).
     *
     * @param open the programs open or upcoming, by stage then column
     * @param all the programs of any status, by stage then column
     */
    public record Matrix(Map<String, Map<String, Long>> open, Map<String, Map<String, Long>> all) {
    }

    /**
     * The gaps.
     *
     * @param openListings the listings open or upcoming, by their status or, giving none, by a deadline to come
     * @param openByDates those of them that give no status and are open by an application deadline still to come
     * @param pastDeadline the listings whose status says open or upcoming but whose every application deadline has
     *     passed, not counted open
     * @param stageRegion programs by stage and province or territory
     * @param stageType programs by stage and program type
     * @param feeOnlyOpen stages whose open programs all charge a fee
     * @param feeOnlyAll stages whose programs of any status all charge a fee
     * @param noFrenchOpen provinces and territories with no open program in French
     * @param noFrenchAll provinces and territories with no program in French of any status
     */
    public record Gaps(long openListings, long openByDates, long pastDeadline, Matrix stageRegion, Matrix stageType, List<String> feeOnlyOpen,
            List<String> feeOnlyAll, List<String> noFrenchOpen, List<String> noFrenchAll) {
    }

    /**
     * One stage wording and how often it is used.
     *
     * @param text the wording
     * @param lang its language tag
     * @param listings the listings that use it
     * @param stages the stages the crosswalk reads in it, none when it maps to nothing
     */
    public record Wording(String text, String lang, long listings, List<String> stages) {
    }

    /**
     * Stage wordings.
     *
     * @param listings the listings with a stage wording
     * @param distinct the distinct wordings
     * @param mapped the distinct wordings the crosswalk maps to at least one stage
     * @param byStage for each stage, the wordings that name it, most used first
     * @param unmapped the wordings that name no stage, most used first
     * @param complete false when there were more distinct wordings than the report keeps
     */
    public record StageWordings(long listings, long distinct, long mapped, Map<String, List<Wording>> byStage,
            List<Wording> unmapped, boolean complete) {
    }

    /**
     * How many listings state a fact, state that there is none, or do not say.
     *
     * @param stated listings that state it
     * @param none listings that state there is none (free, online)
     * @param notStated listings that do not say
     */
    public record Completeness(long stated, long none, long notStated) {
    }

    /**
     * The data quality of one provider.
     *
     * @param provider the provider's id or name
     * @param names the provider's name, by language tag; empty when no listing gives one
     * @param listings its listings
     * @param passing those with no error
     * @param facts the completeness of each key fact
     */
    public record ProviderQuality(String provider, Map<String, String> names, long listings, long passing, Map<String, Completeness> facts) {
        /** The provider as a reader knows it: its name in this language, else in the other, else its id. */
        public String name(Lang lang) {
            String own = names.getOrDefault(lang.tag(), "");
            return !own.isBlank() ? own : names.values().stream().filter(n -> !n.isBlank()).findFirst().orElse(provider);
        }
    }

    /**
     * Data quality.
     *
     * @param listings the listings read
     * @param passing those with no error
     * @param providers each provider's figures, most listings first
     * @param facts the completeness of each key fact over every listing
     */
    public record Quality(long listings, long passing, List<ProviderQuality> providers,
            Map<String, Completeness> facts) {
    }

    /**
     * A share found beside the industry report's figure.
     *
     * @param id what is compared, such as {@code mentorship-share}
     * @param count the listings that have it
     * @param base the listings counted
     * @param industry the industry report's figure, as a share (0.5 for "over 50%"), or the count it gives
     * @param agrees true when the share found is on the same side of the industry figure
     */
    public record Comparison(String id, long count, long base, double industry, boolean agrees) {

        /** False for a share whose base is no listing ("0 of 0"), which neither agrees nor differs. */
        public boolean comparable() {
            return id.equals("programs") || base > 0;
        }

        /** The verdict's code: {@code agrees}, {@code differs}, or {@code not-comparable} for a share of no listing. */
        public String verdict() {
            return !comparable() ? "not-comparable" : agrees ? "agrees" : "differs";
        }
    }
}

package org.opdl.validator.rules;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.opdl.model.stage.CareerStageScale;
import org.opdl.model.stage.Crosswalk;
import org.opdl.model.stage.EligibilityBounds;
import org.opdl.model.stage.Figure;
import org.opdl.model.vocab.Vocabulary;

/**
 * The standard's reference data that rules consult: the vocabulary, the career-stage scale, the
 * crosswalk of provider wording and the field definitions. One instance serves a whole validation
 * run and is safe to share between threads; it memoises the few costly look-ups (stages admitted by
 * eligibility bounds, crosswalk mappings), whose inputs repeat across listings.
 */
public final class Standard {

    /** Beyond this many entries the memo tables stop growing, so hostile input cannot fill memory. */
    private static final int MEMO_LIMIT = 4096;

    private final Vocabulary vocabulary;
    private final CareerStageScale scale;
    private final Crosswalk crosswalk;
    private final Fields fields;
    private final int boundCap;
    private final Map<EligibilityBounds, Set<String>> admitted = new ConcurrentHashMap<>();
    private final Map<String, Crosswalk.Result> wordings = new ConcurrentHashMap<>();

    /**
     * Reference data made of the given parts.
     *
     * @param vocabulary the concept schemes
     * @param scale the career-stage scale
     * @param crosswalk the crosswalk of wording to stages
     * @param fields the field definitions of a listing
     */
    public Standard(Vocabulary vocabulary, CareerStageScale scale, Crosswalk crosswalk, Fields fields) {
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
        this.scale = Objects.requireNonNull(scale, "scale");
        this.crosswalk = Objects.requireNonNull(crosswalk, "crosswalk");
        this.fields = Objects.requireNonNull(fields, "fields");
        int top = 0;
        for (String stage : scale.codes()) {
            for (Figure f : Figure.values()) {
                top = Math.max(top, scale.criteria(stage).orElseThrow().minimum(f));
            }
        }
        this.boundCap = top + 1;
    }

    /** The reference data of this version of the standard. */
    public static Standard standard() {
        return new Standard(Vocabulary.standard(), CareerStageScale.standard(), Crosswalk.standard(), Fields.listing());
    }

    /** The concept schemes. */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The career-stage scale. */
    public CareerStageScale scale() {
        return scale;
    }

    /** The field definitions of a listing. */
    public Fields fields() {
        return fields;
    }

    /**
     * The stages that eligibility bounds admit. Bounds above the scale's largest threshold are
     * capped first: past it every figure classifies the same, and the search stays small however
     * large the numbers a listing gives.
     */
    public Set<String> admittedStages(EligibilityBounds bounds) {
        Map<Figure, Integer> min = new EnumMap<>(Figure.class);
        Map<Figure, Integer> max = new EnumMap<>(Figure.class);
        for (Figure f : Figure.values()) {
            bounds.min(f).ifPresent(v -> min.put(f, Math.min(Math.max(v, 0), boundCap)));
            bounds.max(f).ifPresent(v -> max.put(f, Math.min(Math.max(v, 0), boundCap)));
        }
        EligibilityBounds capped = new EligibilityBounds(min, max);
        Set<String> known = admitted.get(capped);
        if (known != null) {
            return known;
        }
        Set<String> stages = Collections.unmodifiableSet(new LinkedHashSet<>(scale.admittedStages(capped)));
        if (admitted.size() < MEMO_LIMIT) {
            admitted.put(capped, stages);
        }
        return stages;
    }

    /** The stages a provider's wording maps to, and the parts that map to nothing. */
    public Crosswalk.Result mapWording(String wording) {
        Crosswalk.Result known = wordings.get(wording);
        if (known != null) {
            return known;
        }
        Crosswalk.Result result = crosswalk.map(wording);
        if (wordings.size() < MEMO_LIMIT && wording.length() < 200) {
            wordings.put(wording, result);
        }
        return result;
    }
}

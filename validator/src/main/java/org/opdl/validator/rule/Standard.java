package org.opdl.validator.rule;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.opdl.model.definition.FieldType;
import org.opdl.model.field.Field;
import org.opdl.model.field.FieldTree;
import org.opdl.model.field.FieldWalk;
import org.opdl.model.stage.CareerStageScale;
import org.opdl.model.stage.Crosswalk;
import org.opdl.model.stage.EligibilityBounds;
import org.opdl.model.stage.Figure;
import org.opdl.model.vocab.Concept;
import org.opdl.model.vocab.ConceptScheme;
import org.opdl.model.vocab.Lookup;
import org.opdl.model.vocab.Vocabulary;
import org.opdl.validator.internal.memo.Memo;

/**
 * The standard's reference data that rules consult: the vocabulary, the career-stage scale, the
 * crosswalk of provider wording and the field definitions. One instance serves a whole validation
 * run and is safe to share between threads; it memoises the few costly look-ups (stages admitted by
 * eligibility bounds, crosswalk mappings, vocabulary look-ups of wrong codes), whose inputs repeat across listings.
 */
public final class Standard {

    /** Beyond this many entries the memo tables stop growing, so hostile input cannot fill memory. */
    private static final int MEMO_LIMIT = 4096;
    /** The longest wording whose mapping is remembered. */
    private static final int WORDING_LENGTH = 199;
    /** The types of the fields that rules look at in every listing. */
    private static final Set<FieldType> WALKED = EnumSet.of(FieldType.CODE, FieldType.TEXT, FieldType.STRING,
            FieldType.CURRENCY, FieldType.IRI, FieldType.URL, FieldType.EMAIL);

    private final Vocabulary vocabulary;
    private final CareerStageScale scale;
    private final FieldTree fields;
    /** The fields rules look at in every listing, found in one walk of it. */
    private final FieldWalk walked;
    private final int boundCap;
    private final boolean packable;
    /** Admitted stages by capped bounds, packed in one number (see {@link #admittedStages}). */
    private final Map<Long, Set<String>> admittedByKey = new ConcurrentHashMap<>();
    /** The crosswalk's answers by wording, in a bounded table shared by the workers. */
    private final Memo<Crosswalk.Result> wordings;
    /** The code fields by {@link Field#number()}, null where a field is no code with a known scheme. */
    private final CodeField[] codeFieldsByPath;
    private final Lookup lookup;
    private final Map<String, Lookup.Result> lookups = new ConcurrentHashMap<>();

    /**
     * Reference data made of the given parts.
     *
     * @param vocabulary the concept schemes
     * @param scale the career-stage scale
     * @param crosswalk the crosswalk of wording to stages
     * @param fields the field tree of a listing
     */
    public Standard(Vocabulary vocabulary, CareerStageScale scale, Crosswalk crosswalk, FieldTree fields) {
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
        this.scale = Objects.requireNonNull(scale, "scale");
        this.wordings = new Memo<>(WORDING_LENGTH, Objects.requireNonNull(crosswalk, "crosswalk")::map);
        this.fields = Objects.requireNonNull(fields, "fields");
        this.lookup = new Lookup(vocabulary);
        this.codeFieldsByPath = new CodeField[fields.size()];
        for (Field f : fields.ofType(FieldType.CODE)) {
            f.scheme().flatMap(vocabulary::scheme).ifPresent(s -> codeFieldsByPath[f.number()] = CodeField.of(s));
        }
        this.walked = fields.select(f -> WALKED.contains(f.type()));
        int top = 0;
        for (String stage : scale.codes()) {
            for (Figure f : Figure.values()) {
                top = Math.max(top, scale.criteria(stage).orElseThrow().minimum(f));
            }
        }
        this.boundCap = top + 1;
        this.packable = Math.pow(boundCap + 2.0, 2 * Figure.values().length) < Long.MAX_VALUE / 2.0;
    }

    /** The reference data of this version of the standard. */
    public static Standard standard() {
        return new Standard(Vocabulary.standard(), CareerStageScale.standard(), Crosswalk.standard(), FieldTree.listing());
    }

    /** The concept schemes. */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The career-stage scale. */
    public CareerStageScale scale() {
        return scale;
    }

    /**
     * A code field's concept scheme, indexed by code: every rule of the vocabulary layer looks each
     * code up, so the look-up is a hash rather than a walk of the scheme.
     */
    record CodeField(ConceptScheme scheme, Map<String, Concept> byCode) {

        static CodeField of(ConceptScheme scheme) {
            Map<String, Concept> out = new HashMap<>();
            scheme.concepts().forEach(c -> out.put(c.code(), c));
            return new CodeField(scheme, Map.copyOf(out));
        }
    }

    /** The code field at a field path, or null when the field holds no code of a known scheme. */
    CodeField codeField(Field field) {
        return codeFieldsByPath[field.number()];
    }

    /** The field tree of a listing. */
    public FieldTree fields() {
        return fields;
    }

    /** The walk that finds, in one pass over a listing, the fields rules look at in every listing. */
    FieldWalk walked() {
        return walked;
    }

    /**
     * The stages that eligibility bounds admit. Bounds above the scale's largest threshold are
     * capped first: past it every figure classifies the same, and the search stays small however
     * large the numbers a listing gives.
     */
    public Set<String> admittedStages(EligibilityBounds bounds) {
        // The capped bounds packed in one number are the memo's key, so a bound seen before costs
        // no maps; each side of each figure takes a few bits: 0 for no bound, else 1 + the value.
        // A scale whose thresholds are too large to pack (none is near) is simply not memoised.
        long key = 0;
        for (Figure f : Figure.values()) {
            key = key * (boundCap + 2) + packed(bounds.min().get(f));
            key = key * (boundCap + 2) + packed(bounds.max().get(f));
        }
        Set<String> known = packable ? admittedByKey.get(key) : null;
        if (known != null) {
            return known;
        }
        EligibilityBounds capped = new EligibilityBounds(capped(bounds.min()), capped(bounds.max()));
        Set<String> stages = Collections.unmodifiableSet(new LinkedHashSet<>(scale.admittedStages(capped)));
        if (packable && admittedByKey.size() < MEMO_LIMIT) {
            admittedByKey.put(key, stages);
        }
        return stages;
    }

    private long packed(Integer bound) {
        return bound == null ? 0 : 1 + cap(bound);
    }

    private Map<Figure, Integer> capped(Map<Figure, Integer> bounds) {
        Map<Figure, Integer> out = new EnumMap<>(Figure.class);
        bounds.forEach((figure, bound) -> out.put(figure, cap(bound)));
        return out;
    }

    private int cap(int bound) {
        return Math.min(Math.max(bound, 0), boundCap);
    }

    /**
     * What a value names in one concept scheme (codes, labels, alternative labels) and, when
     * nothing, the nearest labels. Wrong values repeat across a file, and each look-up folds every
     * label of the scheme, so results are remembered.
     */
    public Lookup.Result lookUp(String value, String scheme) {
        String key = scheme + '\u0000' + value;
        Lookup.Result known = lookups.get(key);
        if (known != null) {
            return known;
        }
        Lookup.Result result = lookup.find(value, Optional.of(scheme));
        if (lookups.size() < MEMO_LIMIT && value.length() < 200) {
            lookups.put(key, result);
        }
        return result;
    }

    /** The stages a provider's wording maps to, and the parts that map to nothing. */
    public Crosswalk.Result mapWording(String wording) {
        return wordings.get(wording);
    }
}

package org.opdl.model.stage;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opdl.model.data.DataTable;
import org.opdl.model.data.DefinitionException;
import org.opdl.model.text.Text;
import org.opdl.model.vocab.ConceptScheme;
import org.opdl.model.vocab.Vocabulary;

/**
 * The ordered reference scale of career stages and the rules that apply it. A producer is at the
 * highest stage whose minimums all hold. The thresholds come from
 * {@code standard/career-stage/thresholds.csv}, and the stages from the career-stage scheme.
 *
 * @param stages the criteria of every stage, lowest first
 */
public record CareerStageScale(List<StageCriteria> stages) {

    /** The id of the career-stage concept scheme. */
    public static final String SCHEME = "career-stage";

    /** Copies the list. */
    public CareerStageScale {
        stages = List.copyOf(stages);
    }

    private static final class Standard {
        static final CareerStageScale INSTANCE = load(Vocabulary.standard());
    }

    /** The scale of this version of the standard. */
    public static CareerStageScale standard() {
        return Standard.INSTANCE;
    }

    /** The stage codes, lowest first. */
    public List<String> codes() {
        return stages.stream().map(StageCriteria::stage).toList();
    }

    /** The criteria of one stage, if it is on the scale. */
    public Optional<StageCriteria> criteria(String stage) {
        return stages.stream().filter(s -> s.stage().equals(stage)).findFirst();
    }

    /** Classifies a record: the highest stage it reaches, the reasons, and the next step. */
    public Classification classify(ProducerRecord record) {
        int reached = indexOf(record);
        StageCriteria at = stages.get(reached);
        List<Text> reasons = new ArrayList<>();
        for (Figure f : Figure.values()) {
            int min = at.minimum(f);
            if (min > 0) {
                reasons.add(StageMessages.CAREER_STAGE_SCALE_MINIMUM_MET.text(f.label(), record.get(f), min));
            }
        }
        if (reasons.isEmpty()) {
            reasons.add(StageMessages.CAREER_STAGE_SCALE_FIRST_STAGE_SCALE.text());
        }
        Optional<Classification.NextStage> next = Optional.empty();
        if (reached + 1 < stages.size()) {
            StageCriteria up = stages.get(reached + 1);
            List<Classification.Gap> gaps = new ArrayList<>();
            for (Figure f : Figure.values()) {
                if (record.get(f) < up.minimum(f)) {
                    gaps.add(new Classification.Gap(f, record.get(f), up.minimum(f)));
                }
            }
            next = Optional.of(new Classification.NextStage(up.stage(), gaps));
        }
        return new Classification(record, at.stage(), reasons, next);
    }

    /**
     * The stages that eligibility bounds admit: a stage is admitted when some valid record that
     * classifies at that stage lies within the bounds. Records are searched exhaustively up to one
     * past the largest threshold or bound, beyond which every figure behaves the same.
     */
    public Set<String> admittedStages(EligibilityBounds bounds) {
        int limit = 1;
        for (StageCriteria s : stages) {
            for (Figure f : Figure.values()) {
                limit = Math.max(limit, s.minimum(f) + 1);
            }
        }
        for (Figure f : Figure.values()) {
            limit = Math.max(limit, bounds.min(f).orElse(0) + 1);
            limit = Math.max(limit, bounds.max(f).orElse(0) + 1);
        }
        boolean[] admitted = new boolean[stages.size()];
        for (int works = 0; works <= limit; works++) {
            for (int credits = 0; credits <= works; credits++) {
                for (int years = 0; years <= limit; years++) {
                    ProducerRecord r = new ProducerRecord(works, credits, years);
                    if (bounds.admits(r)) {
                        admitted[indexOf(r)] = true;
                    }
                }
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < admitted.length; i++) {
            if (admitted[i]) {
                out.add(stages.get(i).stage());
            }
        }
        return out;
    }

    /** The position of a stage on the scale (0 for the lowest), or -1 if it is not on it. */
    public int rank(String stage) {
        // Rules rank stages for every listing: a loop, not a list made each time.
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).stage().equals(stage)) {
                return i;
            }
        }
        return -1;
    }

    private int indexOf(ProducerRecord record) {
        int reached = 0;
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).admits(record)) {
                reached = i;
            }
        }
        return reached;
    }

    static CareerStageScale load(Vocabulary vocabulary) {
        ConceptScheme scheme = vocabulary.scheme(SCHEME)
                .orElseThrow(() -> new DefinitionException("vocabulary/schemes.csv", 0, "no career-stage scheme"));
        DataTable table = DataTable.load("career-stage/thresholds.csv");
        List<StageCriteria> stages = new ArrayList<>();
        for (DataTable.Row row : table.rows()) {
            Map<Figure, Integer> min = new EnumMap<>(Figure.class);
            min.put(Figure.COMPLETED_WORKS, row.integer("min_completed_works", 0));
            min.put(Figure.PROFESSIONAL_CREDITS, row.integer("min_professional_credits", 0));
            min.put(Figure.YEARS_OF_PRACTICE, row.integer("min_years_practice", 0));
            stages.add(new StageCriteria(row.required("stage"), min, row.required("source")));
        }
        if (!stages.stream().map(StageCriteria::stage).toList().equals(scheme.codes())) {
            throw new DefinitionException(table.name(), 0,
                    "stages must be those of the career-stage scheme, in its order: " + scheme.codes());
        }
        return new CareerStageScale(stages);
    }
}

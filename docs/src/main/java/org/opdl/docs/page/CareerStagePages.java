package org.opdl.docs.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.opdl.docs.markdown.Markdown;
import org.opdl.model.data.DataTable;
import org.opdl.model.stage.CareerStageScale;
import org.opdl.model.stage.Classification;
import org.opdl.model.stage.Crosswalk;
import org.opdl.model.stage.EligibilityBounds;
import org.opdl.model.stage.Figure;
import org.opdl.model.stage.ProducerRecord;
import org.opdl.model.stage.StageCriteria;
import org.opdl.model.text.Lang;
import org.opdl.model.text.Text;
import org.opdl.model.vocab.ConceptScheme;
import org.opdl.model.vocab.Vocabulary;

/**
 * The career-stage page: the scale, what the figures count, the thresholds and their sources,
 * worked classifications and the stages that eligibility bounds admit, all computed by the
 * classifier, and the crosswalk of provider wording.
 */
public final class CareerStagePages {

    /**
     * A worked classification.
     *
     * @param who who the record belongs to
     * @param record the figures
     */
    public record Example(Text who, ProducerRecord record) {
    }

    /**
     * A worked set of eligibility bounds.
     *
     * @param program the kind of program that states them
     * @param bounds the bounds
     */
    public record BoundsExample(Text program, EligibilityBounds bounds) {
    }

    /** The records classified on the page; the stages and gaps beside them are computed. */
    public static final List<Example> EXAMPLES = List.of(
            new Example(PageMessages.STAGES_A_FILM_SCHOOL_GRADUATE.text(), new ProducerRecord(0, 0, 1)),
            new Example(PageMessages.STAGES_HAS_SELF_FINANCED_TWO.text(),
                    new ProducerRecord(2, 0, 3)),
            new Example(PageMessages.STAGES_ONE_SHORT_BROADCAST_BY.text(), new ProducerRecord(3, 1, 2)),
            new Example(PageMessages.STAGES_FOUR_FUNDED_DOCUMENTARIES_IN.text(), new ProducerRecord(4, 4, 4)),
            new Example(PageMessages.STAGES_THREE_BROADCAST_SERIES_SEASONS.text(), new ProducerRecord(5, 3, 7)),
            new Example(PageMessages.STAGES_EIGHT_FEATURES_AND_SERIES.text(), new ProducerRecord(10, 8, 12)));

    /** The bounds worked on the page; the admitted stages beside them are computed. */
    public static final List<BoundsExample> BOUNDS = List.of(
            new BoundsExample(PageMessages.STAGES_OPEN_TO_EVERYONE.text(), EligibilityBounds.NONE),
            new BoundsExample(PageMessages.STAGES_A_FIRST_PROJECT_LAB.text(),
                    EligibilityBounds.NONE.withMax(Figure.COMPLETED_WORKS, 0)),
            new BoundsExample(PageMessages.STAGES_A_FINISHED_PROJECT_BUT.text(),
                    EligibilityBounds.NONE.withMin(Figure.COMPLETED_WORKS, 1).withMax(Figure.PROFESSIONAL_CREDITS, 0)),
            new BoundsExample(PageMessages.STAGES_AT_MOST_ONE_CREDIT.text(),
                    EligibilityBounds.NONE.withMax(Figure.PROFESSIONAL_CREDITS, 1)),
            new BoundsExample(PageMessages.STAGES_1_TO_5_CREDITS.text(),
                    EligibilityBounds.NONE.withMin(Figure.PROFESSIONAL_CREDITS, 1).withMax(Figure.PROFESSIONAL_CREDITS, 5)),
            new BoundsExample(PageMessages.STAGES_1_TO_3_WORKS.text(),
                    EligibilityBounds.NONE.withMin(Figure.COMPLETED_WORKS, 1).withMax(Figure.COMPLETED_WORKS, 3)),
            new BoundsExample(PageMessages.STAGES_5_OR_MORE_YEARS.text(),
                    EligibilityBounds.NONE.withMin(Figure.YEARS_OF_PRACTICE, 5)),
            new BoundsExample(PageMessages.STAGES_2_WORKS_AND_5.text(),
                    EligibilityBounds.NONE.withMin(Figure.COMPLETED_WORKS, 2).withMin(Figure.YEARS_OF_PRACTICE, 5)),
            new BoundsExample(PageMessages.STAGES_3_OR_MORE_CREDITS.text(),
                    EligibilityBounds.NONE.withMin(Figure.PROFESSIONAL_CREDITS, 3).withMax(Figure.YEARS_OF_PRACTICE, 9)),
            new BoundsExample(PageMessages.STAGES_6_CREDITS_AND_10.text(),
                    EligibilityBounds.NONE.withMin(Figure.PROFESSIONAL_CREDITS, 6).withMin(Figure.YEARS_OF_PRACTICE, 10)),
            new BoundsExample(PageMessages.STAGES_MINIMUM_ABOVE_MAXIMUM.text(),
                    EligibilityBounds.NONE.withMin(Figure.PROFESSIONAL_CREDITS, 2).withMax(Figure.PROFESSIONAL_CREDITS, 1)));

    private final CareerStageScale scale;
    private final ConceptScheme stages;
    private final Crosswalk crosswalk;

    /** Pages for the standard's scale, career-stage scheme and crosswalk. */
    public CareerStagePages(CareerStageScale scale, Vocabulary vocabulary, Crosswalk crosswalk) {
        this.scale = scale;
        this.stages = vocabulary.scheme(CareerStageScale.SCHEME).orElseThrow();
        this.crosswalk = crosswalk;
    }

    /** The page in one language. */
    public Page page(Lang lang) {
        String title = PageMessages.STAGES_CAREER_STAGES.in(lang);
        Markdown md = new Markdown().heading(1, title);
        md.paragraph(PageMessages.STAGES_PROVIDERS_CALL_THEIR_PROGRAMS.in(lang));
        md.heading(2, PageMessages.STAGES_THE_SCALE.in(lang));
        md.paragraph(PageMessages.STAGES_A_PRODUCER_IS_AT.in(lang));
        List<List<String>> rows = new ArrayList<>();
        for (StageCriteria c : scale.stages()) {
            var concept = stages.concept(c.stage()).orElseThrow();
            rows.add(List.of(Markdown.link(c.stage(), "vocabularies/career-stage.md#" + c.stage()),
                    Markdown.text(concept.label().in(lang)), Markdown.text(concept.definition().in(lang)),
                    "" + c.minimum(Figure.COMPLETED_WORKS), "" + c.minimum(Figure.PROFESSIONAL_CREDITS),
                    "" + c.minimum(Figure.YEARS_OF_PRACTICE)));
        }
        md.table(List.of(PageMessages.STAGES_STAGE.in(lang), PageMessages.VOCAB_LABEL.in(lang), PageMessages.VOCAB_DEFINITION.in(lang),
                figure(lang, Figure.COMPLETED_WORKS), figure(lang, Figure.PROFESSIONAL_CREDITS),
                figure(lang, Figure.YEARS_OF_PRACTICE)), rows);
        md.heading(2, PageMessages.STAGES_THE_THREE_FIGURES.in(lang));
        md.paragraph(Resources.fragment("figures", lang));
        md.heading(2, PageMessages.STAGES_WHY_THE_THRESHOLDS_ARE.in(lang));
        List<List<String>> sources = new ArrayList<>();
        for (DataTable.Row row : DataTable.load("career-stage/thresholds.csv").rows()) {
            sources.add(List.of(Markdown.code(row.required("stage")),
                    Markdown.text(row.required(lang == Lang.FR ? "source_fr" : "source"))));
        }
        md.table(List.of(PageMessages.STAGES_STAGE.in(lang), PageMessages.STAGES_THRESHOLD.in(lang)), sources);
        md.paragraph(PageMessages.STAGES_THE_RESEARCH_BEHIND_EACH.in(lang));
        md.paragraph(Resources.fragment("rationale", lang));
        classification(md, lang);
        bounds(md, lang);
        crosswalk(md, lang);
        return new Page(lang.tag() + "/career-stages.md", lang, title, md.build());
    }

    private void classification(Markdown md, Lang lang) {
        md.heading(2, PageMessages.STAGES_WORKED_CLASSIFICATIONS.in(lang));
        md.paragraph(PageMessages.STAGES_OPDL_CLASSIFY_COMPLETED_WORKS.in(lang));
        List<List<String>> rows = new ArrayList<>();
        for (Example e : EXAMPLES) {
            Classification c = scale.classify(e.record());
            String next = c.next().map(n -> PageMessages.STAGES_TO_REACH.in(lang) + Markdown.code(n.stage()) + PageMessages.STAGES_COLON.in(lang)
                    + n.gaps().stream().map(g -> g.figure().label().in(lang) + " " + g.current() + " → " + g.needed())
                            .collect(Collectors.joining(", ")))
                    .orElse(PageMessages.STAGES_NOTHING_TOP_OF_THE.in(lang));
            rows.add(List.of(Markdown.text(e.who().in(lang)), "" + e.record().completedWorks(), "" + e.record().credits(),
                    "" + e.record().years(), Markdown.code(c.stage()),
                    c.reasons().stream().map(r -> Markdown.text(r.in(lang))).collect(Collectors.joining("; ")), next));
        }
        md.table(List.of(PageMessages.STAGES_WHO.in(lang), PageMessages.STAGES_WORKS.in(lang), PageMessages.STAGES_CREDITS.in(lang),
                PageMessages.STAGES_YEARS.in(lang), PageMessages.STAGES_STAGE.in(lang), PageMessages.STAGES_WHY.in(lang),
                PageMessages.STAGES_NEXT_STEP.in(lang)), rows);
    }

    private void bounds(Markdown md, Lang lang) {
        md.heading(2, PageMessages.STAGES_ELIGIBILITY_BOUNDS_AND_THE.in(lang));
        md.paragraph(PageMessages.STAGES_A_PROGRAM_STATES_ITS.in(lang));
        List<List<String>> rows = new ArrayList<>();
        for (BoundsExample b : BOUNDS) {
            Set<String> admitted = scale.admittedStages(b.bounds());
            rows.add(List.of(Markdown.text(b.program().in(lang)), Markdown.text(describe(lang, b.bounds())),
                    admitted.isEmpty() ? PageMessages.STAGES_NONE_ADMITTED.in(lang)
                            : admitted.stream().map(Markdown::code).collect(Collectors.joining(", "))));
        }
        md.table(List.of(PageMessages.STAGES_PROGRAM.in(lang), PageMessages.STAGES_BOUNDS.in(lang),
                PageMessages.STAGES_ADMITTED_STAGES.in(lang)), rows);
    }

    private void crosswalk(Markdown md, Lang lang) {
        md.heading(2, PageMessages.STAGES_THE_CROSSWALK_OF_PROVIDER.in(lang));
        md.paragraph(PageMessages.STAGES_PROVIDERS_KEEP_THEIR_OWN.in(lang));
        List<Crosswalk.Entry> entries = crosswalk.entries().values().stream().flatMap(List::stream)
                .sorted(Comparator.comparingInt((Crosswalk.Entry e) -> scale.rank(e.stage()))
                        .thenComparing(e -> e.lang().tag()).thenComparing(Crosswalk.Entry::wording))
                .toList();
        List<List<String>> rows = new ArrayList<>();
        for (Crosswalk.Entry e : entries) {
            List<String> row = new ArrayList<>(List.of(Markdown.text(e.wording()), e.lang().tag(), Markdown.code(e.stage()),
                    e.match().code().equals("exact") ? PageMessages.STAGES_EXACT.in(lang) : PageMessages.STAGES_CLOSE.in(lang)));
            if (lang == Lang.EN) {
                row.add(Markdown.text(e.note()));
            }
            rows.add(row);
        }
        List<String> header = new ArrayList<>(List.of(PageMessages.STAGES_WORDING.in(lang), PageMessages.STAGES_LANGUAGE.in(lang),
                PageMessages.STAGES_STAGE.in(lang), PageMessages.STAGES_MATCH.in(lang)));
        if (lang == Lang.EN) {
            header.add("note");
        }
        md.table(header, rows);
    }

    private static String figure(Lang lang, Figure f) {
        return PageMessages.STAGES_MIN.in(lang) + f.label().in(lang);
    }

    /** Bounds in words, such as {@code works ≥ 1, credits ≤ 0}; "none" when there are none. */
    static String describe(Lang lang, EligibilityBounds b) {
        List<String> parts = new ArrayList<>();
        for (Figure f : Figure.values()) {
            String name = switch (f) {
                case COMPLETED_WORKS -> PageMessages.STAGES_WORKS.in(lang);
                case PROFESSIONAL_CREDITS -> PageMessages.STAGES_CREDITS.in(lang);
                case YEARS_OF_PRACTICE -> PageMessages.STAGES_YEARS.in(lang);
            };
            if (b.min(f).isPresent() && b.max(f).isPresent()) {
                parts.add(name + " " + b.min(f).getAsInt() + "–" + b.max(f).getAsInt());
            } else if (b.min(f).isPresent()) {
                parts.add(name + " ≥ " + b.min(f).getAsInt());
            } else if (b.max(f).isPresent()) {
                parts.add(name + " ≤ " + b.max(f).getAsInt());
            }
        }
        return parts.isEmpty() ? PageMessages.STAGES_NO_BOUNDS.in(lang) : String.join(", ", parts);
    }
}

package org.opdl.docs.page;

import static org.opdl.docs.page.Words.t;

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
            new Example(new Text("a film-school graduate developing a first short",
                    "une diplômée en cinéma qui développe son premier court métrage"), new ProducerRecord(0, 0, 1)),
            new Example(new Text("has self-financed two shorts", "a autofinancé deux courts métrages"),
                    new ProducerRecord(2, 0, 3)),
            new Example(new Text("one short broadcast by a public broadcaster with CMF money",
                    "un court métrage diffusé par un diffuseur public avec l'aide du FMC"), new ProducerRecord(3, 1, 2)),
            new Example(new Text("four funded documentaries in four years",
                    "quatre documentaires financés en quatre ans"), new ProducerRecord(4, 4, 4)),
            new Example(new Text("three broadcast series seasons over seven years",
                    "trois saisons de série diffusées en sept ans"), new ProducerRecord(5, 3, 7)),
            new Example(new Text("eight features and series over twelve years",
                    "huit longs métrages et séries en douze ans"), new ProducerRecord(10, 8, 12)));

    /** The bounds worked on the page; the admitted stages beside them are computed. */
    public static final List<BoundsExample> BOUNDS = List.of(
            new BoundsExample(new Text("open to everyone", "ouvert à toutes et à tous"), EligibilityBounds.NONE),
            new BoundsExample(new Text("a first-project lab: nothing completed yet",
                    "un laboratoire de premier projet : rien de terminé encore"),
                    EligibilityBounds.NONE.withMax(Figure.COMPLETED_WORKS, 0)),
            new BoundsExample(new Text("a finished project but no professional credit (Banff DOV 2019 emerging)",
                    "un projet terminé mais aucun crédit professionnel (Banff DOV 2019, émergent)"),
                    EligibilityBounds.NONE.withMin(Figure.COMPLETED_WORKS, 1).withMax(Figure.PROFESSIONAL_CREDITS, 0)),
            new BoundsExample(new Text("at most one credit (Creative BC emerging)",
                    "au plus un crédit (Creative BC, émergent)"),
                    EligibilityBounds.NONE.withMax(Figure.PROFESSIONAL_CREDITS, 1)),
            new BoundsExample(new Text("1 to 5 credits (Banff ISS 2024 mid-career)",
                    "1 à 5 crédits (Banff ISS 2024, mi-carrière)"),
                    EligibilityBounds.NONE.withMin(Figure.PROFESSIONAL_CREDITS, 1).withMax(Figure.PROFESSIONAL_CREDITS, 5)),
            new BoundsExample(new Text("1 to 3 works (Hot Docs Incubator)", "1 à 3 œuvres (Incubateur de Hot Docs)"),
                    EligibilityBounds.NONE.withMin(Figure.COMPLETED_WORKS, 1).withMax(Figure.COMPLETED_WORKS, 3)),
            new BoundsExample(new Text("5 or more years (artsnb mid-career)", "5 ans ou plus (artsnb, mi-carrière)"),
                    EligibilityBounds.NONE.withMin(Figure.YEARS_OF_PRACTICE, 5)),
            new BoundsExample(new Text("2 works and 5 years (Ontario Arts Council mid-career)",
                    "2 œuvres et 5 ans (Conseil des arts de l'Ontario, mi-carrière)"),
                    EligibilityBounds.NONE.withMin(Figure.COMPLETED_WORKS, 2).withMin(Figure.YEARS_OF_PRACTICE, 5)),
            new BoundsExample(new Text("3 or more credits, under 10 years", "3 crédits ou plus, moins de 10 ans"),
                    EligibilityBounds.NONE.withMin(Figure.PROFESSIONAL_CREDITS, 3).withMax(Figure.YEARS_OF_PRACTICE, 9)),
            new BoundsExample(new Text("6 credits and 10 years", "6 crédits et 10 ans"),
                    EligibilityBounds.NONE.withMin(Figure.PROFESSIONAL_CREDITS, 6).withMin(Figure.YEARS_OF_PRACTICE, 10)),
            new BoundsExample(new Text("minimum above maximum", "minimum supérieur au maximum"),
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
        String title = t(lang, "Career stages", "Stades de carrière");
        Markdown md = new Markdown().heading(1, title);
        md.paragraph(t(lang,
                "Providers call their programs \"emerging\", \"mid-career\" or \"established\", but each draws the "
                        + "line somewhere else. OPDL defines one reference scale on three figures anyone can count, "
                        + "says which stages a program's eligibility bounds admit, and maps the providers' own words "
                        + "to the scale. Every table on this page is computed by the toolkit's classifier.",
                "Les organismes qualifient leurs programmes d'« émergents », de « mi-carrière » ou "
                        + "d'« établis », mais chacun trace la limite ailleurs. OPDL définit une échelle de référence "
                        + "sur trois chiffres que chacun peut compter, indique quels stades admettent les bornes "
                        + "d'admissibilité d'un programme et relie les mots des organismes à l'échelle. Chaque "
                        + "tableau de cette page est calculé par le classificateur de la boîte à outils."));
        md.heading(2, t(lang, "The scale", "L'échelle"));
        md.paragraph(t(lang, "A producer is at the **highest stage whose minimums all hold**. A minimum of 0 means "
                        + "the stage sets none.",
                "Une personne est au **stade le plus élevé dont tous les minimums sont atteints**. Un minimum de 0 "
                        + "signifie que le stade n'en fixe aucun."));
        List<List<String>> rows = new ArrayList<>();
        for (StageCriteria c : scale.stages()) {
            var concept = stages.concept(c.stage()).orElseThrow();
            rows.add(List.of(Markdown.link(c.stage(), "vocabularies/career-stage.md#" + c.stage()),
                    Markdown.text(concept.label().in(lang)), Markdown.text(concept.definition().in(lang)),
                    "" + c.minimum(Figure.COMPLETED_WORKS), "" + c.minimum(Figure.PROFESSIONAL_CREDITS),
                    "" + c.minimum(Figure.YEARS_OF_PRACTICE)));
        }
        md.table(List.of(t(lang, "stage", "stade"), t(lang, "label", "libellé"), t(lang, "definition", "définition"),
                figure(lang, Figure.COMPLETED_WORKS), figure(lang, Figure.PROFESSIONAL_CREDITS),
                figure(lang, Figure.YEARS_OF_PRACTICE)), rows);
        md.heading(2, t(lang, "The three figures", "Les trois chiffres"));
        md.paragraph(Resources.fragment("figures", lang));
        md.heading(2, t(lang, "Why the thresholds are where they are", "Pourquoi les seuils sont là où ils sont"));
        List<List<String>> sources = new ArrayList<>();
        for (DataTable.Row row : DataTable.load("career-stage/thresholds.csv").rows()) {
            sources.add(List.of(Markdown.code(row.required("stage")),
                    Markdown.text(row.required(lang == Lang.FR ? "source_fr" : "source"))));
        }
        md.table(List.of(t(lang, "stage", "stade"), t(lang, "threshold", "seuil")), sources);
        md.paragraph(t(lang, "The research behind each line, program by program:",
                "Les recherches derrière chaque seuil, programme par programme :"));
        md.paragraph(Resources.fragment("rationale", lang));
        classification(md, lang);
        bounds(md, lang);
        crosswalk(md, lang);
        return new Page(lang.tag() + "/career-stages.md", lang, title, md.build());
    }

    private void classification(Markdown md, Lang lang) {
        md.heading(2, t(lang, "Worked classifications", "Exemples de classement"));
        md.paragraph(t(lang, "`opdl classify --completed-works N --credits N --years N` gives the same answers.",
                "`opdl classify --completed-works N --credits N --years N --lang fr` donne les mêmes réponses."));
        List<List<String>> rows = new ArrayList<>();
        for (Example e : EXAMPLES) {
            Classification c = scale.classify(e.record());
            String next = c.next().map(n -> t(lang, "to reach ", "pour atteindre ") + Markdown.code(n.stage()) + t(lang, ": ", " : ")
                    + n.gaps().stream().map(g -> g.figure().label().in(lang) + " " + g.current() + " → " + g.needed())
                            .collect(Collectors.joining(", ")))
                    .orElse(t(lang, "nothing: top of the scale", "rien : sommet de l'échelle"));
            rows.add(List.of(Markdown.text(e.who().in(lang)), "" + e.record().completedWorks(), "" + e.record().credits(),
                    "" + e.record().years(), Markdown.code(c.stage()),
                    c.reasons().stream().map(r -> Markdown.text(r.in(lang))).collect(Collectors.joining("; ")), next));
        }
        md.table(List.of(t(lang, "who", "qui"), t(lang, "works", "œuvres"), t(lang, "credits", "crédits"),
                t(lang, "years", "années"), t(lang, "stage", "stade"), t(lang, "why", "pourquoi"),
                t(lang, "next step", "étape suivante")), rows);
    }

    private void bounds(Markdown md, Lang lang) {
        md.heading(2, t(lang, "Eligibility bounds and the stages they admit", "Bornes d'admissibilité et stades admis"));
        md.paragraph(t(lang,
                "A program states its eligibility on the same figures, as an optional minimum and maximum for each. "
                        + "**Bounds admit a stage when some producer whose record classifies at that stage meets "
                        + "the bounds.** The toolkit searches every valid record up to just past the largest threshold "
                        + "or bound, so the answer is exact. Bounds on years alone admit every stage, and bounds no "
                        + "record can meet admit none, which the validator reports.",
                "Un programme énonce son admissibilité sur les mêmes chiffres, avec un minimum et un maximum "
                        + "facultatifs pour chacun. **Des bornes admettent un stade dès qu'une personne dont le "
                        + "parcours se classe à ce stade les respecte.** La boîte à outils examine tous les parcours "
                        + "valides jusqu'au-delà du plus grand seuil ou de la plus grande borne : la réponse est "
                        + "exacte. Des bornes sur les années seules admettent tous les stades, et des bornes "
                        + "qu'aucun parcours ne peut respecter n'en admettent aucun, ce que le validateur signale."));
        List<List<String>> rows = new ArrayList<>();
        for (BoundsExample b : BOUNDS) {
            Set<String> admitted = scale.admittedStages(b.bounds());
            rows.add(List.of(Markdown.text(b.program().in(lang)), Markdown.text(describe(lang, b.bounds())),
                    admitted.isEmpty() ? t(lang, "none", "aucun")
                            : admitted.stream().map(Markdown::code).collect(Collectors.joining(", "))));
        }
        md.table(List.of(t(lang, "program", "programme"), t(lang, "bounds", "bornes"),
                t(lang, "admitted stages", "stades admis")), rows);
    }

    private void crosswalk(Markdown md, Lang lang) {
        md.heading(2, t(lang, "The crosswalk of provider wording", "La correspondance des formulations"));
        md.paragraph(t(lang,
                "Providers keep their own words; OPDL stores the wording as written and maps it to the scale, each "
                        + "mapping marked **exact** (the wording means that stage) or **close** (it is used for that "
                        + "stage but not interchangeably). `opdl vocab --lookup TEXT` reads wording this way, ignoring "
                        + "case, accents and spacing, with plural, feminine and inclusive forms, lists, ranges (\"emerging "
                        + "to mid-career\"), open ranges (\"early-career and up\") and \"all stages\" in its variants; "
                        + "numbers and negations are left to the eligibility bounds, unknown words are reported, and "
                        + "nothing is guessed. The other words of a wording are in `career-stage/wording-words.csv`.",
                "Les organismes gardent leurs propres mots; OPDL conserve la formulation telle qu'écrite et la relie "
                        + "à l'échelle, chaque correspondance étant **exacte** (le mot désigne ce stade) ou "
                        + "**proche** (il sert pour ce stade sans en être synonyme). `opdl vocab --lookup TEXTE` lit "
                        + "les formulations ainsi, sans tenir compte de la casse, des accents ni des espaces, avec les "
                        + "formes plurielles, féminines et inclusives, les listes, les intervalles (« de la relève à "
                        + "mi-carrière »), les intervalles ouverts (« mi-carrière et plus ») et « tous les stades » sous "
                        + "ses formes; les nombres et les négations sont laissés aux bornes d'admissibilité, les mots "
                        + "inconnus sont signalés et rien n'est deviné. Les autres mots d'une formulation sont dans "
                        + "`career-stage/wording-words.csv`."));
        List<Crosswalk.Entry> entries = crosswalk.entries().values().stream().flatMap(List::stream)
                .sorted(Comparator.comparingInt((Crosswalk.Entry e) -> scale.rank(e.stage()))
                        .thenComparing(e -> e.lang().tag()).thenComparing(Crosswalk.Entry::wording))
                .toList();
        List<List<String>> rows = new ArrayList<>();
        for (Crosswalk.Entry e : entries) {
            List<String> row = new ArrayList<>(List.of(Markdown.text(e.wording()), e.lang().tag(), Markdown.code(e.stage()),
                    e.match().code().equals("exact") ? t(lang, "exact", "exacte") : t(lang, "close", "proche")));
            if (lang == Lang.EN) {
                row.add(Markdown.text(e.note()));
            }
            rows.add(row);
        }
        List<String> header = new ArrayList<>(List.of(t(lang, "wording", "formulation"), t(lang, "language", "langue"),
                t(lang, "stage", "stade"), t(lang, "match", "correspondance")));
        if (lang == Lang.EN) {
            header.add("note");
        }
        md.table(header, rows);
    }

    private static String figure(Lang lang, Figure f) {
        return t(lang, "min. ", "min. ") + f.label().in(lang);
    }

    /** Bounds in words, such as {@code works ≥ 1, credits ≤ 0}; "none" when there are none. */
    static String describe(Lang lang, EligibilityBounds b) {
        List<String> parts = new ArrayList<>();
        for (Figure f : Figure.values()) {
            String name = switch (f) {
                case COMPLETED_WORKS -> t(lang, "works", "œuvres");
                case PROFESSIONAL_CREDITS -> t(lang, "credits", "crédits");
                case YEARS_OF_PRACTICE -> t(lang, "years", "années");
            };
            if (b.min(f).isPresent() && b.max(f).isPresent()) {
                parts.add(name + " " + b.min(f).getAsInt() + "–" + b.max(f).getAsInt());
            } else if (b.min(f).isPresent()) {
                parts.add(name + " ≥ " + b.min(f).getAsInt());
            } else if (b.max(f).isPresent()) {
                parts.add(name + " ≤ " + b.max(f).getAsInt());
            }
        }
        return parts.isEmpty() ? t(lang, "none", "aucune") : String.join(", ", parts);
    }
}

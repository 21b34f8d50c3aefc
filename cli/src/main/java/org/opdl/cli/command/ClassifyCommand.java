package org.opdl.cli.command;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.opdl.cli.exit.ExitCode;
import org.opdl.cli.exit.UsageException;
import org.opdl.cli.option.FormatOption;
import org.opdl.cli.option.LangOption;
import org.opdl.cli.option.OutputFormat;
import org.opdl.model.stage.CareerStageScale;
import org.opdl.model.stage.Classification;
import org.opdl.model.stage.Figure;
import org.opdl.model.stage.InvalidRecordException;
import org.opdl.model.stage.ProducerRecord;
import org.opdl.model.text.Lang;
import org.opdl.model.text.Text;
import org.opdl.model.vocab.Concept;
import org.opdl.model.vocab.Vocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code opdl classify}: places a producer's figures on the career-stage scale. */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = {"Place a producer's record on the career-stage scale: the stage, why, and what "
                + "would move the producer to the next stage.",
            "Figures are whole numbers of zero or more; professional credits cannot exceed completed works."})
public final class ClassifyCommand implements Callable<Integer> {

    // Figures are read as text so that a bad value gets one bilingual line, not picocli's English.
    @Option(names = "--completed-works", paramLabel = "N", required = true,
            description = "Completed works as producer, self-financed included.")
    private String completedWorks;

    @Option(names = "--credits", paramLabel = "N", required = true,
            description = "Professional producing credits (see docs/career-stages.md).")
    private String credits;

    @Option(names = "--years", paramLabel = "N", required = true,
            description = "Years of professional practice.")
    private String years;

    @Mixin
    private LangOption langOption;

    @Mixin
    private FormatOption formatOption;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Lang lang = langOption.lang();
        OutputFormat format = formatOption.format();
        if (format == OutputFormat.sarif) {
            throw new UsageException(new Text("opdl classify prints --format text or json, not sarif",
                    "opdl classify affiche --format text ou json, pas sarif"));
        }
        ProducerRecord record;
        try {
            record = new ProducerRecord(figure("--completed-works", completedWorks),
                    figure("--credits", credits), figure("--years", years));
        } catch (InvalidRecordException e) {
            throw new UsageException(e.text());
        }
        Classification result = CareerStageScale.standard().classify(record);
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            out.println(Json.print(json(result, lang)));
        } else {
            printText(out, result, lang);
        }
        return ExitCode.OK;
    }

    private static void printText(PrintWriter out, Classification result, Lang lang) {
        boolean fr = lang == Lang.FR;
        out.println((fr ? "Stade : " : "Stage: ") + label(result.stage(), lang) + " [" + result.stage() + "]");
        out.println(fr ? "Pourquoi :" : "Why:");
        result.reasons().forEach(r -> out.println("  - " + r.in(lang)));
        if (result.next().isEmpty()) {
            out.println(fr ? "Stade suivant : aucun, c'est le plus haut stade de l'échelle."
                    : "Next stage: none, this is the top of the scale.");
            return;
        }
        Classification.NextStage next = result.next().get();
        out.println((fr ? "Pour atteindre " : "To reach ") + label(next.stage(), lang) + " [" + next.stage() + "]"
                + (fr ? " :" : ":"));
        for (Classification.Gap g : next.gaps()) {
            out.println("  - " + (fr
                    ? g.figure().label().fr() + " : " + g.missing() + " de plus (" + g.current() + " sur " + g.needed() + ")"
                    : g.figure().label().en() + ": " + g.missing() + " more (" + g.current() + " of " + g.needed() + ")"));
        }
    }

    private static ObjectNode json(Classification result, Lang lang) {
        ObjectNode root = Json.object();
        root.put("stage", result.stage());
        root.put("label", label(result.stage(), lang));
        root.put("iri", concept(result.stage()).iri());
        ObjectNode figures = root.putObject("figures");
        for (Figure f : Figure.values()) {
            figures.put(key(f), result.record().get(f));
        }
        ArrayNode reasons = root.putArray("reasons");
        result.reasons().forEach(r -> reasons.add(r.in(lang)));
        if (result.next().isEmpty()) {
            root.putNull("next");
        } else {
            Classification.NextStage next = result.next().get();
            ObjectNode n = root.putObject("next");
            n.put("stage", next.stage());
            n.put("label", label(next.stage(), lang));
            ArrayNode gaps = n.putArray("gaps");
            for (Classification.Gap g : next.gaps()) {
                ObjectNode gap = gaps.addObject();
                gap.put("figure", key(g.figure()));
                gap.put("current", g.current());
                gap.put("needed", g.needed());
                gap.put("missing", g.missing());
            }
        }
        return root;
    }

    /** The JSON key of a figure, the same in every command's output. */
    static String key(Figure f) {
        return switch (f) {
            case COMPLETED_WORKS -> "completedWorks";
            case PROFESSIONAL_CREDITS -> "professionalCredits";
            case YEARS_OF_PRACTICE -> "yearsOfPractice";
        };
    }

    private static Concept concept(String stage) {
        return Vocabulary.standard().concept(CareerStageScale.SCHEME, stage).orElseThrow();
    }

    private static String label(String stage, Lang lang) {
        return concept(stage).label().in(lang);
    }

    private static int figure(String option, String value) {
        String v = value.strip();
        if (v.matches("[+]?[0-9]{1,9}")) {
            return Integer.parseInt(v);
        }
        String shown = (v.length() > 20 ? v.substring(0, 20) + "…" : v).replaceAll("\\p{Cntrl}", "?");
        if (v.matches("-[0-9]+")) {
            return fail(option, shown, "cannot be negative: use 0 or more", "ne peut pas être négatif : utilisez 0 ou plus");
        }
        if (v.matches("[+]?[0-9]+")) {
            return fail(option, shown, "is too large: at most 999999999", "est trop grand : au plus 999999999");
        }
        return fail(option, shown, "must be a whole number of zero or more (such as 3)",
                "doit être un nombre entier positif ou nul (par exemple 3)");
    }

    private static int fail(String option, String value, String en, String fr) {
        throw new UsageException(new Text(
                option + " \"" + value + "\" " + en,
                option + " « " + value + " » " + fr));
    }
}

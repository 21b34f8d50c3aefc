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
import org.opdl.model.text.Prose;
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
            throw new UsageException(CommandMessages.CLASSIFY_OPDL_CLASSIFY_PRINTS.text());
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
        out.println((CommandMessages.CLASSIFY_STAGE.text().in(lang)) + label(result.stage(), lang));
        out.println(CommandMessages.CLASSIFY_WHY.text().in(lang));
        result.reasons().forEach(r -> out.println("  - " + r.in(lang)));
        if (result.next().isEmpty()) {
            out.println(CommandMessages.CLASSIFY_NEXT_STAGE_NONE.text().in(lang));
            return;
        }
        Classification.NextStage next = result.next().get();
        // The stage is a common noun mid-sentence: "To reach the mid-career stage:", « le stade établi ».
        out.println(CommandMessages.CLASSIFY_REACH.text(Prose.midSentence(concept(next.stage()).label())).in(lang));
        for (Classification.Gap g : next.gaps()) {
            out.println("  - " + (CommandMessages.CLASSIFY_MORE.text(g.figure().label(), g.missing(), g.current(), g.needed()).in(lang)));
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
            return fail(option, shown, CommandMessages.CLASSIFY_CANNOT_NEGATIVE_USE.text());
        }
        if (v.matches("[+]?[0-9]+")) {
            return fail(option, shown, CommandMessages.CLASSIFY_TOO_LARGE_MOST.text());
        }
        return fail(option, shown, CommandMessages.CLASSIFY_MUST_WHOLE_NUMBER.text());
    }

    private static int fail(String option, String value, Text problem) {
        throw new UsageException(CommandMessages.CLASSIFY_FIGURE_PROBLEM.text(option, value, problem));
    }
}

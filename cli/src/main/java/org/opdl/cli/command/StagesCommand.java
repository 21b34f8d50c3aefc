package org.opdl.cli.command;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.opdl.cli.exit.ExitCode;
import org.opdl.cli.option.FormatOption;
import org.opdl.cli.option.LangOption;
import org.opdl.cli.option.OutputFormat;
import org.opdl.model.stage.CareerStageScale;
import org.opdl.model.stage.Figure;
import org.opdl.model.stage.StageCriteria;
import org.opdl.model.text.Lang;
import org.opdl.model.vocab.Concept;
import org.opdl.model.vocab.ConceptScheme;
import org.opdl.model.vocab.Vocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code opdl stages}: prints the career-stage scale with its definitions and criteria. */
@Command(name = "stages", mixinStandardHelpOptions = true,
        description = "Print the career-stage scale, with definitions and measurable criteria.")
public final class StagesCommand implements Callable<Integer> {

    @Mixin
    private LangOption langOption;

    @Mixin
    private FormatOption formatOption;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Lang lang = langOption.lang();
        CareerStageScale scale = CareerStageScale.standard();
        ConceptScheme scheme = Vocabulary.standard().scheme(CareerStageScale.SCHEME).orElseThrow();
        PrintWriter out = spec.commandLine().getOut();
        if (formatOption.format() == OutputFormat.text) {
            out.println(scheme.label().in(lang) + " (" + scheme.iri() + ", " + scheme.version() + ")");
            out.println(scheme.definition().in(lang));
            int rank = 1;
            for (StageCriteria s : scale.stages()) {
                Concept c = scheme.concept(s.stage()).orElseThrow();
                out.println();
                out.println(rank++ + ". " + c.label().in(lang) + " [" + c.code() + "]");
                out.println("   " + c.definition().in(lang));
                out.println("   " + (CommandMessages.STAGES_MINIMUMS.text().in(lang)) + minimums(s, lang));
            }
        } else {
            ObjectNode root = Json.object();
            root.put("scheme", scheme.id());
            root.put("iri", scheme.iri());
            root.put("version", scheme.version());
            root.put("label", scheme.label().in(lang));
            ArrayNode stages = root.putArray("stages");
            for (StageCriteria s : scale.stages()) {
                Concept c = scheme.concept(s.stage()).orElseThrow();
                ObjectNode n = stages.addObject();
                n.put("code", c.code());
                n.put("iri", c.iri());
                n.put("label", c.label().in(lang));
                n.put("definition", c.definition().in(lang));
                ObjectNode min = n.putObject("minimums");
                min.put("completedWorks", s.minimum(Figure.COMPLETED_WORKS));
                min.put("professionalCredits", s.minimum(Figure.PROFESSIONAL_CREDITS));
                min.put("yearsOfPractice", s.minimum(Figure.YEARS_OF_PRACTICE));
            }
            out.println(Json.print(root));
        }
        return ExitCode.OK;
    }

    static String minimums(StageCriteria s, Lang lang) {
        StringBuilder sb = new StringBuilder();
        for (Figure f : Figure.values()) {
            if (s.minimum(f) > 0) {
                sb.append(sb.length() > 0 ? (CommandMessages.STAGES_AND.text().in(lang)) : "")
                        .append("≥ ").append(s.minimum(f)).append(' ').append(f.label().in(lang));
            }
        }
        return sb.length() == 0 ? (CommandMessages.STAGES_NONE.text().in(lang)) : sb.toString();
    }
}

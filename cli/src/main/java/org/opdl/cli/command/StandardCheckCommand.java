package org.opdl.cli.command;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.opdl.cli.exit.ExitCode;
import org.opdl.cli.exit.InputException;
import org.opdl.cli.option.FormatOption;
import org.opdl.cli.option.LangOption;
import org.opdl.cli.option.OutputFormat;
import org.opdl.model.governance.StandardCheck;
import org.opdl.model.governance.TableProblem;
import org.opdl.model.text.Lang;
import org.opdl.model.text.Visible;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code opdl standard check [DIR]}: checks an edited copy of the standard's tables, without a build. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check an edited copy of the standard's tables (labels and definitions in both languages, "
                + "unique codes and headings, mappings, deprecations, the career-stage scale, the crosswalk, the fields). "
                + "Exit 0 when there is no problem, 1 when there are problems.")
public final class StandardCheckCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = "standard",
            description = "The folder laid out like standard/ (default: ${DEFAULT-VALUE}).")
    private Path dir;

    @Mixin
    private LangOption langOption;

    @Mixin
    private FormatOption formatOption;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Lang lang = langOption.lang();
        if (!Files.isDirectory(dir)) {
            throw new InputException(CommandMessages.STANDARD_CHECK_NOT_FOLDER_STANDARD.text(dir));
        }
        List<TableProblem> problems = StandardCheck.check(dir);
        PrintWriter out = spec.commandLine().getOut();
        if (formatOption.format() == OutputFormat.text) {
            for (TableProblem p : problems) {
                out.println(Visible.escape(dir.resolve(p.file()) + (p.line() > 0 ? ":" + p.line() : "")
                        + (p.column().isEmpty() ? "" : " [" + p.column() + "]") + ": " + p.message(lang)));
                out.println("  " + (CommandMessages.STANDARD_CHECK_FIX.text().in(lang)) + p.fix(lang));
            }
            out.println(summary(problems.size(), lang));
        } else {
            ObjectNode root = Json.object();
            root.put("folder", dir.toString());
            root.put("problems", problems.size());
            ArrayNode list = root.putArray("findings");
            for (TableProblem p : problems) {
                ObjectNode n = list.addObject();
                n.put("file", p.file());
                n.put("line", p.line());
                n.put("column", p.column());
                n.put("problem", p.key());
                n.put("message", p.message(lang));
                n.put("fix", p.fix(lang));
            }
            out.println(Json.print(root));
        }
        return problems.isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
    }

    private String summary(int count, Lang lang) {
        if (count == 0) {
            return CommandMessages.STANDARD_CHECK_NO_PROBLEM_THESE.text(dir).in(lang);
        }
        return CommandMessages.STANDARD_CHECK_PROBLEM_FIX.text(dir, count, (count > 1 ? "s" : "")).in(lang);
    }
}

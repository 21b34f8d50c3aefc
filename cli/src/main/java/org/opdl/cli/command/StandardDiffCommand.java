package org.opdl.cli.command;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.opdl.cli.exit.ExitCode;
import org.opdl.cli.exit.InputException;
import org.opdl.cli.option.FormatOption;
import org.opdl.cli.option.LangOption;
import org.opdl.cli.option.OutputFormat;
import org.opdl.model.governance.ChangeLevel;
import org.opdl.model.governance.DiffReport;
import org.opdl.model.governance.StandardChange;
import org.opdl.model.governance.StandardDiff;
import org.opdl.model.governance.TableProblem;
import org.opdl.model.governance.VersionBump;
import org.opdl.model.text.Lang;
import org.opdl.model.text.Visible;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code opdl standard diff OLD NEW}: what changed between two versions of the standard's tables, classed. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare two versions of the standard's tables and class each change as major (breaks valid data "
                + "or its users), minor (adds) or patch (wording), with the version bump they need. "
                + "Exit 0 when every version moved far enough, 1 when a bump is missing.")
public final class StandardDiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OLD", description = "The older folder laid out like standard/, such as releases/0.1.")
    private Path before;

    @Parameters(index = "1", paramLabel = "NEW", defaultValue = "standard",
            description = "The newer folder laid out like standard/ (default: ${DEFAULT-VALUE}).")
    private Path after;

    @Mixin
    private LangOption langOption;

    @Mixin
    private FormatOption formatOption;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Lang lang = langOption.lang();
        for (Path dir : List.of(before, after)) {
            if (!Files.isDirectory(dir) || !Files.isDirectory(dir.resolve("vocabulary"))) {
                throw new InputException(CommandMessages.STANDARD_DIFF_NOT_FOLDER_STANDARD.text(dir));
            }
        }
        DiffReport report = StandardDiff.diff(before, after);
        PrintWriter out = spec.commandLine().getOut();
        if (formatOption.format() == OutputFormat.text) {
            printText(report, lang, out);
        } else {
            out.println(Json.print(json(report, lang)));
        }
        return report.releasable() ? ExitCode.OK : ExitCode.FINDINGS;
    }

    private void printText(DiffReport report, Lang lang, PrintWriter out) {
        boolean fr = lang == Lang.FR;
        problems(before, report.beforeProblems(), lang, out);
        problems(after, report.afterProblems(), lang, out);
        for (StandardChange c : report.changes()) {
            out.println(Visible.escape(c.place() + "  " + level(c.level(), lang) + "  " + c.message(lang)));
            out.println("  " + (CommandMessages.STANDARD_DIFF_WHY.text().in(lang)) + c.reason(lang));
        }
        out.println(CommandMessages.STANDARD_DIFF_VERSIONS.text().in(lang));
        List<VersionBump> told = report.bumps().stream().filter(b -> b.needed().isPresent() || !b.sufficient()).toList();
        // With nothing to move, the heading still gets its line: the standard's version, which nothing changed.
        for (VersionBump b : told.isEmpty() ? report.bumps().stream().limit(1).toList() : told) {
            out.println("  " + (b.sufficient() ? "" : CommandMessages.STANDARD_DIFF_FIX.text().in(lang)) + Visible.escape(b.message(lang)));
        }
        long major = count(report, ChangeLevel.MAJOR);
        long minor = count(report, ChangeLevel.MINOR);
        long patch = count(report, ChangeLevel.PATCH);
        String total = CommandMessages.STANDARD_DIFF_CHANGE_S_MAJOR.text(report.changes().size(), major, minor, patch).in(lang);
        int problems = report.beforeProblems().size() + report.afterProblems().size();
        String verdict = problems > 0 ? CommandMessages.STANDARD_DIFF_PROBLEMS_TO_FIX.text(problems).in(lang)
                : report.releasable()
                ? (CommandMessages.STANDARD_DIFF_VERSIONS_FOLLOW_CHANGES.text().in(lang))
                : (CommandMessages.STANDARD_DIFF_VERSIONS_MUST_CHANGE.text().in(lang));
        out.println(total + "; " + verdict);
    }

    private static void problems(Path root, List<TableProblem> problems, Lang lang, PrintWriter out) {
        for (TableProblem p : problems) {
            String column = p.column().isEmpty() ? "" : " [" + p.column() + "]";
            out.println(Visible.escape(root.resolve(p.file()) + (p.line() > 0 ? ":" + p.line() : "") + column + ": " + p.message(lang)));
            out.println("  " + (CommandMessages.STANDARD_CHECK_FIX.text().in(lang)) + p.fix(lang));
        }
    }

    private static long count(DiffReport report, ChangeLevel level) {
        return report.changes().stream().filter(c -> c.level() == level).count();
    }

    private static String level(ChangeLevel level, Lang lang) {
        return switch (level) {
            case MAJOR -> CommandMessages.STANDARD_DIFF_MAJOR.text().in(lang);
            case MINOR -> CommandMessages.STANDARD_DIFF_MINOR.text().in(lang);
            case PATCH -> CommandMessages.STANDARD_DIFF_PATCH.text().in(lang);
        };
    }

    private ObjectNode json(DiffReport report, Lang lang) {
        ObjectNode root = Json.object();
        root.put("before", before.toString());
        root.put("after", after.toString());
        root.put("level", report.level().map(l -> l.name().toLowerCase(Locale.ROOT)).orElse("none"));
        root.put("releasable", report.releasable());
        ArrayNode changes = root.putArray("changes");
        for (StandardChange c : report.changes()) {
            ObjectNode n = changes.addObject();
            n.put("level", c.level().name().toLowerCase(Locale.ROOT));
            n.put("file", c.file());
            n.put("line", c.line());
            n.put("key", c.key());
            n.put("column", c.column());
            n.put("change", c.what());
            n.put("message", c.message(lang));
            n.put("reason", c.reason(lang));
        }
        ArrayNode bumps = root.putArray("versions");
        for (VersionBump b : report.bumps()) {
            ObjectNode n = bumps.addObject();
            n.put("subject", b.subject());
            n.put("before", b.before());
            n.put("after", b.after());
            n.put("needs", b.needed().map(l -> l.name().toLowerCase(Locale.ROOT)).orElse("none"));
            n.put("sufficient", b.sufficient());
            b.suggested().ifPresent(s -> n.put("suggested", s));
            n.put("message", b.message(lang));
        }
        ArrayNode problems = root.putArray("problems");
        for (List<TableProblem> list : List.of(report.beforeProblems(), report.afterProblems())) {
            for (TableProblem p : list) {
                ObjectNode n = problems.addObject();
                n.put("folder", (list == report.beforeProblems() ? before : after).toString());
                n.put("file", p.file());
                n.put("line", p.line());
                n.put("message", p.message(lang));
                n.put("fix", p.fix(lang));
            }
        }
        return root;
    }
}

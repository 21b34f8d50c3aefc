package org.opdl.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.nio.charset.StandardCharsets;
import org.opdl.cli.command.ClassifyCommand;
import org.opdl.cli.command.ConvertCommand;
import org.opdl.cli.command.PublishCommand;
import org.opdl.cli.command.QueryCommand;
import org.opdl.cli.command.TemplateCommand;
import org.opdl.cli.exit.ExitCode;
import org.opdl.cli.exit.InputException;
import org.opdl.cli.exit.OutOfMemory;
import org.opdl.cli.exit.ReaderGone;
import org.opdl.cli.exit.UsageException;
import org.opdl.cli.exit.WorkerFailures;
import org.opdl.cli.output.ErrorLine;
import org.opdl.cli.output.StandardOutput;
import org.opdl.model.text.Text;
import org.opdl.model.text.Visible;
import org.opdl.cli.command.MatchCommand;
import org.opdl.cli.command.MergeCommand;
import org.opdl.cli.command.MigrateCommand;
import org.opdl.cli.command.ReportCommand;
import org.opdl.cli.command.RulesCommand;
import org.opdl.cli.command.SchemaCommand;
import org.opdl.cli.command.ServeCommand;
import org.opdl.cli.command.StagesCommand;
import org.opdl.cli.command.StandardCommand;
import org.opdl.cli.command.ValidateCommand;
import org.opdl.cli.command.VocabCommand;
import org.opdl.cli.option.RunLanguage;
import org.opdl.model.text.Lang;
import org.opdl.validator.Validator;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The entry point of the {@code opdl} tool: wires the commands and maps failures to exit codes. */
@Command(
        name = "opdl",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Validate, convert and explore Open Professional Development Listings (OPDL).",
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  ok",
            "  1  findings at or above the failure threshold (for a lookup: nothing found)",
            "  2  usage error",
            "  3  input that cannot be read at all, or output that cannot be written",
            "  4  internal error",
            "141  the program reading standard output stopped (as | head does); nothing is said"
        })
public final class Main implements Runnable {

    /** The subcommands' names in the order help lists them. */
    private static final List<String> COMMANDS =
            List.of("validate", "rules", "stages", "classify", "vocab", "convert", "migrate", "merge", "report", "match", "publish", "query",
                    "template", "schema", "standard", "serve", "help");

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * A new instance of the named subcommand, or null for an unknown name. The subcommands are added
     * in code rather than in the annotation so that a run can build only the one it was asked for
     * (picocli's reflection over a command's options is a large share of a cold start), and a switch
     * rather than a map of method references, whose lambdas cost a cold start tens of milliseconds.
     */
    private static Object command(String name) {
        return switch (name) {
            case "validate" -> new ValidateCommand();
            case "rules" -> new RulesCommand();
            case "stages" -> new StagesCommand();
            case "classify" -> new ClassifyCommand();
            case "vocab" -> new VocabCommand();
            case "convert" -> new ConvertCommand();
            case "migrate" -> new MigrateCommand();
            case "publish" -> new PublishCommand();
            case "query" -> new QueryCommand();
            case "merge" -> new MergeCommand();
            case "report" -> new ReportCommand();
            case "match" -> new MatchCommand();
            case "template" -> new TemplateCommand();
            case "schema" -> new SchemaCommand();
            case "standard" -> new StandardCommand();
            case "serve" -> new ServeCommand(Main::run);
            case "help" -> new CommandLine.HelpCommand();
            default -> null;
        };
    }

    /** The whole command tree, every subcommand included; the docs and completion scripts read it. */
    public static CommandLine commandLine() {
        return commandLine(null);
    }

    /** The tree for one run: only the named subcommand when the arguments start with one. */
    private static CommandLine commandLine(String first) {
        CommandLine cli = new CommandLine(new Main());
        Object only = first == null || first.equals("help") ? null : command(first);
        if (only != null) {
            cli.addSubcommand(only);
        } else {
            for (String name : COMMANDS) {
                cli.addSubcommand(command(name));
            }
        }
        return cli;
    }

    /** Runs the tool and exits the JVM with its exit code. */
    public static void main(String[] args) {
        // Jena and the JSON Schema library log through SLF4J; with no backend SLF4J would print a notice on every run.
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        if (args.length > 0 && args[0].equals("validate")) {
            // Reading the standard overlaps with parsing the command line: a cold start is mostly these two.
            Validator.preload();
        }
        // Not System.out, which keeps the system's reason for a failed write to itself.
        PrintWriter out = new PrintWriter(StandardOutput.system(), true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        WorkerFailures workers = new WorkerFailures();
        Thread.setDefaultUncaughtExceptionHandler(workers);
        int code = run(out, err, args);
        Throwable unexplained = workers.unexplained();
        if (unexplained != null && code != ExitCode.INPUT) {
            internalError(err, unexplained, RunLanguage.of(args));
            code = ExitCode.INTERNAL;
        }
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs the tool with the given writers and returns its exit code; tests call this. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine(args.length > 0 ? args[0] : null);
        if (RunLanguage.asksForHelp(args) && RunLanguage.of(args) == Lang.FR) {
            RunLanguage.french(cli);
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(Errors.INSTANCE);
        cli.setExecutionExceptionHandler(Errors.INSTANCE);
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            // Whatever ran out of memory is garbage once thrown this far: a clear message, never a stack trace.
            // A merge keeps every listing until the dataset is written, so smaller files would not help it.
            MainMessages message = args.length > 0 && args[0].equals("merge") ? MainMessages.MAIN_OUT_OF_MEMORY_MERGE
                    : MainMessages.MAIN_OUT_OF_MEMORY;
            err.println(ErrorLine.start(languageOf(args)) + message.text(Runtime.getRuntime().maxMemory() >> 20).in(languageOf(args)));
            err.flush();
            return ExitCode.INPUT;
        }
        // Whatever a command printed must have reached standard output: a full disk is an input/output
        // error (exit 3), never a success; a reader gone ends the run quietly, as SIGPIPE ends a Unix
        // tool. Commands that go on to claim something on standard error check for themselves first.
        if ((code == ExitCode.OK || code == ExitCode.FINDINGS) && out.checkError()) {
            if (StandardOutput.readerGone()) {
                return ExitCode.READER_GONE;
            }
            err.println(ErrorLine.start(languageOf(args)) + StandardOutput.failed().text().in(languageOf(args)));
            return ExitCode.INPUT;
        }
        return code;
    }

    /**
     * Maps picocli's failures to exit codes. A class rather than two method references: picocli's
     * interfaces are compiled for Java 5, so lambdas implementing them cannot be kept in the
     * class-data-sharing archive and would be generated at every start.
     */
    private static final class Errors
            implements CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {

        static final Errors INSTANCE = new Errors();

        @Override
        public int handleParseException(CommandLine.ParameterException e, String[] args) {
            return onParameterError(e, args);
        }

        @Override
        public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
            return onExecutionError(e, cmd, parsed);
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static int onParameterError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        String help = cmd.getCommandSpec().qualifiedName() + " --help";
        String detail = e.getMessage() == null ? "" : e.getMessage().replaceAll("\\s*\\R\\s*", " ").strip();
        detail = detail.replaceAll("\\p{Cntrl}", "?");
        Lang lang = languageOf(args);
        Text words = UsageWords.of(e, args);
        String line = words == null ? MainMessages.MAIN_SEE.text(detail, help, french(e, detail)).in(lang)
                : MainMessages.MAIN_SEE.text(words.en(), help, words.fr()).in(lang);
        cmd.getErr().println(ErrorLine.start(lang) + Visible.escape(line));
        return ExitCode.USAGE;
    }

    /** picocli's messages are English only; the common ones are given in French too. */
    private static String french(CommandLine.ParameterException e, String detail) {
        if (e instanceof CommandLine.MissingParameterException missing) {
            List<String> names = new ArrayList<>();
            for (CommandLine.Model.ArgSpec a : missing.getMissing()) {
                names.add(a instanceof CommandLine.Model.OptionSpec o ? o.longestName() : a.paramLabel());
            }
            return MainMessages.MAIN_MISSING.text(String.join(", ", names)).fr();
        }
        return MainMessages.MAIN_WRONG_USAGE.text(detail).fr();
    }

    /** The language asked for with --lang, read from the raw arguments when parsing failed. */
    private static Lang languageOf(String[] args) {
        return RunLanguage.of(args);
    }

    private static int onExecutionError(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        Lang lang = languageOf(parsed);
        if (e instanceof UsageException u) {
            err.println(ErrorLine.start(lang) + Visible.escape(u.text().in(lang)));
            return ExitCode.USAGE;
        }
        if (e instanceof ReaderGone) {
            return ExitCode.READER_GONE;
        }
        if (e instanceof InputException i) {
            err.println(ErrorLine.start(lang) + Visible.escape(i.text().in(lang)));
            return ExitCode.INPUT;
        }
        OutOfMemoryError shortage = OutOfMemory.behind(e);
        if (shortage != null) {
            throw shortage;
        }
        internalError(err, e, lang);
        return ExitCode.INTERNAL;
    }

    /** Says that opdl failed, with the failure in one line: a stack trace only with {@code -Dopdl.debug=true}. */
    private static void internalError(PrintWriter err, Throwable e, Lang lang) {
        err.println(ErrorLine.start(lang) + MainMessages.MAIN_INTERNAL_ERROR.text(Visible.escape(String.valueOf(e))).in(lang)
                + MainMessages.MAIN_BUG_OPDL_PLEASE.text().in(lang));
        if (Boolean.getBoolean("opdl.debug")) {
            e.printStackTrace(err);
        }
    }

    private static Lang languageOf(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult leaf = parsed;
        while (leaf.hasSubcommand()) {
            leaf = leaf.subcommand();
        }
        if (leaf.hasMatchedOption("--lang")) {
            return RunLanguage.asked(leaf.matchedOptionValue("--lang", "en"));
        }
        return RunLanguage.fallback();
    }
}

package org.opdl.docs.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.opdl.docs.markdown.Markdown;
import org.opdl.model.text.Lang;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The command-line reference, read from the picocli command tree: one page per command with its
 * synopsis, options, parameters and exit codes. English text comes from the commands themselves;
 * French text from {@code help_fr.properties} of the cli module (the same texts {@code opdl --help --lang fr} shows), which a test keeps complete.
 */
public final class CliPages {

    private static final String FRENCH = "org/opdl/cli/help_fr.properties";

    private final CommandLine root;
    private final Properties french;

    /** Pages for this command tree. */
    public CliPages(CommandLine root) {
        this.root = root;
        this.french = load();
    }

    /** Every command below the root, depth first, without picocli's built-in help command. */
    public List<CommandLine> commands() {
        List<CommandLine> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    /** The French keys that the command tree needs but {@code help_fr.properties} of the cli module (the same texts {@code opdl --help --lang fr} shows) lacks. */
    public List<String> missingFrench() {
        List<String> missing = new ArrayList<>();
        List<CommandLine> all = new ArrayList<>(commands());
        all.add(0, root);
        for (CommandLine c : all) {
            CommandSpec spec = c.getCommandSpec();
            if (french(spec, null).isEmpty()) {
                missing.add(key(spec));
            }
            for (ArgSpec a : spec.args()) {
                if (french(spec, a).isEmpty()) {
                    missing.add(key(spec) + "." + name(a));
                }
            }
        }
        return missing;
    }

    /** The index page and one page per command, in one language. */
    public List<Page> pages(Lang lang) {
        List<Page> pages = new ArrayList<>();
        String title = PageMessages.CLI_COMMAND_LINE_REFERENCE.in(lang);
        Markdown md = new Markdown().heading(1, title);
        md.paragraph(PageMessages.CLI_OPDL_IS_THE_TOOLKIT.in(lang));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(Markdown.link("opdl", "opdl.md"), Markdown.text(description(lang, root.getCommandSpec(), null))));
        for (CommandLine c : commands()) {
            rows.add(List.of(Markdown.link(c.getCommandSpec().qualifiedName(), file(c.getCommandSpec())),
                    Markdown.text(firstParagraph(description(lang, c.getCommandSpec(), null)))));
        }
        md.table(List.of(PageMessages.CLI_COMMAND.in(lang), PageMessages.CLI_WHAT_IT_DOES.in(lang)), rows);
        exitCodes(md, lang);
        md.heading(2, PageMessages.CLI_MANUAL_PAGES_AND_SHELL.in(lang));
        md.paragraph(PageMessages.CLI_EACH_COMMAND_ALSO_HAS.in(lang));
        pages.add(new Page(lang.tag() + "/cli/index.md", lang, title, md.build()));
        pages.add(command(lang, root));
        for (CommandLine c : commands()) {
            pages.add(command(lang, c));
        }
        return pages;
    }

    private Page command(Lang lang, CommandLine c) {
        CommandSpec spec = c.getCommandSpec();
        String title = spec.qualifiedName();
        Markdown md = new Markdown().heading(1, Markdown.code(title));
        for (String p : description(lang, spec, null).split("\n")) {
            md.paragraph(Markdown.text(p));
        }
        md.heading(2, PageMessages.CLI_SYNOPSIS.in(lang));
        md.code("", new CommandLine.Help(spec, CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF))
                .synopsis(0).stripTrailing());
        List<PositionalParamSpec> params = spec.positionalParameters();
        if (!params.isEmpty()) {
            md.heading(2, PageMessages.CLI_PARAMETERS.in(lang));
            List<List<String>> rows = new ArrayList<>();
            for (PositionalParamSpec p : params) {
                rows.add(List.of(Markdown.code(p.paramLabel()), Markdown.code(p.arity().toString()),
                        Markdown.text(description(lang, spec, p))));
            }
            md.table(List.of(PageMessages.CLI_PARAMETER.in(lang), PageMessages.CLI_HOW_MANY.in(lang),
                    PageMessages.CLI_MEANING.in(lang)), rows);
        }
        md.heading(2, PageMessages.CLI_OPTIONS.in(lang));
        List<List<String>> rows = new ArrayList<>();
        for (OptionSpec o : spec.options()) {
            if (o.hidden()) {
                continue;
            }
            String names = String.join(", ", o.names());
            String value = o.typeInfo().isBoolean() ? "" : Markdown.code(o.paramLabel());
            rows.add(List.of(Markdown.code(names), value, Words.yesNo(lang, o.required()),
                    Markdown.text(description(lang, spec, o))));
        }
        md.table(List.of(PageMessages.CLI_OPTION.in(lang), PageMessages.FIELDS_VALUE.in(lang), PageMessages.FIELDS_REQUIRED.in(lang),
                PageMessages.CLI_MEANING.in(lang)), rows);
        if (!c.getSubcommands().isEmpty()) {
            md.heading(2, PageMessages.CLI_COMMANDS.in(lang));
            List<String> items = new ArrayList<>();
            for (CommandLine sub : c.getSubcommands().values()) {
                if (!isHelp(sub)) {
                    items.add(Markdown.link(sub.getCommandSpec().qualifiedName(), file(sub.getCommandSpec())));
                }
            }
            md.bullets(items.stream().distinct().toList());
        }
        md.paragraph(PageMessages.CLI_EXIT_CODES_SEE_THE.in(lang)
                + Markdown.link(manPage(spec), "../../man/" + manPage(spec)) + ".");
        if (lang == Lang.EN) {
            md.heading(2, "Help text");
            md.code("", c.getUsageMessage(CommandLine.Help.Ansi.OFF));
        }
        return new Page(lang.tag() + "/cli/" + file(spec), lang, title, md.build());
    }

    private static void exitCodes(Markdown md, Lang lang) {
        md.heading(2, PageMessages.CLI_EXIT_CODES.in(lang));
        md.table(List.of("code", PageMessages.CLI_MEANING.in(lang)), List.of(
                List.of("0", PageMessages.CLI_OK.in(lang)),
                List.of("1", PageMessages.CLI_FINDINGS_AT_OR_ABOVE.in(lang)),
                List.of("2", PageMessages.CLI_USAGE_ERROR.in(lang)),
                List.of("3", PageMessages.CLI_INPUT_THAT_CANNOT_BE.in(lang)),
                List.of("4", PageMessages.CLI_INTERNAL_ERROR.in(lang))));
    }

    /** The man-page file picocli writes for a command, such as {@code opdl-vocab.adoc}. */
    public static String manPage(CommandSpec spec) {
        return spec.qualifiedName("-") + ".adoc";
    }

    private static String file(CommandSpec spec) {
        return spec.qualifiedName("-").replaceFirst("^opdl-", "") + ".md";
    }

    private void collect(CommandLine c, List<CommandLine> out) {
        for (CommandLine sub : c.getSubcommands().values()) {
            if (!isHelp(sub) && !out.contains(sub)) {
                out.add(sub);
                collect(sub, out);
            }
        }
    }

    private static boolean isHelp(CommandLine c) {
        return c.getCommandSpec().helpCommand();
    }

    private String description(Lang lang, CommandSpec spec, ArgSpec arg) {
        if (lang == Lang.FR) {
            Optional<String> fr = french(spec, arg);
            if (fr.isPresent()) {
                return fr.get();
            }
        }
        String[] lines = arg == null ? spec.usageMessage().description() : arg.description();
        return String.join("\n", lines);
    }

    private Optional<String> french(CommandSpec spec, ArgSpec arg) {
        String text = arg == null ? french.getProperty(key(spec))
                : Optional.ofNullable(french.getProperty(key(spec) + "." + name(arg))).orElse(french.getProperty(name(arg)));
        if (text == null) {
            return Optional.empty();
        }
        if (arg != null) {
            String candidates = "";
            if (arg.completionCandidates() != null) {
                List<String> all = new ArrayList<>();
                arg.completionCandidates().forEach(all::add);
                candidates = String.join(", ", all);
            }
            text = text.replace("${DEFAULT-VALUE}", String.valueOf(arg.defaultValue()))
                    .replace("${COMPLETION-CANDIDATES}", candidates);
        }
        return Optional.of(text);
    }

    private static String key(CommandSpec spec) {
        return spec.qualifiedName(".");
    }

    private static String name(ArgSpec a) {
        return a instanceof OptionSpec o ? o.longestName() : a.paramLabel();
    }

    private static String firstParagraph(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = CliPages.class.getClassLoader().getResourceAsStream(FRENCH)) {
            if (in == null) {
                throw new IllegalStateException("missing " + FRENCH);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(FRENCH, e);
        }
        return p;
    }
}

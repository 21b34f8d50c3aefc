package org.opdl.docs.page;

import static org.opdl.docs.page.Words.t;

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
        String title = t(lang, "Command-line reference", "Référence de la ligne de commande");
        Markdown md = new Markdown().heading(1, title);
        md.paragraph(t(lang,
                "`opdl` is the toolkit's command-line tool. From a clone of the repository, run it as `./opdl`, "
                        + "which builds it on first use. Every command takes `--help` and `--lang en|fr`.",
                "`opdl` est l'outil en ligne de commande de la boîte à outils. Depuis une copie du dépôt, lancez-le "
                        + "avec `./opdl`, qui le construit au premier usage. Chaque commande accepte `--help` et "
                        + "`--lang en|fr`."));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(Markdown.link("opdl", "opdl.md"), Markdown.text(description(lang, root.getCommandSpec(), null))));
        for (CommandLine c : commands()) {
            rows.add(List.of(Markdown.link(c.getCommandSpec().qualifiedName(), file(c.getCommandSpec())),
                    Markdown.text(firstParagraph(description(lang, c.getCommandSpec(), null)))));
        }
        md.table(List.of(t(lang, "command", "commande"), t(lang, "what it does", "ce qu'elle fait")), rows);
        exitCodes(md, lang);
        md.heading(2, t(lang, "Manual pages and shell completion", "Pages de manuel et complétion"));
        md.paragraph(t(lang,
                "Each command also has a manual page, written in AsciiDoc by picocli's man-page generator "
                        + "(`asciidoctor -b manpage opdl.adoc` turns it into a `man` page), under "
                        + "[man/](../../man/index.md). The completion script "
                        + "[opdl_completion](../../completion/opdl_completion) works in bash and zsh: "
                        + "`source opdl_completion`.",
                "Chaque commande a aussi une page de manuel, écrite en AsciiDoc par le générateur de picocli "
                        + "(`asciidoctor -b manpage opdl.adoc` en fait une page `man`), sous "
                        + "[man/](../../man/index.md). Le script de complétion "
                        + "[opdl_completion](../../completion/opdl_completion) fonctionne dans bash et zsh : "
                        + "`source opdl_completion`."));
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
        md.heading(2, t(lang, "Synopsis", "Synopsis"));
        md.code("", new CommandLine.Help(spec, CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF))
                .synopsis(0).stripTrailing());
        List<PositionalParamSpec> params = spec.positionalParameters();
        if (!params.isEmpty()) {
            md.heading(2, t(lang, "Parameters", "Paramètres"));
            List<List<String>> rows = new ArrayList<>();
            for (PositionalParamSpec p : params) {
                rows.add(List.of(Markdown.code(p.paramLabel()), Markdown.code(p.arity().toString()),
                        Markdown.text(description(lang, spec, p))));
            }
            md.table(List.of(t(lang, "parameter", "paramètre"), t(lang, "how many", "combien"),
                    t(lang, "meaning", "sens")), rows);
        }
        md.heading(2, t(lang, "Options", "Options"));
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
        md.table(List.of(t(lang, "option", "option"), t(lang, "value", "valeur"), t(lang, "required", "obligatoire"),
                t(lang, "meaning", "sens")), rows);
        if (!c.getSubcommands().isEmpty()) {
            md.heading(2, t(lang, "Commands", "Commandes"));
            List<String> items = new ArrayList<>();
            for (CommandLine sub : c.getSubcommands().values()) {
                if (!isHelp(sub)) {
                    items.add(Markdown.link(sub.getCommandSpec().qualifiedName(), file(sub.getCommandSpec())));
                }
            }
            md.bullets(items.stream().distinct().toList());
        }
        md.paragraph(t(lang, "Exit codes: see the [command-line reference](index.md#exit-codes). Manual page: ",
                "Codes de sortie : voir la [référence](index.md#codes-de-sortie). Page de manuel : ")
                + Markdown.link(manPage(spec), "../../man/" + manPage(spec)) + ".");
        if (lang == Lang.EN) {
            md.heading(2, "Help text");
            md.code("", c.getUsageMessage(CommandLine.Help.Ansi.OFF));
        }
        return new Page(lang.tag() + "/cli/" + file(spec), lang, title, md.build());
    }

    private static void exitCodes(Markdown md, Lang lang) {
        md.heading(2, t(lang, "Exit codes", "Codes de sortie"));
        md.table(List.of("code", t(lang, "meaning", "sens")), List.of(
                List.of("0", t(lang, "ok", "tout va bien")),
                List.of("1", t(lang, "findings at or above the failure threshold (for a lookup: nothing found)",
                        "constats égaux ou supérieurs au seuil d'échec (pour une recherche : rien trouvé)")),
                List.of("2", t(lang, "usage error", "erreur d'utilisation")),
                List.of("3", t(lang, "input that cannot be read at all (missing file, no permission, unknown format)",
                        "entrée illisible (fichier absent, permission refusée, format inconnu)")),
                List.of("4", t(lang, "internal error", "erreur interne"))));
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

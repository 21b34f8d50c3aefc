package org.opdl.docs.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.opdl.cli.Main;
import org.opdl.docs.markdown.HtmlPages;
import org.opdl.docs.page.CareerStagePages;
import org.opdl.docs.page.ChangeLogPages;
import org.opdl.docs.page.CliPages;
import org.opdl.docs.page.Download;
import org.opdl.docs.page.FieldPages;
import org.opdl.docs.page.HomePages;
import org.opdl.docs.page.Page;
import org.opdl.docs.page.RulePages;
import org.opdl.docs.page.VocabularyPages;
import org.opdl.model.definition.StandardDefinition;
import org.opdl.model.stage.CareerStageScale;
import org.opdl.model.stage.Crosswalk;
import org.opdl.model.text.Lang;
import org.opdl.model.vocab.Vocabulary;
import org.opdl.validator.rules.BuiltInRules;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Generates the OPDL specification site. Run by {@code mvn -B -pl docs -am package}, which writes
 * it to {@code docs/target/site/}; by hand, {@code SiteGenerator <repository root> <output folder>}.
 * Every page is written as Markdown and as HTML side by side.
 */
public final class SiteGenerator {

    private SiteGenerator() {
    }

    /** Generates the site: {@code args[0]} is the repository root, {@code args[1]} the output folder. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: SiteGenerator <repository root> <output folder>");
        }
        generate(Path.of(args[0]), Path.of(args[1]));
    }

    /**
     * Writes the whole site into {@code out}, replacing what was there. The site is built in a
     * sibling folder first, so that a failure leaves the previous site untouched.
     *
     * @return the pages written
     */
    public static List<Page> generate(Path repoRoot, Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path work = Files.createTempDirectory(parent, ".site-");
        try {
            List<Page> pages = write(repoRoot, work);
            delete(out);
            Files.move(work, out);
            return pages;
        } finally {
            delete(work);
        }
    }

    private static List<Page> write(Path repoRoot, Path site) throws IOException {
        Vocabulary vocabulary = Vocabulary.standard();
        CommandLine cli = cli();
        List<Download> downloads = Downloads.write(repoRoot, site, StandardDefinition.version());
        Map<String, List<Download>> earlier = new LinkedHashMap<>();
        for (String v : Releases.earlier(repoRoot)) {
            earlier.put(v, Downloads.artifacts(site, v));
        }
        List<Page> guides = Guides.pages(repoRoot);
        Guides.copyAssets(repoRoot, site);
        List<String> manPages = manPages(cli, site.resolve("man"));
        completion(cli, site.resolve("completion"));

        List<Page> pages = new ArrayList<>();
        pages.add(HomePages.entry());
        pages.add(HomePages.manIndex(manPages));
        VocabularyPages vocab = new VocabularyPages(vocabulary, StandardDefinition.version());
        CareerStagePages stages = new CareerStagePages(CareerStageScale.standard(), vocabulary, Crosswalk.standard());
        CliPages cliPages = new CliPages(cli);
        FieldPages fields = new FieldPages(StandardDefinition.listing(), StandardDefinition.dataset());
        RulePages rules = new RulePages(BuiltInRules.registry());
        for (Lang lang : Lang.values()) {
            List<HomePages.Guide> entries = new ArrayList<>();
            Guides.entries(guides).stream().filter(g -> g.lang() == lang).forEach(entries::add);
            Guides.entries(guides).stream().filter(g -> g.lang() != lang
                    && entries.stream().noneMatch(e -> e.file().equals(g.file()))).forEach(entries::add);
            pages.add(HomePages.home(lang, entries, true, true));
            pages.addAll(fields.pages(lang));
            pages.add(rules.page(lang));
            pages.addAll(vocab.pages(lang));
            pages.add(stages.page(lang));
            pages.addAll(cliPages.pages(lang));
            pages.add(HomePages.downloads(lang, StandardDefinition.version(), downloads, earlier));
            pages.add(new Page(lang.tag() + "/changelog.md", lang, ChangeLogPages.title(lang), Releases.changeLog(repoRoot, lang)));
        }
        pages.addAll(guides);
        pages.addAll(Guides.references(repoRoot));

        Set<String> paths = new LinkedHashSet<>();
        pages.forEach(p -> paths.add(p.path()));
        Nav nav = new Nav(paths);
        HtmlPages html = new HtmlPages();
        for (Page p : pages) {
            Path md = site.resolve(p.path());
            Files.createDirectories(md.getParent());
            Files.writeString(md, p.markdown(), StandardCharsets.UTF_8);
            Path htmlFile = site.resolve(p.path().substring(0, p.path().length() - 3) + ".html");
            Files.writeString(htmlFile, html.page(p.lang().tag(), p.title(), p.toRoot(), nav.of(p), p.markdown()),
                    StandardCharsets.UTF_8);
        }
        copyResource("org/opdl/docs/site/style.css", site.resolve("assets/style.css"));
        return pages;
    }

    /** The CLI's command tree, as {@code opdl} builds it. */
    static CommandLine cli() {
        return Main.commandLine();
    }

    private static List<String> manPages(CommandLine cli, Path dir) throws IOException {
        Files.createDirectories(dir);
        int code = ManPageGenerator.generateManPage(dir.toFile(), null, new boolean[0], true, cli.getCommandSpec());
        if (code != 0) {
            throw new IOException("picocli's man-page generator failed with code " + code);
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".adoc")).sorted().toList();
        }
    }

    private static void completion(CommandLine cli, Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("opdl_completion"), AutoComplete.bash("opdl", cli), StandardCharsets.UTF_8);
    }

    private static void copyResource(String resource, Path target) throws IOException {
        try (InputStream in = SiteGenerator.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing resource " + resource);
            }
            Files.createDirectories(target.getParent());
            Files.write(target, in.readAllBytes());
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

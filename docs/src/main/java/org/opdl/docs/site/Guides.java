package org.opdl.docs.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.opdl.docs.page.HomePages;
import org.opdl.docs.page.Page;
import org.opdl.model.text.Lang;

/**
 * Reads the hand-written guides of {@code docs/guides/}: {@code name.md} is English and
 * {@code name.fr.md} its French version. Each becomes {@code <lang>/guides/name.md} in the site, and
 * the files beside them (such as the SPARQL queries) are copied to {@code en/guides/}. A guide links
 * to what the repository holds, so that its links work where GitHub shows it; in the site the links
 * that name a table or folder of the repository lead to the page generated from it instead.
 */
final class Guides {

    private Guides() {
    }

    /** The guides as pages, in file-name order. */
    static List<Page> pages(Path repoRoot) throws IOException {
        Path dir = repoRoot.resolve("docs/guides");
        List<Page> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.equals("README.md")) {
                    continue;
                }
                Lang lang = name.endsWith(".fr.md") ? Lang.FR : Lang.EN;
                String file = lang == Lang.FR ? name.replace(".fr.md", ".md") : name;
                String markdown = siteLinks(Files.readString(f, StandardCharsets.UTF_8), lang);
                out.add(new Page(lang.tag() + "/guides/" + file, lang, title(markdown, name), markdown));
            }
        }
        return out;
    }

    /**
     * The reference pages written by hand beside the guides, {@code docs/spreadsheet.md} (the
     * spreadsheet form), {@code docs/formats.md} (the formats) and {@code docs/does-not-fit.md} (what
     * real programs state that the standard does not fit yet), and their French twins
     * {@code docs/<name>.fr.md}: published at {@code en/<name>.md} and {@code fr/<name>.md}, so that
     * their links to each other work in the site as in the repository.
     */
    static List<Page> references(Path repoRoot) throws IOException {
        List<Page> out = new ArrayList<>();
        for (String name : List.of("spreadsheet.md", "formats.md", "does-not-fit.md")) {
            for (Lang lang : Lang.values()) {
                String file = lang == Lang.FR ? name.replace(".md", ".fr.md") : name;
                String markdown = Files.readString(repoRoot.resolve("docs").resolve(file), StandardCharsets.UTF_8);
                markdown = relink(markdown, lang, REFERENCE_LINKS);
                out.add(new Page(lang.tag() + "/" + name, lang, title(markdown, file), markdown));
            }
        }
        return out;
    }

    /**
     * A link target as a guide writes it in the repository, and the page of the site it stands for
     * in each language.
     */
    private record SiteLink(String repository, String en, String fr) {
    }

    private static final List<SiteLink> SITE_LINKS = List.of(
            new SiteLink("../../standard/listing/fields.csv", "../fields/listing.md", "../fields/listing.md"),
            new SiteLink("../../standard/listing/dataset.csv", "../fields/dataset.md", "../fields/dataset.md"),
            new SiteLink("../../standard/vocabulary/", "../vocabularies/index.md", "../vocabularies/index.md"),
            new SiteLink("../../schema/src/main/resources/org/opdl/schema/", "../downloads.md", "../downloads.md"),
            new SiteLink("../validator.md#rule-catalogue", "../rules.md", "../rules.md"),
            new SiteLink("../spreadsheet.md", "../spreadsheet.md", "../../en/spreadsheet.md"),
            new SiteLink("../formats.md", "../formats.md", "../../en/formats.md"),
            new SiteLink("../spreadsheet.fr.md", "../../fr/spreadsheet.md", "../spreadsheet.md"),
            new SiteLink("../formats.fr.md", "../../fr/formats.md", "../formats.md"),
            new SiteLink("../changelog.fr.md", "../../fr/changelog.md", "../changelog.md"),
            new SiteLink("../does-not-fit.md", "../does-not-fit.md", "../../en/does-not-fit.md"),
            new SiteLink("../does-not-fit.fr.md", "../../fr/does-not-fit.md", "../does-not-fit.md"),
            new SiteLink("providers.fr.md", "../../fr/guides/providers.md", "../../fr/guides/providers.md"),
            new SiteLink("producers.fr.md", "../../fr/guides/producers.md", "producers.md"),
            new SiteLink("developers.fr.md", "../../fr/guides/developers.md", "developers.md"),
            new SiteLink("industry-bodies.fr.md", "../../fr/guides/industry-bodies.md", "industry-bodies.md"),
            // The SPARQL queries beside the guides are copied to en/guides/ only; French pages point there.
            new SiteLink("queries/", "queries/", "../../en/guides/queries/"),
            // Pictures beside the guides are copied to en/guides/ only; French pages point there.
            new SiteLink("img/workbook-readme-fr.png", "img/workbook-readme-fr.png", "../../en/guides/img/workbook-readme-fr.png"),
            new SiteLink("img/workbook-listings-fr.png", "img/workbook-listings-fr.png", "../../en/guides/img/workbook-listings-fr.png"),
            new SiteLink("img/page-check-fr.png", "img/page-check-fr.png", "../../en/guides/img/page-check-fr.png"),
            new SiteLink("providers.md", "../../en/guides/providers.md", "../../en/guides/providers.md"),
            new SiteLink("producers.md", "../../en/guides/producers.md", "../../en/guides/producers.md"),
            new SiteLink("developers.md", "../../en/guides/developers.md", "../../en/guides/developers.md"),
            new SiteLink("industry-bodies.md", "../../en/guides/industry-bodies.md", "../../en/guides/industry-bodies.md"));

    /** The reference pages' links to each other and to their twins, as {@link #SITE_LINKS} for the guides. */
    private static final List<SiteLink> REFERENCE_LINKS = List.of(
            new SiteLink("spreadsheet.fr.md", "../fr/spreadsheet.md", "spreadsheet.md"),
            new SiteLink("formats.fr.md", "../fr/formats.md", "formats.md"),
            new SiteLink("spreadsheet.md", "spreadsheet.md", "../en/spreadsheet.md"),
            new SiteLink("formats.md", "formats.md", "../en/formats.md"),
            new SiteLink("does-not-fit.fr.md", "../fr/does-not-fit.md", "does-not-fit.md"),
            new SiteLink("does-not-fit.md", "does-not-fit.md", "../en/does-not-fit.md"));

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]*)");

    /** The guide's Markdown with its repository links turned into the site's, for a page in {@code lang}. */
    static String siteLinks(String markdown, Lang lang) {
        return relink(markdown, lang, SITE_LINKS);
    }

    /**
     * Each link target that starts with a table's repository form gets the first such entry's site
     * form instead, in one pass, so that a target already turned is never turned again.
     */
    private static String relink(String markdown, Lang lang, List<SiteLink> table) {
        Matcher m = LINK.matcher(markdown);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String target = m.group(1);
            for (SiteLink l : table) {
                if (target.startsWith(l.repository())) {
                    target = (lang == Lang.FR ? l.fr() : l.en()) + target.substring(l.repository().length());
                    break;
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement("](" + target));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The guides as entries of a home page. */
    static List<HomePages.Guide> entries(List<Page> guides) {
        return guides.stream().map(p -> new HomePages.Guide(
                p.path().substring(p.path().lastIndexOf('/') + 1), p.title(), p.lang())).toList();
    }

    /** Copies the files that sit beside the guides, other than the guides themselves. */
    static void copyAssets(Path repoRoot, Path site) throws IOException {
        Path dir = repoRoot.resolve("docs/guides");
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".md")).sorted().toList()) {
                Path target = site.resolve("en/guides").resolve(dir.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
    }

    private static String title(String markdown, String file) {
        for (String line : markdown.split("\n")) {
            if (line.startsWith("# ")) {
                return line.substring(2).strip();
            }
        }
        throw new IllegalArgumentException("docs/guides/" + file + " has no title line (# Title)");
    }
}

package org.opdl.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every page of the documentation a person reads exists in English and in French: {@code name.md}
 * beside {@code name.fr.md} (or {@code name.en.md} beside {@code name.fr.md} for generated
 * reports), the French written in French rather than copied, and hand-written twins linking to
 * each other.
 */
@DisplayName("Every guide and page of docs/ exists in both languages")
class BilingualDocsTest {

    /**
     * Pages not yet translated. Every page has its twin now, so the list is empty and stays so: a
     * page listed here that gains its twin fails the test until it is taken off. Guides and the
     * site's reference pages are never listed.
     */
    static final Set<String> ENGLISH_ONLY_FOR_NOW = Set.of();

    /** Twins generated together, which need no link to each other. */
    private static final Set<String> GENERATED = Set.of("docs/changelog.md", "docs/report/landscape.en.md");

    /** The Markdown pages of docs/, outside the build's and the code's folders, relative to the repository. */
    static List<String> pages() throws IOException {
        Path docs = DocFiles.root().resolve("docs");
        try (Stream<Path> files = Files.walk(docs)) {
            return files.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p))
                    .map(p -> DocFiles.root().relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("docs/target/") && !p.startsWith("docs/src/"))
                    .sorted().toList();
        }
    }

    /** The other-language twin's path of a page. */
    static String twin(String page) {
        if (page.endsWith(".fr.md")) {
            String base = page.substring(0, page.length() - ".fr.md".length());
            return Files.exists(DocFiles.root().resolve(base + ".en.md")) ? base + ".en.md" : base + ".md";
        }
        String base = page.endsWith(".en.md") ? page.substring(0, page.length() - ".en.md".length())
                : page.substring(0, page.length() - ".md".length());
        return base + ".fr.md";
    }

    @Test
    @DisplayName("every page has its twin in the other language, but for a short list that only shrinks")
    void everyPageHasItsTwin() throws IOException {
        List<String> alone = new ArrayList<>();
        Set<String> all = new HashSet<>(pages());
        for (String page : pages()) {
            if (!all.contains(twin(page)) && !ENGLISH_ONLY_FOR_NOW.contains(page)) {
                alone.add(page + " (no " + twin(page) + ")");
            }
        }
        assertThat(alone).as("pages in one language only; write the twin").isEmpty();
        for (String page : ENGLISH_ONLY_FOR_NOW) {
            assertThat(all).as("%s is listed as English-only but no longer exists", page).contains(page);
            assertThat(all).as("%s has its French twin now; take it off ENGLISH_ONLY_FOR_NOW", page).doesNotContain(twin(page));
        }
        assertThat(ENGLISH_ONLY_FOR_NOW).as("guides and the site's reference pages are never left in one language")
                .noneMatch(p -> p.startsWith("docs/guides/") || p.equals("docs/spreadsheet.md") || p.equals("docs/formats.md"));
    }

    @Test
    @DisplayName("a French page is written in French: not the English page, and most of its prose lines differ")
    void frenchIsFrench() throws IOException {
        List<String> copies = new ArrayList<>();
        for (String fr : pages().stream().filter(p -> p.endsWith(".fr.md")).toList()) {
            List<String> french = prose(DocFiles.read(DocFiles.root().resolve(fr)));
            Set<String> english = new HashSet<>(prose(DocFiles.read(DocFiles.root().resolve(twin(fr)))));
            long same = french.stream().filter(english::contains).count();
            if (french.isEmpty() || same * 2 >= french.size()) {
                copies.add(fr + ": " + same + " of " + french.size() + " prose lines are the English page's");
            }
        }
        assertThat(copies).as("French pages that copy their English twin").isEmpty();
    }

    @Test
    @DisplayName("hand-written twins link to each other")
    void twinsLinkEachOther() throws IOException {
        List<String> missing = new ArrayList<>();
        Set<String> all = new HashSet<>(pages());
        for (String page : pages()) {
            String other = twin(page);
            if (!all.contains(other) || GENERATED.contains(page) || GENERATED.contains(other)) {
                continue;
            }
            String name = other.substring(other.lastIndexOf('/') + 1);
            if (!DocFiles.read(DocFiles.root().resolve(page)).contains("](" + name + ")")) {
                missing.add(page + " does not link to " + name);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    @DisplayName("the check finds a page in one language only, and a French page that copies the English")
    void theCheckBites() {
        assertThat(twin("docs/guides/developers.md")).isEqualTo("docs/guides/developers.fr.md");
        assertThat(twin("docs/report/landscape.fr.md")).isEqualTo("docs/report/landscape.en.md");
        List<String> english = prose("# Formats\n\nA dataset moves between formats.\n\n```sh\nopdl convert a.json\n```\n| `json` | `.json` |\n");
        assertThat(english).containsExactly("# Formats", "A dataset moves between formats.");
    }

    /**
     * The lines of a page a translator writes: outside fenced code, and holding letters once code
     * spans and link targets are taken out (so a table of headings or codes is not prose).
     */
    static List<String> prose(String markdown) {
        List<String> out = new ArrayList<>();
        boolean fenced = false;
        for (String raw : markdown.split("\n")) {
            String line = raw.strip();
            if (line.startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            String words = line.replaceAll("`[^`]*`", "").replaceAll("\\]\\([^)]*\\)", "]");
            if (!fenced && words.codePoints().anyMatch(Character::isLetter)) {
                out.add(line);
            }
        }
        return out;
    }
}

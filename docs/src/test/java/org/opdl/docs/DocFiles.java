package org.opdl.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.opdl.docs.markdown.HtmlPages;
import org.opdl.docs.site.SiteGenerator;

/** The documentation the checks read: the generated site (made once per test run) and the Markdown sources. */
final class DocFiles {

    private DocFiles() {
    }

    /**
     * A fenced code block of a Markdown file.
     *
     * @param file the file it is in
     * @param info the info string, such as {@code json}
     * @param body the block's text
     */
    record Block(Path file, String info, String body) {

        /** The first word of the info string, lower case. */
        String language() {
            return info.strip().split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final class Generated {
        static final Path SITE = generate();

        private static Path generate() {
            Path out = Path.of("target", "site-under-test").toAbsolutePath();
            try {
                SiteGenerator.generate(root(), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out;
        }
    }

    /** The repository root. */
    static Path root() {
        return Path.of(System.getProperty("opdl.root"));
    }

    /** The site, generated from this checkout the first time it is asked for. */
    static Path site() {
        return Generated.SITE;
    }

    /** Every file of the site with this extension, such as {@code .md}. */
    static List<Path> siteFiles(String extension) {
        try (Stream<Path> files = Files.walk(site())) {
            return files.filter(p -> p.toString().endsWith(extension)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every Markdown file of the repository, as GitHub shows it: the guides, the README files and
     * the standard's pages included; build output, installed packages and git's own files left out.
     */
    static List<Path> repositoryMarkdown() {
        try (Stream<Path> files = Files.walk(root())) {
            return files.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p))
                    .filter(p -> {
                        Path rel = root().relativize(p);
                        for (Path part : rel) {
                            String n = part.toString();
                            if (n.equals("target") || n.equals("node_modules") || n.startsWith(".")) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The guides' Markdown sources. */
    static List<Path> guides() {
        try (Stream<Path> files = Files.list(root().resolve("docs/guides"))) {
            return files.filter(p -> p.toString().endsWith(".md") && !p.endsWith("README.md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a file. */
    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fenced code blocks of a Markdown file. */
    static List<Block> blocks(Path file) {
        Node doc = HtmlPages.parser().parse(read(file));
        List<Block> out = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
                out.add(new Block(file, block.getInfo() == null ? "" : block.getInfo(), block.getLiteral()));
            }
        });
        return out;
    }
}

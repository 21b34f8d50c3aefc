package org.opdl.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.docs.markdown.HtmlPages;

/** Every internal link of the site and of the repository's Markdown leads to a file and, with a #, to an anchor in it. */
@DisplayName("Internal links")
class LinkCheckTest {

    private static final Pattern HREF = Pattern.compile("(?:href|src)=\"([^\"]*)\"");
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]*)\"");

    private final Map<Path, Set<String>> anchors = new HashMap<>();

    @Test
    @DisplayName("every link of every generated HTML page resolves, anchors included")
    void html() {
        List<String> broken = new ArrayList<>();
        List<Path> pages = DocFiles.siteFiles(".html");
        assertThat(pages).hasSizeGreaterThan(40);
        for (Path page : pages) {
            Matcher m = HREF.matcher(DocFiles.read(page));
            while (m.find()) {
                check(page, m.group(1).replace("&amp;", "&"), broken);
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    @DisplayName("every link of every Markdown page of the site (guides included) resolves, anchors included")
    void siteMarkdown() {
        List<String> broken = new ArrayList<>();
        for (Path page : DocFiles.siteFiles(".md")) {
            markdownLinks(page).forEach(l -> check(page, l, broken));
        }
        assertThat(broken).isEmpty();
    }

    @Test
    @DisplayName("every relative link of every Markdown file of the repository (guides included) resolves there, as GitHub shows it")
    void repositoryMarkdown() {
        List<String> broken = new ArrayList<>();
        List<Path> pages = DocFiles.repositoryMarkdown();
        assertThat(pages).extracting(p -> DocFiles.root().relativize(p).toString().replace('\\', '/'))
                .contains("README.md", "docs/guides/developers.md", "docs/guides/providers.fr.md", "docs/examples/README.md");
        for (Path page : pages) {
            markdownLinks(page).forEach(l -> check(page, l, broken));
        }
        assertThat(broken).isEmpty();
    }

    private static List<String> markdownLinks(Path page) {
        Node doc = HtmlPages.parser().parse(DocFiles.read(page));
        List<String> out = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                out.add(link.getDestination());
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                out.add(image.getDestination());
            }
        });
        Matcher m = HREF.matcher(DocFiles.read(page));
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private void check(Path page, String href, List<String> broken) {
        if (HtmlPages.isExternal(href) || href.isEmpty()) {
            return;
        }
        int hash = href.indexOf('#');
        String path = URLDecoder.decode(hash < 0 ? href : href.substring(0, hash), StandardCharsets.UTF_8);
        String fragment = hash < 0 ? null : href.substring(hash + 1);
        Path target = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
        if (!Files.exists(target)) {
            broken.add(page + ": " + href + " (no file " + target + ")");
            return;
        }
        if (Files.isDirectory(target)) {
            return;
        }
        if (fragment != null && !anchorsOf(target).contains(fragment)) {
            broken.add(page + ": " + href + " (no anchor #" + fragment + ")");
        }
    }

    /** The ids a link can target: explicit id attributes, and heading ids for Markdown files. */
    private Set<String> anchorsOf(Path file) {
        return anchors.computeIfAbsent(file, f -> {
            Set<String> ids = new HashSet<>();
            String text = DocFiles.read(f);
            String html = f.toString().endsWith(".md") ? new HtmlPages().body(text) + text : text;
            Matcher m = ID.matcher(html);
            while (m.find()) {
                ids.add(m.group(1));
            }
            return ids;
        });
    }
}

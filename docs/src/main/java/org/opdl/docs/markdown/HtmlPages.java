package org.opdl.docs.markdown;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders the site's Markdown into HTML pages with CommonMark (tables and heading ids included).
 * Links between Markdown sources, such as {@code ../vocabularies/region.md#CA-QC}, become links
 * between the HTML pages, so that the same sources read well on a code host and in the site.
 */
public final class HtmlPages {

    private static final List<Extension> EXTENSIONS =
            List.of(TablesExtension.create(), HeadingAnchorExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .attributeProviderFactory(context -> (node, tag, attributes) -> {
                if (node instanceof Link && attributes.containsKey("href")) {
                    attributes.put("href", htmlTarget(attributes.get("href")));
                }
            })
            .build();

    /** The parser the site uses, shared with the checks so that they read pages the same way. */
    public static Parser parser() {
        return Parser.builder().extensions(EXTENSIONS).build();
    }

    /** The body of a page: the Markdown rendered as HTML. */
    public String body(String markdown) {
        Node document = parser.parse(markdown);
        return renderer.render(document);
    }

    /**
     * A whole HTML page.
     *
     * @param lang the page's language tag
     * @param title the page's title, as plain text
     * @param toRoot the relative path from the page to the site's root, such as {@code ../../}
     * @param nav the navigation, as Markdown
     * @param markdown the page's content
     */
    public String page(String lang, String title, String toRoot, String nav, String markdown) {
        return "<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + " · OPDL</title>\n"
                + "<link rel=\"stylesheet\" href=\"" + toRoot + "assets/style.css\">\n</head>\n<body>\n"
                + "<nav>\n" + body(nav) + "</nav>\n<main>\n" + body(markdown) + "</main>\n"
                + "<footer><p>OPDL · CC BY 4.0</p></footer>\n</body>\n</html>\n";
    }

    /** The HTML target of a link: a relative link to a {@code .md} file points at its {@code .html} page. */
    public static String htmlTarget(String href) {
        if (isExternal(href)) {
            return href;
        }
        int hash = href.indexOf('#');
        String path = hash < 0 ? href : href.substring(0, hash);
        String fragment = hash < 0 ? "" : href.substring(hash);
        if (path.endsWith(".md")) {
            path = path.substring(0, path.length() - 3) + ".html";
        }
        return path + fragment;
    }

    /** True for links that leave the site: a scheme such as {@code https:} or {@code mailto:}, or {@code //host}. */
    public static boolean isExternal(String href) {
        return href.startsWith("//") || href.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

package org.opdl.docs.page;

import java.util.Objects;
import org.opdl.model.text.Lang;

/**
 * One page of the site, as Markdown.
 *
 * @param path the page's path from the site root, with forward slashes, such as {@code en/vocabularies/region.md}
 * @param lang the page's language
 * @param title the page's title, as plain text
 * @param markdown the page's content
 */
public record Page(String path, Lang lang, String title, String markdown) {

    /** Requires every part and a relative {@code .md} path. */
    public Page {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(markdown, "markdown");
        if (!path.endsWith(".md") || path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            throw new IllegalArgumentException("page path must be a relative .md path: " + path);
        }
    }

    /** The relative path from this page's folder back to the site root, such as {@code ../../}. */
    public String toRoot() {
        return "../".repeat((int) path.chars().filter(c -> c == '/').count());
    }
}

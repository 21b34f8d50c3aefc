package org.opdl.docs.page;

import java.util.Objects;
import org.opdl.model.text.Text;

/**
 * One published file of the site's downloads.
 *
 * @param path the file's path from the site root, such as {@code downloads/0.2/vocabulary.ttl}
 * @param what what the file is, in English and French
 */
public record Download(String path, Text what) {

    /** Requires both parts. */
    public Download {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(what, "what");
    }
}

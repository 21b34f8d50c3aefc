package org.opdl.docs.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.opdl.model.text.Lang;

/** Reads the hand-written Markdown fragments that generated pages embed, one file per language. */
final class Resources {

    private Resources() {
    }

    /** The fragment {@code org/opdl/docs/page/<name>.<lang>.md}. */
    static String fragment(String name, Lang lang) {
        String path = "org/opdl/docs/page/" + name + "." + lang.tag() + ".md";
        try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing page fragment " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }
}

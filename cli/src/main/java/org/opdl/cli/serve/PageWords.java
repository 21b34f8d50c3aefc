package org.opdl.cli.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import org.opdl.model.text.Bundle;
import org.opdl.model.text.Lang;
import org.opdl.model.text.Text;

/** The words of the local page in English and French, from {@code page_en.properties} and {@code page_fr.properties} (UTF-8). */
final class PageWords {

    private static final Properties EN = load("page_en.properties");
    private static final Properties FR = load("page_fr.properties");

    private PageWords() {
    }

    static String get(Lang lang, String key, Object... args) {
        String template = (lang == Lang.FR ? FR : EN).getProperty(key);
        if (template == null) {
            throw new IllegalArgumentException("no page word " + key);
        }
        return Bundle.format(template, lang, args);
    }

    /** A word of the page, without arguments, in both languages. */
    static Text text(String key) {
        return new Text(get(Lang.EN, key), get(Lang.FR, key));
    }

    /**
     * A count with its noun, from the keys {@code key.one} and {@code key.other}: the singular by the
     * language's own rule ({@link Lang#singular}), so that French writes "0 erreur" and English "0 errors",
     * and the number grouped as the language groups it ("5,000 listings", "5 000 fiches").
     */
    static String count(Lang lang, String key, long n) {
        return get(lang, key + (lang.singular(n) ? ".one" : ".other"), lang.grouped(n));
    }

    /**
     * The counts of a checked file for the status line, each with its noun in the singular or plural;
     * the page's script puts the file's name before them, so that no name from the file is sent back.
     */
    static String counts(Lang lang, long errors, long warnings, long info, long listings) {
        return get(lang, "check.counts", count(lang, "count.error", errors), count(lang, "count.warning", warnings),
                count(lang, "count.info", info), count(lang, "count.listing", listings));
    }

    static Set<String> keys(Lang lang) {
        return (lang == Lang.FR ? FR : EN).stringPropertyNames();
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (InputStream in = PageWords.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}

package org.opdl.validator.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.opdl.model.text.Bundle;
import org.opdl.model.text.Lang;

/**
 * The words of the HTML report in English and French, read from {@code report_en.properties} and
 * {@code report_fr.properties} beside this class (UTF-8), so that a translator edits one file.
 */
public final class ReportWords {

    private static final ReportWords INSTANCE = new ReportWords();

    private final Bundle words = Bundle.of(ReportWords.class, "report");

    private ReportWords() {
    }

    /** The report's words. */
    public static ReportWords standard() {
        return INSTANCE;
    }

    /**
     * The word for a key in a language, with {@code {0}}-style arguments filled in.
     *
     * @throws IllegalArgumentException when the key is missing
     */
    public String get(Lang lang, String key, Object... args) {
        String template = words.template(key, lang);
        if (template == null) {
            throw new IllegalArgumentException("no report word " + key);
        }
        return Bundle.format(template, lang, args);
    }

    /** The keys of the English words; the test checks the French has the same. */
    public Set<String> keys(Lang lang) {
        return words.keys(lang);
    }

    /** The report's style sheet, which the report inlines and the local page serves. */
    public static String css() {
        try (InputStream in = ReportWords.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("missing resource report.css");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

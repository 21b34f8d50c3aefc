package org.opdl.validator.landscape;

import java.util.Locale;
import org.opdl.model.text.Lang;

/** Writes a landscape as a report: an HTML page with charts, Markdown, or JSON holding every figure. */
public final class LandscapeReport {

    /** The forms of the report. */
    public enum Form {
        /** One HTML page with tables and SVG charts. */
        HTML,
        /** Markdown with the same tables. */
        MD,
        /** Every figure as JSON. */
        JSON;

        /** The form named {@code html}, {@code md} or {@code json}. */
        public static Form named(String name) {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        }
    }

    private LandscapeReport() {
    }

    /** The report of {@code landscape} in this form and language. */
    public static String render(Landscape landscape, Form form, Lang lang) {
        Labels labels = new Labels(lang);
        return switch (form) {
            case HTML -> Html.write(Document.of(landscape, labels), labels);
            case MD -> Markdown.write(Document.of(landscape, labels));
            case JSON -> JsonLandscape.write(landscape, lang);
        };
    }
}

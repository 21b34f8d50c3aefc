package org.opdl.cli.serve;

import static org.opdl.validator.report.HtmlRenderer.escape;

import org.opdl.model.definition.StandardDefinition;
import org.opdl.model.stage.CareerStageScale;
import org.opdl.model.stage.Figure;
import org.opdl.model.stage.StageCriteria;
import org.opdl.model.text.Lang;
import org.opdl.model.vocab.Concept;
import org.opdl.model.vocab.ConceptScheme;
import org.opdl.model.vocab.Vocabulary;
import org.opdl.schema.convert.Formats;
import org.opdl.schema.format.Format;

/**
 * The one page, in English or French: a file to check and the findings, the downloads, the
 * career-stage scale, a classifier form, the vocabulary lookup and the matching form. It holds no script and no
 * style of its own ({@code /app.js} and {@code /app.css} come from the jar); the token of this
 * start is in a {@code meta} element, which the script sends back with every post.
 */
final class Page {

    /** The file types the chooser offers; any other file is still read by its content. */
    static final String ACCEPT = ".xlsx,.csv,.tsv,.json,.ndjson,.jsonl,.ttl,.nt,.jsonld,.rdf,.xml";

    private Page() {
    }

    static String render(Lang lang, String token, String version) {
        Lang other = lang == Lang.FR ? Lang.EN : Lang.FR;
        StringBuilder b = new StringBuilder(16_384);
        b.append("<!DOCTYPE html>\n<html lang=\"").append(lang.tag()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"opdl-token\" content=\"").append(escape(token)).append("\">\n")
                .append("<title>").append(w(lang, "page.title")).append("</title>\n")
                .append("<link rel=\"stylesheet\" href=\"/app.css\">\n<script src=\"/app.js\" defer></script>\n</head>\n<body>\n")
                .append("<a class=\"skip\" href=\"#check\">").append(w(lang, "skip")).append("</a>\n<header>\n<h1>")
                .append(w(lang, "page.title")).append("</h1>\n<p>").append(w(lang, "page.intro")).append("</p>\n")
                .append("<p><a href=\"/?lang=").append(other.tag()).append("\" lang=\"").append(other.tag()).append("\" hreflang=\"")
                .append(other.tag()).append("\">").append(w(lang, "other.language")).append("</a></p>\n</header>\n")
                .append("<noscript><p class=\"noscript\">").append(w(lang, "noscript")).append("</p></noscript>\n<main>\n");
        check(b, lang);
        stages(b, lang);
        classify(b, lang);
        lookup(b, lang);
        MatchForm.render(b, lang);
        b.append("</main>\n<footer><p>").append(w(lang, "footer", version, StandardDefinition.version())).append("</p></footer>\n")
                .append("</body>\n</html>\n");
        return b.toString();
    }

    private static void check(StringBuilder b, Lang lang) {
        b.append("<section id=\"check\" aria-labelledby=\"check-h\">\n<h2 id=\"check-h\">").append(w(lang, "check.heading"))
                .append("</h2>\n<p><a href=\"").append(TemplateDownload.PATH).append("?lang=").append(lang.tag()).append("\" download>")
                .append(w(lang, "template.link")).append("</a> ").append(w(lang, "template.help")).append("</p>\n<form id=\"check-form\">\n<div class=\"drop\" id=\"drop\">\n<label for=\"file\">")
                .append(w(lang, "check.choose")).append("</label>\n<input type=\"file\" id=\"file\" name=\"file\" accept=\"")
                .append(ACCEPT).append("\" aria-describedby=\"file-help\">\n<p id=\"file-help\">").append(w(lang, "check.help"))
                .append("</p>\n</div>\n<button type=\"submit\" id=\"check-button\">").append(w(lang, "check.button"))
                .append("</button>\n</form>\n<p id=\"status\" role=\"status\" aria-live=\"polite\"");
        for (String k : new String[] {"check.none", "check.working", "check.done", "network"}) {
            // The script fills the placeholders: they are kept as written, not formatted away.
            b.append(" data-").append(k.replace('.', '-')).append("=\"").append(w(lang, k, "{0}", "{1}", "{2}", "{3}", "{4}")).append('"');
        }
        b.append("></p>\n")
                .append("<div id=\"downloads\" hidden>\n<h3>").append(w(lang, "downloads.heading")).append("</h3>\n<ul class=\"buttons\">\n");
        for (String f : new String[] {"html", "json", "sarif"}) {
            b.append("<li><button type=\"button\" data-report=\"").append(f).append("\">").append(w(lang, "download." + f))
                    .append("</button></li>\n");
        }
        b.append("<li id=\"annotate-item\" hidden><button type=\"button\" id=\"annotate\">").append(w(lang, "download.annotated"))
                .append("</button></li>\n");
        b.append("</ul>\n<form id=\"convert-form\" class=\"inline\">\n<label for=\"convert-to\">").append(w(lang, "convert.label"))
                .append("</label>\n<select id=\"convert-to\">\n");
        for (Format f : Formats.all()) {
            b.append("<option value=\"").append(escape(f.name())).append("\">").append(escape(f.label().in(lang)))
                    .append(" (.").append(escape(f.extensions().get(0))).append(")</option>\n");
        }
        b.append("</select>\n<button type=\"submit\">").append(w(lang, "convert.button")).append("</button>\n</form>\n")
                .append("</div>\n")
                .append("<div id=\"results\" class=\"opdl-report\" tabindex=\"-1\"></div>\n</section>\n");
    }

    private static void stages(StringBuilder b, Lang lang) {
        ConceptScheme scheme = Vocabulary.standard().scheme(CareerStageScale.SCHEME).orElseThrow();
        b.append("<section id=\"stages\" aria-labelledby=\"stages-h\">\n<h2 id=\"stages-h\">").append(escape(scheme.label().in(lang)))
                .append("</h2>\n<p>").append(escape(scheme.definition().in(lang))).append("</p>\n<div class=\"scroll\" tabindex=\"0\" "
                        + "role=\"region\" aria-labelledby=\"stages-h\">\n<table>\n<thead><tr><th scope=\"col\">")
                .append(w(lang, "stages.stage")).append("</th>");
        for (Figure f : Figure.values()) {
            b.append("<th scope=\"col\">").append(escape(f.label().in(lang))).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (StageCriteria s : CareerStageScale.standard().stages()) {
            Concept c = scheme.concept(s.stage()).orElseThrow();
            b.append("<tr><th scope=\"row\">").append(escape(c.label().in(lang))).append(" <code>").append(escape(c.code()))
                    .append("</code><br><span class=\"definition\">").append(escape(c.definition().in(lang))).append("</span></th>");
            for (Figure f : Figure.values()) {
                b.append("<td>").append(s.minimum(f)).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n</div>\n<p class=\"note\">").append(w(lang, "stages.minimums")).append("</p>\n</section>\n");
    }

    private static void classify(StringBuilder b, Lang lang) {
        b.append("<section id=\"classify\" aria-labelledby=\"classify-h\">\n<h2 id=\"classify-h\">").append(w(lang, "classify.heading"))
                .append("</h2>\n<form id=\"classify-form\">\n");
        String[][] fields = {{"completed-works", "COMPLETED_WORKS"}, {"credits", "PROFESSIONAL_CREDITS"}, {"years", "YEARS_OF_PRACTICE"}};
        for (String[] f : fields) {
            b.append("<p><label for=\"").append(f[0]).append("\">").append(escape(capital(Figure.valueOf(f[1]).label().in(lang))))
                    .append("</label>\n<input type=\"number\" inputmode=\"numeric\" min=\"0\" max=\"999\" step=\"1\" required id=\"")
                    .append(f[0]).append("\" name=\"").append(f[0]).append("\" value=\"0\"></p>\n");
        }
        b.append("<button type=\"submit\">").append(w(lang, "classify.button")).append("</button>\n</form>\n")
                .append("<pre id=\"classify-result\" aria-live=\"polite\"></pre>\n</section>\n");
    }

    private static void lookup(StringBuilder b, Lang lang) {
        b.append("<section id=\"lookup\" aria-labelledby=\"lookup-h\">\n<h2 id=\"lookup-h\">").append(w(lang, "lookup.heading"))
                .append("</h2>\n<form id=\"lookup-form\">\n<p><label for=\"wording\">").append(w(lang, "lookup.label"))
                .append("</label>\n<input type=\"text\" id=\"wording\" name=\"wording\" maxlength=\"200\" required></p>\n")
                .append("<button type=\"submit\">").append(w(lang, "lookup.button")).append("</button>\n</form>\n")
                .append("<pre id=\"lookup-result\" aria-live=\"polite\"></pre>\n</section>\n");
    }

    static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String w(Lang lang, String key, Object... args) {
        return escape(PageWords.get(lang, key, args));
    }
}

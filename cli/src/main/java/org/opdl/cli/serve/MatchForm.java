package org.opdl.cli.serve;

import static org.opdl.validator.report.HtmlRenderer.escape;

import org.opdl.model.stage.Figure;
import org.opdl.model.text.Lang;
import org.opdl.model.vocab.Concept;
import org.opdl.model.vocab.Vocabulary;

/**
 * The page's matching form: a dataset of programs and a producer's profile, whose answer
 * ({@code /api/match}) is the text {@code opdl match} prints. Its fields are those of a profile
 * file; what is optional may stay empty. Languages and groups are asked for by their names, in either
 * language, as a producer knows them; the codes are read too.
 */
final class MatchForm {

    private MatchForm() {
    }

    static void render(StringBuilder b, Lang lang) {
        b.append("<section id=\"match\" aria-labelledby=\"match-h\">\n<h2 id=\"match-h\">").append(Page.w(lang, "match.heading"))
                .append("</h2>\n<p>").append(Page.w(lang, "match.intro")).append("</p>\n<form id=\"match-form\">\n")
                .append("<p><label for=\"match-file\">").append(Page.w(lang, "match.file")).append("</label>\n")
                .append("<input type=\"file\" id=\"match-file\" name=\"match-file\" accept=\"").append(Page.ACCEPT)
                .append("\" required></p>\n");
        String[][] figures = {{"match-works", "COMPLETED_WORKS"}, {"match-credits", "PROFESSIONAL_CREDITS"},
            {"match-years", "YEARS_OF_PRACTICE"}};
        for (String[] f : figures) {
            b.append("<p><label for=\"").append(f[0]).append("\">").append(escape(Page.capital(Figure.valueOf(f[1]).label().in(lang))))
                    .append("</label>\n<input type=\"number\" inputmode=\"numeric\" min=\"0\" max=\"999\" step=\"1\" required id=\"")
                    .append(f[0]).append("\" value=\"0\"></p>\n");
        }
        b.append("<p><label for=\"match-region\">").append(Page.w(lang, "match.region")).append("</label>\n<select id=\"match-region\">\n");
        for (Concept c : Vocabulary.standard().scheme("region").orElseThrow().concepts()) {
            if (c.code().startsWith("CA-")) {
                b.append("<option value=\"").append(escape(c.code())).append("\">").append(escape(c.label().in(lang))).append("</option>\n");
            }
        }
        b.append("</select></p>\n")
                .append(text("match-languages", Page.w(lang, "match.languages"), lang.locale().getDisplayLanguage(lang.locale())))
                .append(text("match-groups", Page.w(lang, "match.groups"), ""))
                .append("<p><label for=\"match-budget\">").append(Page.w(lang, "match.budget"))
                .append("</label>\n<input type=\"number\" inputmode=\"numeric\" min=\"0\" step=\"1\" id=\"match-budget\"></p>\n")
                .append("<p><label for=\"match-age\">").append(Page.w(lang, "match.age"))
                .append("</label>\n<input type=\"number\" inputmode=\"numeric\" min=\"1\" max=\"130\" step=\"1\" id=\"match-age\"></p>\n")
                .append("<p><input type=\"checkbox\" id=\"match-closed\"> <label for=\"match-closed\">").append(Page.w(lang, "match.closed"))
                .append("</label></p>\n<p><input type=\"checkbox\" id=\"match-all\" aria-describedby=\"match-all-help\"> ")
                .append("<label for=\"match-all\">").append(Page.w(lang, "match.all")).append("</label>\n<span id=\"match-all-help\">")
                .append(Page.w(lang, "match.all.help")).append("</span></p>\n<button type=\"submit\">").append(Page.w(lang, "match.button")).append("</button>\n</form>\n")
                .append("<pre id=\"match-result\" aria-live=\"polite\"></pre>\n</section>\n");
    }

    private static String text(String id, String label, String value) {
        return "<p><label for=\"" + id + "\">" + label + "</label>\n<input type=\"text\" id=\"" + id + "\" maxlength=\"200\" value=\""
                + escape(value) + "\"></p>\n";
    }
}

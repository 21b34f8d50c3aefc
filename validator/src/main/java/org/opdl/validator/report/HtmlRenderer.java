package org.opdl.validator.report;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.opdl.model.definition.StandardDefinition;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Lang;
import org.opdl.model.text.Visible;
import org.opdl.validator.rule.Messages;

/**
 * Writes a report as one self-contained HTML page that a coordinator can send on or print: the
 * summary first (files, date, standard version, counts), then the findings grouped by rule, most
 * serious first, at most {@code perRule} per rule followed by "and N more". The style is inline and
 * the page needs no script and no other file. Every text that came from a file (names, places,
 * messages that quote values) is escaped. {@link #fragment} is the same report without the page
 * around it, which the local page ({@code opdl serve}) shows.
 *
 * @param lang the language of the words
 * @param perRule how many occurrences to show per rule, 1 or more
 * @param toolVersion the version of opdl that made the report
 * @param made the day the report was made
 */
public record HtmlRenderer(Lang lang, int perRule, String toolVersion, LocalDate made) {

    private static final ReportWords W = ReportWords.standard();

    /** Requires a positive cap and the tool's version and date. */
    public HtmlRenderer {
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(made, "made");
        if (perRule < 1) {
            throw new IllegalArgumentException("perRule must be at least 1");
        }
    }

    /** Writes the whole page. */
    public void render(Report report, Writer out) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"" + lang.tag() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
                + escape(W.get(lang, "title")) + title(report) + "</title>\n<style>\n" + ReportWords.css() + "</style>\n"
                + "</head>\n<body>\n<main class=\"opdl-report\">\n");
        out.write(fragment(report));
        out.write("</main>\n</body>\n</html>\n");
        out.flush();
    }

    /** The report without the page around it: a heading, the summary and the findings. */
    public String fragment(Report report) {
        StringBuilder b = new StringBuilder(4096);
        b.append("<h1>").append(escape(W.get(lang, "title"))).append(title(report)).append("</h1>\n");
        summary(report, b);
        b.append("<h2>").append(escape(W.get(lang, "findings"))).append("</h2>\n");
        if (report.groups().isEmpty()) {
            b.append("<p>").append(escape(W.get(lang, "empty"))).append("</p>\n");
        }
        Messages words = Messages.standard();
        for (RuleGroup g : report.groups()) {
            String sev = g.severity().code();
            b.append("<section class=\"group\" data-rule=\"").append(escape(g.ruleId())).append("\">\n<h3><span class=\"badge sev-")
                    .append(sev).append("\">").append(escape(W.get(lang, sev + ".one"))).append("</span>")
                    .append(escape(words.titleOrId(g.ruleId()).in(lang))).append(" <code>").append(escape(g.ruleId()))
                    .append("</code> (").append(lang.grouped(g.count())).append(")</h3>\n<ol class=\"occurrences\">\n");
            List<Occurrence> shown = g.shown().subList(0, Math.min(perRule, g.shown().size()));
            shown.forEach(o -> occurrence(o, b));
            b.append("</ol>\n");
            long more = g.count() - shown.size();
            if (more > 0) {
                b.append("<p class=\"more\">").append(escape(W.get(lang, "more", lang.grouped(more)))).append("</p>\n");
            }
            b.append("</section>\n");
        }
        b.append("<p class=\"made-by\">").append(escape(W.get(lang, "made.by", toolVersion))).append("</p>\n");
        return b.toString();
    }

    private void summary(Report report, StringBuilder b) {
        b.append("<section class=\"summary\" aria-labelledby=\"opdl-summary\">\n<h2 id=\"opdl-summary\">")
                .append(escape(W.get(lang, "summary"))).append("</h2>\n");
        Map<Severity, Long> c = report.counts();
        b.append("<ul class=\"counts\">\n");
        for (Severity s : Severity.values()) {
            b.append("<li class=\"sev-").append(s.code()).append("\" data-count=\"").append(s.code()).append("\">")
                    .append(escape(W.get(lang, s.code()))).append(" : ".substring(lang == Lang.FR ? 0 : 1))
                    .append(lang.grouped(c.get(s))).append("</li>\n");
        }
        b.append("</ul>\n<p class=\"verdict\">").append(escape(W.get(lang, verdict(report)))).append("</p>\n");
        b.append("<dl class=\"meta\">\n");
        StringBuilder files = new StringBuilder();
        for (FileSummary f : report.files()) {
            files.append(files.isEmpty() ? "" : "<br>").append("<code>").append(escape(f.source())).append("</code>");
            if (!f.complete()) {
                files.append(" (").append(escape(W.get(lang, "file.incomplete"))).append(')');
            }
        }
        meta(b, W.get(lang, "files"), files.toString());
        meta(b, W.get(lang, "listings"), lang.grouped(report.listings()));
        meta(b, W.get(lang, "standard"), escape(StandardDefinition.version()));
        meta(b, W.get(lang, "asOf"), report.asOf().toString());
        meta(b, W.get(lang, "made"), made.toString());
        b.append("</dl>\n</section>\n");
    }

    private void occurrence(Occurrence o, StringBuilder b) {
        Finding f = o.finding();
        String where = f.location().inFile(lang);
        b.append("<li><span class=\"place\">").append(escape(where)).append("</span>");
        if (o.collapsed()) {
            b.append(" <span class=\"times\">[").append(escape(W.get(lang, "times", lang.grouped(o.listings())))).append("]</span>");
        }
        b.append("<br><span class=\"message\">").append(escape(f.message(lang))).append("</span>");
        b.append("<br><span class=\"fix\">").append(escape(W.get(lang, "fix"))).append(ReportMessages.HTML_RENDERER_TEXT.text().in(lang))
                .append(escape(f.fix().in(lang))).append("</span></li>\n");
    }

    private String title(Report report) {
        if (report.files().size() != 1) {
            return "";
        }
        return " — " + escape(report.files().get(0).source());
    }

    private static void meta(StringBuilder b, String term, String html) {
        b.append("<dt>").append(escape(term)).append("</dt><dd>").append(html).append("</dd>\n");
    }

    private static String verdict(Report report) {
        if (report.count(Severity.ERROR) > 0) {
            return "verdict.errors";
        }
        return report.count(Severity.WARNING) > 0 ? "verdict.warnings" : "verdict.clean";
    }

    /** Escapes text for HTML content and attribute values; control characters are shown escaped. */
    public static String escape(String text) {
        String visible = Visible.escape(text);
        StringBuilder b = new StringBuilder(visible.length() + 16);
        for (int i = 0; i < visible.length(); i++) {
            char ch = visible.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}

package org.opdl.validator.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Lang;
import org.opdl.model.text.Visible;
import org.opdl.validator.rule.Messages;

/**
 * Writes a report for people: findings grouped by rule, most serious first, at most a few
 * occurrences per rule followed by "and K more", then one summary line. Colour (ANSI) is used only
 * when the caller says the output is a terminal and {@code NO_COLOR} is unset. Control characters in
 * file names, places and messages are shown escaped, so that a file cannot drive the terminal.
 *
 * @param lang the language of the words
 * @param colour true to colour severities
 * @param perRule how many occurrences to show per rule
 */
public record TextRenderer(Lang lang, boolean colour, int perRule) {

    private static final String RESET = "\u001b[0m";

    /** Writes the report. */
    public void render(Report report, PrintWriter out) {
        Messages words = Messages.standard();
        for (RuleGroup g : report.groups()) {
            out.println(paint(g.severity(), label(g.severity())) + " " + g.ruleId() + " — "
                    + words.titleOrId(g.ruleId()).in(lang) + " (" + lang.grouped(g.count()) + ")");
            List<Occurrence> shown = g.shown().subList(0, Math.min(Math.max(perRule, 0), g.shown().size()));
            for (Occurrence o : shown) {
                Finding f = o.finding();
                String where = f.location().inFile(lang);
                String times = o.collapsed() ? (ReportMessages.TEXT_RENDERER_ALL_LISTINGS_FILE.text(lang.grouped(o.listings())).in(lang)) : "";
                out.println("  " + Visible.escape(where) + times);
                out.println("    " + Visible.escape(f.message(lang)));
                out.println("    " + (ReportMessages.TEXT_RENDERER_FIX.text().in(lang)) + Visible.escape(f.fix().in(lang)));
            }
            long more = g.count() - shown.size();
            if (more > 0) {
                out.println("  " + (ReportMessages.TEXT_RENDERER_MORE.text(lang.grouped(more)).in(lang)));
            }
        }
        out.println(summary(report));
        out.flush();
    }

    /** The summary line, its counts grouped as the language groups them: {@code 3 errors, 1 warning, 0 info in 1,200 listings (2 files)}. */
    public String summary(Report report) {
        Map<Severity, Long> c = report.counts();
        long files = report.files().size();
        return (ReportMessages.TEXT_RENDERER_SUMMARY.text().in(lang))
                + plural(c.get(Severity.ERROR), ReportMessages.TEXT_RENDERER_ERROR.text().in(lang), ReportMessages.TEXT_RENDERER_ERRORS.text().in(lang)) + ", "
                + plural(c.get(Severity.WARNING), ReportMessages.TEXT_RENDERER_WARNING.text().in(lang), ReportMessages.TEXT_RENDERER_WARNINGS.text().in(lang))
                + ", " + lang.grouped(c.get(Severity.INFO)) + " info" + (ReportMessages.TEXT_RENDERER_TEXT.text().in(lang))
                + plural(report.listings(), ReportMessages.TEXT_RENDERER_LISTING.text().in(lang), ReportMessages.TEXT_RENDERER_LISTINGS.text().in(lang))
                + " (" + plural(files, ReportMessages.TEXT_RENDERER_FILE.text().in(lang), ReportMessages.TEXT_RENDERER_FILES.text().in(lang)) + ")";
    }

    private String plural(long n, String one, String many) {
        return lang.grouped(n) + " " + (lang.singular(n) ? one : many);
    }

    private String label(Severity s) {
        if (lang == Lang.FR) {
            return switch (s) {
                case ERROR -> "ERREUR";
                case WARNING -> "AVERTISSEMENT";
                case INFO -> "INFO";
            };
        }
        return s.name();
    }

    private String paint(Severity s, String text) {
        if (!colour) {
            return text;
        }
        String code = switch (s) {
            case ERROR -> "\u001b[1;31m";
            case WARNING -> "\u001b[1;33m";
            case INFO -> "\u001b[1;36m";
        };
        return code + text + RESET;
    }
}

package org.opdl.cli.command;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.opdl.cli.output.ErrorLine;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Lang;
import org.opdl.model.text.Text;
import org.opdl.model.text.Visible;
import org.opdl.validator.report.ReportWords;

/**
 * Prints what a reader noticed to standard error, one line each, at most {@value #PER_RULE} per
 * rule so that a million normalised labels do not drown the terminal; the rest are counted. The
 * severity is a word of the output's language, as in the reports.
 */
final class Notes implements Consumer<Finding> {

    static final int PER_RULE = 20;

    private final PrintWriter err;
    private final Lang lang;
    private final boolean quiet;
    private final Runnable beforeLine;
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    Notes(PrintWriter err, Lang lang) {
        this(err, lang, false, () -> { });
    }

    /**
     * Notes that, when {@code quiet}, print errors only, and run {@code beforeLine} (which wipes a
     * progress line) before each line they print.
     */
    Notes(PrintWriter err, Lang lang, boolean quiet, Runnable beforeLine) {
        this.err = err;
        this.lang = lang;
        this.quiet = quiet;
        this.beforeLine = beforeLine;
    }

    @Override
    public void accept(Finding f) {
        if (quiet && f.severity() != Severity.ERROR) {
            return;
        }
        int n = counts.merge(f.ruleId(), 1, Integer::sum);
        if (n <= PER_RULE) {
            beforeLine.run();
            String level = ReportWords.standard().get(lang, f.severity().code() + ".one");
            err.println(ErrorLine.start(lang) + level + " " + f.ruleId() + ": " + line(f.location().source(), f.location(), f.message(), f.fix()).in(lang));
        }
    }

    /** Prints how many notes of each rule were not shown. */
    void summary() {
        counts.forEach((rule, n) -> {
            if (n > PER_RULE) {
                beforeLine.run();
                err.println(CommandMessages.NOTES_OPDL_MORE_NOT.text((n - PER_RULE), rule).in(lang));
            }
        });
        err.flush();
    }

    /** One line naming the file, the place, what is wrong and the fix, with control characters escaped. */
    static Text line(String source, Location where, Text what, Text fix) {
        Text place = new Text(where.describe(Lang.EN), where.describe(Lang.FR));
        // A finding about the file as a whole has no place to name: no empty "file: : …".
        Text line = place.en().isBlank() ? CommandMessages.NOTES_FIX_FILE.text(source, what, fix)
                : CommandMessages.NOTES_FIX.text(source, place, what, fix);
        return new Text(clean(line.en()), clean(line.fr()));
    }

    private static String clean(String s) {
        return Visible.escape(s);
    }
}

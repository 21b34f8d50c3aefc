package org.opdl.cli.progress;

import java.util.Locale;
import org.opdl.model.text.Count;
import org.opdl.model.text.Lang;

/** The words of the progress line and of the {@code --verbose} timings, in English and French. */
public final class ProgressLine {

    private ProgressLine() {
    }

    /** The progress line, such as {@code opdl: 12,000 listings, 4,100 a second, about 0:12 left}. */
    static String of(Lang lang, long listings, long bytes, long totalBytes, double seconds) {
        boolean fr = lang == Lang.FR;
        long rate = seconds > 0 ? Math.round(listings / seconds) : 0;
        StringBuilder b = new StringBuilder(ProgressMessages.PROGRESS_LINE_OPDL.text().in(lang));
        b.append(lang.grouped(listings)).append(ProgressMessages.PROGRESS_LINE_LISTING_S.text(listings).in(lang)).append(lang.grouped(rate)).append(ProgressMessages.PROGRESS_LINE_SECOND.text().in(lang));
        if (totalBytes > 0 && bytes > 0 && bytes <= totalBytes) {
            long left = Math.round((totalBytes - bytes) * seconds / bytes);
            b.append(ProgressMessages.PROGRESS_LINE_ABOUT.text().in(lang)).append(clock(left)).append(ProgressMessages.PROGRESS_LINE_LEFT.text().in(lang));
            b.append(" (").append(100 * bytes / totalBytes).append(ProgressMessages.PROGRESS_LINE_PERCENT_CLOSE.text().in(lang));
        }
        return b.toString();
    }

    /** The timings line of {@code --verbose}. */
    public static String timings(Lang lang, String what, long listings, double seconds) {
        long rate = seconds > 0 ? Math.round(listings / seconds) : 0;
        String s = String.format(Locale.ROOT, "%.2f", seconds);
        return ProgressMessages.PROGRESS_LINE_OPDL_LISTING_S.text(what, new Count(listings), s, new Count(rate), s.replace('.', ',')).in(lang);
    }

    private static String clock(long seconds) {
        long m = seconds / 60;
        long s = seconds % 60;
        return m + ":" + (s < 10 ? "0" : "") + s;
    }
}

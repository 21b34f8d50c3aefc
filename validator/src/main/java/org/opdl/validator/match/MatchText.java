package org.opdl.validator.match;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import org.opdl.model.text.Lang;
import org.opdl.model.text.Prose;
import org.opdl.model.text.Text;
import org.opdl.model.vocab.Vocabulary;

/**
 * Writes matches as plain text for a producer: the programs that fit, then the near misses, each
 * with its reasons, and, when every verdict was asked for, the programs that do not fit. The text is streamed to the writer a program at a time.
 * A producer reads the best programs first: with a limit, each section lists that many and counts the rest.
 */
public final class MatchText {

    /** No limit: every program of every section is listed. */
    public static final int ALL = Integer.MAX_VALUE;

    /** The number of programs a section lists by default ({@code opdl match --limit}). */
    public static final int DEFAULT_LIMIT = 20;

    private MatchText() {
    }

    /** The matches in this language. */
    public static String write(Matches m, Lang lang) {
        StringWriter out = new StringWriter();
        write(m, lang, out);
        return out.toString();
    }

    /** Writes every match in this language to {@code out}; the writer is flushed, not closed. */
    public static void write(Matches m, Lang lang, Writer out) {
        write(m, lang, out, ALL);
    }

    /**
     * Writes the matches in this language to {@code out}, each section listing its first {@code limit}
     * programs in rank and counting the others; the writer is flushed, not closed. What to do to see
     * more is said with the options of {@code opdl match}.
     */
    public static void write(Matches m, Lang lang, Writer out, int limit) {
        write(m, lang, out, limit, MatchControls.COMMAND_LINE);
    }

    /**
     * Writes the matches as {@link #write(Matches, Lang, Writer, int)} does, saying what to do to see
     * more with {@code controls}: the command's options, or the page's boxes.
     */
    public static void write(Matches m, Lang lang, Writer out, int limit, MatchControls controls) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit " + limit + " is negative");
        }
        StringBuilder s = new StringBuilder();
        String stage = Vocabulary.standard().concept("career-stage", m.stage()).map(c -> c.label().in(lang)).orElse(m.stage());
        s.append(MatchMessages.MATCH_TEXT_YOUR_RECORD_STAGE.text().in(lang)).append(stage).append('\n');
        s.append(summary(m, lang, controls)).append("\n\n");
        try {
            out.write(s.toString());
            String more = more(controls).in(lang);
            section(out, MatchMessages.MATCH_TEXT_PROGRAMS_FIT.text().in(lang), m.fits(), lang, limit, more);
            out.write('\n');
            section(out, MatchMessages.MATCH_TEXT_NEAR_MISSES.text().in(lang), m.nearMisses(), lang, limit, more);
            if (!m.others().isEmpty()) {
                out.write('\n');
                section(out, MatchMessages.MATCH_TEXT_NOT_FIT.text().in(lang), m.others(), lang, limit, more);
            }
            Optional<String> nothingShown = nothingShown(m, lang, controls);
            if (nothingShown.isPresent()) {
                out.write("\n" + nothingShown.get() + "\n");
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What to say when no program is listed at all: why (none fits, or none is open) and what to try,
     * so that a producer does not face two empty headings.
     */
    private static Optional<String> nothingShown(Matches m, Lang lang, MatchControls controls) {
        Optional<MatchControls.Page> page = controls instanceof MatchControls.Page p ? Optional.of(p) : Optional.empty();
        if (!m.fits().isEmpty() || !m.nearMisses().isEmpty() || !m.others().isEmpty()) {
            return Optional.empty();
        }
        if (m.notFitting() > 0) {
            String words = (lang.singular(m.notFitting()) ? MatchMessages.MATCH_TEXT_NONE_FITS_ONE : MatchMessages.MATCH_TEXT_NONE_FITS_OTHER)
                    .text(Figures.count(m.notFitting())).in(lang) + " " + MatchMessages.MATCH_TEXT_NONE_FITS_TRY.text(page
                    .map(p -> MatchMessages.MATCH_TEXT_EVERY_REASON_PAGE.text(p.all())).orElse(MatchMessages.MATCH_TEXT_EVERY_REASON_OPTIONS.text()))
                    .in(lang);
            if (m.closed() > 0) {
                boolean one = lang.singular(m.closed());
                words += " " + page.map(p -> (one ? MatchMessages.MATCH_TEXT_CLOSED_TOO_ONE_PAGE : MatchMessages.MATCH_TEXT_CLOSED_TOO_OTHER_PAGE)
                        .text(Figures.count(m.closed()), p.includeClosed())).orElseGet(() -> (one ? MatchMessages.MATCH_TEXT_CLOSED_TOO_ONE
                        : MatchMessages.MATCH_TEXT_CLOSED_TOO_OTHER).text(Figures.count(m.closed()))).in(lang);
            }
            return Optional.of(words);
        }
        if (m.closed() > 0) {
            boolean one = m.closed() == 1;
            return Optional.of(page.map(p -> (one ? MatchMessages.MATCH_TEXT_NONE_OPEN_ONE_PAGE : MatchMessages.MATCH_TEXT_NONE_OPEN_OTHER_PAGE)
                    .text(Figures.count(m.closed()), p.includeClosed())).orElseGet(() -> (one ? MatchMessages.MATCH_TEXT_NONE_OPEN_ONE
                    : MatchMessages.MATCH_TEXT_NONE_OPEN_OTHER).text(Figures.count(m.closed()))).in(lang));
        }
        return Optional.empty();
    }

    /**
     * What was read and how it was judged, each count with its noun in the language's number; the
     * closed programs left out are counted, with how to see them, only when some were.
     */
    private static String summary(Matches m, Lang lang, MatchControls controls) {
        StringBuilder s = new StringBuilder(counted(lang, m.read(), MatchMessages.MATCH_TEXT_READ_ONE, MatchMessages.MATCH_TEXT_READ_OTHER));
        s.append(counted(lang, m.fits().size(), MatchMessages.MATCH_TEXT_FIT_ONE, MatchMessages.MATCH_TEXT_FIT_OTHER)).append(", ")
                .append(counted(lang, m.nearMisses().size(), MatchMessages.MATCH_TEXT_NEAR_ONE, MatchMessages.MATCH_TEXT_NEAR_OTHER)).append(", ")
                .append(counted(lang, m.notFitting(), MatchMessages.MATCH_TEXT_NOT_FITTING_ONE, MatchMessages.MATCH_TEXT_NOT_FITTING_OTHER));
        if (m.closed() > 0) {
            s.append(", ").append((lang.singular(m.closed()) ? MatchMessages.MATCH_TEXT_CLOSED_LEFT_ONE : MatchMessages.MATCH_TEXT_CLOSED_LEFT_OTHER)
                    .text(Figures.count(m.closed()), closedShown(controls)).in(lang));
        }
        if (m.repeated() > 0) {
            s.append(", ").append(counted(lang, m.repeated(), MatchMessages.MATCH_TEXT_REPEATED_ONE, MatchMessages.MATCH_TEXT_REPEATED_OTHER));
        }
        return s.append('.').toString();
    }

    /** A count in words, with the singular or plural noun its language gives it. */
    private static String counted(Lang lang, long n, MatchMessages one, MatchMessages other) {
        return (lang.singular(n) ? one : other).text(Figures.count(n)).in(lang);
    }

    /** How to see the closed programs left out: the option, or the page's box. */
    private static Text closedShown(MatchControls controls) {
        return controls instanceof MatchControls.Page p ? MatchMessages.MATCH_TEXT_CLOSED_SHOWN_PAGE.text(p.includeClosed())
                : MatchMessages.MATCH_TEXT_CLOSED_SHOWN_OPTIONS.text();
    }

    /** How to see the programs a section counts but does not list: the options, or the page's box. */
    private static Text more(MatchControls controls) {
        return controls instanceof MatchControls.Page p ? MatchMessages.MATCH_TEXT_MORE_PAGE.text(p.all())
                : MatchMessages.MATCH_TEXT_MORE_OPTIONS.text();
    }

    /**
     * Writes a heading and its first {@code limit} programs, then how many more there are; every line
     * ends with a line break, and no blank line follows.
     */
    private static void section(Writer out, String heading, List<Match> list, Lang lang, int limit, String more) throws IOException {
        out.write(heading + " (" + Figures.count(list.size()).in(lang) + ")\n");
        int i = 0;
        for (Match m : list.subList(0, Math.min(limit, list.size()))) {
            StringBuilder s = new StringBuilder();
            s.append(++i).append(". ").append(Match.in(m.title(), lang.tag())).append(" — ").append(m.providers(lang))
                    .append('\n');
            m.deadline().ifPresent(d -> s.append(MatchMessages.MATCH_TEXT_DEADLINE.text().in(lang)).append(Figures.date(d).in(lang))
                    .append(m.deadlinePlace().map(p -> MatchMessages.MATCH_TEXT_DEADLINE_PLACE.text(p).in(lang)).orElse("")).append('\n'));
            if (!m.status().isEmpty() && !m.status().equals("open") && !m.status().equals("upcoming")) {
                String status = Vocabulary.standard().concept("listing-status", m.status()).map(c -> Prose.midSentence(c.label()).in(lang)).orElse(m.status());
                s.append(MatchMessages.MATCH_TEXT_STATUS.text().in(lang)).append(status).append('\n');
            }
            for (Match.Check c : m.checks()) {
                String mark = switch (c.outcome()) {
                    case FITS -> MatchMessages.MATCH_TEXT_FITS.text().in(lang);
                    // "Short" only where the producer misses by little; a region, a language or a stage passed is no shortfall.
                    case DOES_NOT_FIT -> (c.near() ? MatchMessages.MATCH_TEXT_SHORT : MatchMessages.MATCH_TEXT_DOES_NOT_FIT).text().in(lang);
                    case UNKNOWN -> MatchMessages.MATCH_TEXT_UNKNOWN.text().in(lang);
                };
                s.append("   ").append(mark).append(MatchMessages.MATCH_TEXT_COLON.text().in(lang)).append(c.reason().in(lang)).append('\n');
            }
            s.append("   ").append(m.url()).append('\n');
            out.write(s.toString());
        }
        if (list.size() > limit) {
            int left = list.size() - limit;
            out.write((lang.singular(left) ? MatchMessages.MATCH_TEXT_MORE_ONE : MatchMessages.MATCH_TEXT_MORE_OTHER)
                    .text(Figures.count(left), more).in(lang) + "\n");
        }
    }
}

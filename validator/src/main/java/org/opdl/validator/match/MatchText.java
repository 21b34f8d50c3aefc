package org.opdl.validator.match;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.opdl.model.text.Lang;
import org.opdl.model.vocab.Vocabulary;

/**
 * Writes matches as plain text for a producer: the programs that fit, then the near misses, each
 * with its reasons. The text is streamed to the writer a program at a time.
 */
public final class MatchText {

    private MatchText() {
    }

    /** The matches in this language. */
    public static String write(Matches m, Lang lang) {
        StringWriter out = new StringWriter();
        write(m, lang, out);
        return out.toString();
    }

    /** Writes the matches in this language to {@code out}; the writer is flushed, not closed. */
    public static void write(Matches m, Lang lang, Writer out) {
        boolean fr = lang == Lang.FR;
        StringBuilder s = new StringBuilder();
        String stage = Vocabulary.standard().concept("career-stage", m.stage()).map(c -> c.label().in(lang)).orElse(m.stage());
        s.append(fr ? "Votre parcours est au stade : " : "Your record is at the stage: ").append(stage).append(" [").append(m.stage())
                .append("]\n");
        s.append(fr ? m.read() + " fiche(s) lue(s) : " + m.fits().size() + " vous conviennent, " + m.nearMisses().size()
                + " de justesse, " + m.notFitting() + " ne conviennent pas, " + m.closed() + " fermée(s) ou échue(s) laissée(s) de côté (--include-closed pour les voir)."
                : m.read() + " listing(s) read: " + m.fits().size() + " fit, " + m.nearMisses().size() + " nearly fit, "
                + m.notFitting() + " do not fit, " + m.closed() + " closed or past their deadline left out (--include-closed shows them).");
        s.append("\n\n");
        try {
            out.write(s.toString());
            section(out, fr ? "Programmes qui vous conviennent" : "Programs that fit", m.fits(), lang);
            out.write('\n');
            section(out, fr ? "De justesse" : "Near misses", m.nearMisses(), lang);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a heading and its programs; every line ends with a line break, and no blank line follows. */
    private static void section(Writer out, String heading, List<Match> list, Lang lang) throws IOException {
        boolean fr = lang == Lang.FR;
        out.write(heading + " (" + list.size() + ")\n");
        int i = 0;
        for (Match m : list) {
            StringBuilder s = new StringBuilder();
            s.append(++i).append(". ").append(Match.in(m.title(), lang.tag())).append(" — ").append(Match.in(m.provider(), lang.tag()))
                    .append('\n');
            m.deadline().ifPresent(d -> s.append(fr ? "   date limite : " : "   deadline: ").append(d).append('\n'));
            if (!m.status().equals("open") && !m.status().equals("upcoming")) {
                s.append(fr ? "   statut : " : "   status: ").append(m.status()).append('\n');
            }
            for (Match.Check c : m.checks()) {
                String mark = switch (c.outcome()) {
                    case FITS -> fr ? "convient" : "fits";
                    case DOES_NOT_FIT -> fr ? "manque" : "short";
                    case UNKNOWN -> fr ? "inconnu" : "unknown";
                };
                s.append("   ").append(mark).append(fr ? " : " : ": ").append(c.reason().in(lang)).append('\n');
            }
            s.append("   ").append(m.url()).append('\n');
            out.write(s.toString());
        }
    }
}

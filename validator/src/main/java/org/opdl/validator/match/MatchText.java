package org.opdl.validator.match;

import java.util.List;
import org.opdl.model.text.Lang;
import org.opdl.model.vocab.Vocabulary;

/** Writes matches as plain text for a producer: the programs that fit, then the near misses, each with its reasons. */
public final class MatchText {

    private MatchText() {
    }

    /** The matches in this language. */
    public static String write(Matches m, Lang lang) {
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
        section(s, fr ? "Programmes qui vous conviennent" : "Programs that fit", m.fits(), lang);
        section(s, fr ? "De justesse" : "Near misses", m.nearMisses(), lang);
        return s.toString().stripTrailing() + "\n";
    }

    private static void section(StringBuilder s, String heading, List<Match> list, Lang lang) {
        boolean fr = lang == Lang.FR;
        s.append(heading).append(" (").append(list.size()).append(")\n");
        int i = 0;
        for (Match m : list) {
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
        }
        s.append('\n');
    }
}

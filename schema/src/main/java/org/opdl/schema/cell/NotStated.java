package org.opdl.schema.cell;

import java.util.Optional;
import java.util.Set;
import org.opdl.model.text.Folding;

/**
 * Words typed where a number, an amount, a duration, a date or a code goes that state no value:
 * "TBD", "N/A", "à venir", a dash, "see website". None of them says there is none, which a zero
 * or a code would claim, so nothing is read from them: the cell is refused with the fix, a blank
 * cell (which says the value is not stated) or the value copied from the program's page.
 */
final class NotStated {

    /** Words saying the value is not set or not known yet, once folded ("N/A" folds to "n a"). */
    private static final Set<String> UNSET = Set.of("tba", "tbd", "tbc", "to be announced", "to be determined",
            "to be confirmed", "date to come", "coming soon", "a confirmer", "a determiner", "a venir", "a annoncer", "date a venir",
            "date a confirmer", "a preciser", "n a", "na", "n d", "nd", "s o", "not available", "not applicable", "unknown",
            "non disponible", "sans objet", "inconnu", "inconnue", "pending", "en attente");
    /** Words sending the reader to the program's page for the value, once folded. */
    private static final Set<String> ELSEWHERE = Set.of("see website", "see the website", "see web site", "see site",
            "see program page", "see the program page", "see link", "see call", "voir le site", "voir site", "voir le site web",
            "voir site web", "voir le site internet", "voir la page", "voir la page du programme", "voir le lien", "voir l appel");
    /** Marks a sheet uses for "nothing here", as typed: dashes and question marks. */
    private static final Set<String> MARKS = Set.of("-", "--", "–", "—", "?", "??", "???", "...", "…");

    private NotStated() {
    }

    /** True when the folded words say the value is not set or not known yet ("tbd", "a venir"). */
    static boolean unset(String folded) {
        return UNSET.contains(folded);
    }

    /** Refuses {@code v} when it gives no value, with what to do instead; does nothing for any other cell. */
    static void refuse(String v) {
        explain(v).ifPresent(e -> {
            throw e;
        });
    }

    /** Why {@code v} gives no value and what to do instead; empty for any other cell. */
    static Optional<Unreadable> explain(String v) {
        return explain(v, v);
    }

    /** Why the {@code words} of the cell {@code v} (all of it, or what follows its label) give no value; empty for other words. */
    static Optional<Unreadable> explain(String v, String words) {
        String s = words.strip();
        if (s.length() > 40) {
            return Optional.empty();
        }
        String folded = Folding.fold(s);
        // The message says what the words are; the fix only what to do, so that it is not the message again.
        if (MARKS.contains(s) || unset(folded)) {
            return Optional.of(new Unreadable(v, Refusal.NOT_STATED, s));
        }
        return ELSEWHERE.contains(folded)
                ? Optional.of(new Unreadable(v, Refusal.NOT_STATED_ELSEWHERE, s))
                : Optional.empty();
    }
}

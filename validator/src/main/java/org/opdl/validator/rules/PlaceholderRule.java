package org.opdl.validator.rules;

import java.util.Set;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Folding;

/** {@code opdl.text.placeholder}: a value that is a placeholder ("TBD", "N/A", "à venir", lorem ipsum). */
final class PlaceholderRule extends BaseRule implements RecordRule {

    /** Folded forms: case, accents and punctuation do not matter. */
    private static final Set<String> PLACEHOLDERS = Set.of(
            "tbd", "tba", "tbc", "n a", "na", "todo", "xxx", "xx", "x", "placeholder", "",
            "to be determined", "to be announced", "to be confirmed", "coming soon",
            "a venir", "a determiner", "a confirmer", "a preciser", "sans objet", "s o", "n d");

    private static final int MAX_PLACEHOLDER = 24;

    /** Finds each "l" or "L" with the JDK's vectorised search and compares "lorem" there, ignoring case. */
    private static boolean mentionsLorem(String value) {
        return mentionsLoremFrom(value, 'l') || mentionsLoremFrom(value, 'L');
    }

    private static boolean mentionsLoremFrom(String value, char first) {
        for (int i = value.indexOf(first); i >= 0 && i + 5 <= value.length(); i = value.indexOf(first, i + 1)) {
            if (value.regionMatches(true, i, "lorem", 0, 5)) {
                return true;
            }
        }
        return false;
    }

    PlaceholderRule() {
        super("opdl.text.placeholder", Severity.WARNING, Layer.SEMANTIC);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        Texts.forEach(listing, (pointer, value) -> {
            // Placeholders are short; only long text can hide lorem ipsum, so fold only what can match.
            boolean lorem = mentionsLorem(value);
            if (value.length() > MAX_PLACEHOLDER && !lorem) {
                return;
            }
            String folded = Folding.fold(value);
            if (folded.contains("lorem ipsum") || PLACEHOLDERS.contains(folded) && !value.isEmpty()) {
                report(out, pointer, value.strip());
            }
        });
    }
}

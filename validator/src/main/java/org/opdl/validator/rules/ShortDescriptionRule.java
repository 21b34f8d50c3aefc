package org.opdl.validator.rules;

import java.util.Map;
import org.opdl.model.finding.Severity;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.RecordRule;

/** {@code opdl.text.short-description}: a description too short to tell a producer what the program is. */
final class ShortDescriptionRule extends BaseRule implements RecordRule {

    /** Fewer words than this cannot say what a program offers, to whom and how. */
    private static final int MIN_WORDS = 8;

    /** The number of words in {@code text}, counted up to {@code limit}: past it the rule has its answer. */
    static int words(String text, int limit) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length() && words < limit; i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    ShortDescriptionRule() {
        super("opdl.text.short-description", Severity.WARNING, Layer.SEMANTIC);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        for (Map.Entry<String, String> e : listing.text("/description").entrySet()) {
            int words = words(e.getValue(), MIN_WORDS);
            if (words < MIN_WORDS) {
                report(out, "/description/" + e.getKey(), words, MIN_WORDS);
            }
        }
    }
}

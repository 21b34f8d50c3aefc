package org.opdl.validator.rules;

import java.util.Map;
import org.opdl.model.finding.Severity;

/** {@code opdl.text.short-description}: a description too short to tell a producer what the program is. */
final class ShortDescriptionRule extends BaseRule implements RecordRule {

    /** Fewer words than this cannot say what a program offers, to whom and how. */
    private static final int MIN_WORDS = 8;

    ShortDescriptionRule() {
        super("opdl.text.short-description", Severity.WARNING, Layer.SEMANTIC);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        for (Map.Entry<String, String> e : listing.text("/description").entrySet()) {
            String text = e.getValue().strip();
            int words = text.isEmpty() ? 0 : text.split("\\s+").length;
            if (words < MIN_WORDS) {
                report(out, "/description/" + e.getKey(), words, MIN_WORDS);
            }
        }
    }
}

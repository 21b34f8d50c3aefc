package org.opdl.validator.rules;

import java.util.Map;
import org.opdl.model.finding.Severity;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.RecordRule;

/** {@code opdl.text.all-caps}: a title written in capitals only. */
final class AllCapsRule extends BaseRule implements RecordRule {

    /** Short capitalised titles are usually acronyms ("CMPA", "DOC Lab") and are left alone. */
    private static final int MIN_LETTERS = 8;

    AllCapsRule() {
        super("opdl.text.all-caps", Severity.WARNING, Layer.SEMANTIC);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        for (Map.Entry<String, String> e : listing.text("/title").entrySet()) {
            String title = e.getValue();
            int letters = 0;
            boolean lower = false;
            for (int i = 0; i < title.length(); i++) {
                char c = title.charAt(i);
                if (Character.isLetter(c)) {
                    letters++;
                    lower |= Character.isLowerCase(c);
                }
            }
            if (!lower && letters >= MIN_LETTERS) {
                report(out, "/title/" + e.getKey(), title);
            }
        }
    }
}

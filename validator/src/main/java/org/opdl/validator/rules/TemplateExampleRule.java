package org.opdl.validator.rules;

import org.opdl.model.finding.Severity;
import org.opdl.schema.csv.CsvTemplate;
import org.opdl.validator.internal.check.Unicode;
import org.opdl.validator.rule.DatasetRule;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;

/**
 * {@code opdl.identity.template-example}: the template's example listing, a made-up program, is
 * left in a dataset beside other listings, where it would be published as a program. Alone, it is
 * the template as made, which validates with no finding. The example is told by its id; when it
 * comes first (the row above a coordinator's own), the finding is placed on the listing after it
 * and names the example's line or row.
 */
final class TemplateExampleRule extends BaseRule implements DatasetRule {

    /** The id of the template's example, in composed form. */
    private static final String EXAMPLE_ID = Unicode.nfc(CsvTemplate.example().get("id").asString());

    TemplateExampleRule() {
        super("opdl.identity.template-example", Severity.ERROR, Layer.SEMANTIC);
    }

    private static boolean isExample(Listing listing) {
        return listing.string("/id").map(id -> EXAMPLE_ID.equals(Unicode.nfc(id.strip()))).orElse(false);
    }

    @Override
    public Tracker newTracker() {
        return new Tracker() {
            private boolean othersSeen;
            private int exampleIndex = -1;
            private long exampleLine;
            private boolean told;

            @Override
            public void check(Listing listing, Emitter out) {
                if (told) {
                    return;
                }
                if (isExample(listing)) {
                    if (othersSeen) {
                        reportAs(out, "self", "/id", EXAMPLE_ID);
                        told = true;
                    } else if (exampleIndex < 0) {
                        exampleIndex = listing.index();
                        exampleLine = listing.line();
                    }
                    return;
                }
                othersSeen = true;
                if (exampleIndex >= 0) {
                    if (exampleLine == 0) {
                        report(out, "", EXAMPLE_ID, exampleIndex + 1);
                    } else {
                        reportAs(out, listing.inRows() ? "row" : "line", "", EXAMPLE_ID, exampleIndex + 1, exampleLine);
                    }
                    told = true;
                }
            }
        };
    }
}

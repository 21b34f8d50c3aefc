package org.opdl.validator.rules;

import org.opdl.model.definition.FieldType;
import org.opdl.model.finding.Severity;
import org.opdl.validator.internal.check.Links;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.RecordRule;

/** {@code opdl.links.malformed-url}: a web address that is not an absolute http or https URL. */
final class MalformedUrlRule extends BaseRule implements RecordRule {

    MalformedUrlRule() {
        super("opdl.links.malformed-url", Severity.ERROR, Layer.SEMANTIC);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        for (Listing.Value value : listing.stringsOf(FieldType.URL)) {
            String pointer = value.pointer();
            String url = value.node().stringValue();
            if (Links.webScheme(listing, url).isPresent()) {
                continue;
            }
            String stripped = url.strip();
            if (Links.webScheme(listing, "https://" + stripped).isPresent() && !stripped.contains("://")) {
                reportAs(out, "scheme", pointer, url, "https://" + stripped);
            } else {
                report(out, pointer, url);
            }
        }
    }
}

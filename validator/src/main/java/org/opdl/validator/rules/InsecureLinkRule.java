package org.opdl.validator.rules;

import org.opdl.model.definition.FieldType;
import org.opdl.model.finding.Severity;
import org.opdl.validator.internal.check.Links;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.RecordRule;

/** {@code opdl.links.insecure}: a web address that uses {@code http:} where {@code https:} is expected. */
final class InsecureLinkRule extends BaseRule implements RecordRule {

    InsecureLinkRule() {
        super("opdl.links.insecure", Severity.INFO, Layer.SEMANTIC);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        for (Listing.Value value : listing.stringsOf(FieldType.URL)) {
            String pointer = value.pointer();
            String url = value.node().stringValue();
            if ("http".equals(Links.webScheme(listing, url).orElse(null))) {
                report(out, pointer, url, "https" + url.substring(url.indexOf(':')));
            }
        }
    }
}

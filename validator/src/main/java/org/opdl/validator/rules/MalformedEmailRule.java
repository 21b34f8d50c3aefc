package org.opdl.validator.rules;

import org.opdl.model.definition.FieldType;
import org.opdl.model.finding.Severity;
import org.opdl.validator.internal.check.Links;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.RecordRule;

/** {@code opdl.links.malformed-email}: an email address that is not well formed. */
final class MalformedEmailRule extends BaseRule implements RecordRule {

    MalformedEmailRule() {
        super("opdl.links.malformed-email", Severity.ERROR, Layer.SEMANTIC);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        for (Listing.Value value : listing.stringsOf(FieldType.EMAIL)) {
            String pointer = value.pointer();
            String email = value.node().stringValue();
            if (Links.email(listing, email)) {
                continue;
            }
            String bare = email.strip().replaceFirst("(?i)^mailto:", "");
            if (!bare.equals(email) && Links.email(listing, bare)) {
                reportAs(out, "bare", pointer, email, bare);
            } else {
                report(out, pointer, email);
            }
        }
    }
}

package org.opdl.validator.rules;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.opdl.model.definition.FieldType;
import org.opdl.model.finding.Severity;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.RecordRule;

/**
 * {@code opdl.links.not-an-iri}: an id or web address holding a character an IRI cannot carry (a
 * space, {@code < > " { } | ^ `} or a backslash), or an invisible direction control (U+202E and
 * its kin, which RFC 3987 forbids because they make an address display as another). The RDF
 * formats refuse such a value, so validate reports it rather than passing a file convert refuses.
 */
final class IriRule extends BaseRule implements RecordRule {

    private static final Pattern NOT_IN_IRI = Pattern.compile("[\\s<>\"{}|^`\\\\\\x00-\\x1F\\x7F]");
    private static final Pattern BIDI = Pattern.compile("[\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

    IriRule() {
        super("opdl.links.not-an-iri", Severity.ERROR, Layer.SEMANTIC);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        check(listing.stringsOf(FieldType.IRI), out);
        check(listing.stringsOf(FieldType.URL), out);
    }

    private void check(List<Listing.Value> values, Emitter out) {
        for (Listing.Value value : values) {
            String s = value.node().stringValue();
            var bidi = BIDI.matcher(s);
            if (bidi.find()) {
                reportAs(out, "bidi", value.pointer(), s, String.format(Locale.ROOT, "U+%04X", (int) bidi.group().charAt(0)));
                continue;
            }
            var bad = NOT_IN_IRI.matcher(s);
            if (bad.find()) {
                report(out, value.pointer(), s, String.format(Locale.ROOT, "U+%04X", (int) bad.group().charAt(0)));
            }
        }
    }
}

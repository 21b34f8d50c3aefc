package org.opdl.validator.rules;

import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Text;
import org.opdl.model.vocab.Concept;
import org.opdl.model.vocab.ConceptScheme;
import org.opdl.model.vocab.Lookup;
import org.opdl.model.vocab.RegionAreas;
import org.opdl.validator.rule.Codes;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.RecordRule;
import org.opdl.validator.rule.Standard;

/**
 * {@code opdl.vocab.unknown-code}: a value that is neither a code nor a label of its field's scheme.
 * The nearest concept is suggested by its code, or on a spreadsheet row by its label in the
 * reader's language, as the workbook's dropdowns show it; a value that holds several (separated by
 * semicolons or line breaks) is told to give each its own code instead.
 */
final class UnknownCodeRule extends BaseRule implements RecordRule {

    /** Schemes this small are listed whole in the message when no code is near. */
    private static final int LIST_LIMIT = 8;
    /** The region scheme's id, whose values may name a city or an area instead. */
    private static final String REGION = "region";
    /** How people separate several values in one cell; no label of the standard holds a semicolon or a line break. */
    private static final Pattern SEVERAL = Pattern.compile("[;\\n]");

    UnknownCodeRule() {
        super("opdl.vocab.unknown-code", Severity.ERROR, Layer.VOCABULARY);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        for (Codes.Value v : Codes.all(listing)) {
            check(listing, v, out);
        }
    }

    private void check(Listing listing, Codes.Value v, Emitter out) {
        if (v.concept().isPresent()) {
            return;
        }
        Standard standard = listing.standard();
        Lookup.Result result = standard.lookUp(v.value(), v.scheme().id());
        if (result.found()) {
            return;
        }
        if (SEVERAL.matcher(v.value()).find()) {
            // One code suggested for a cell of several values ("Marketing; international") would drop the others.
            reportAs(out, "several", v.pointer(), v.value(), v.scheme().label(), v.scheme().id());
            return;
        }
        // A city or area in a region ("GTA") is near no code by its spelling: its province is the one to suggest.
        Optional<Concept> area = REGION.equals(v.scheme().id())
                ? RegionAreas.province(v.value()).flatMap(v.scheme()::concept) : Optional.empty();
        Optional<Concept> near = area.isPresent() ? area : result.suggestions().stream()
                .flatMap(s -> standard.lookUp(s, v.scheme().id()).matches().stream())
                .map(m -> m.concept())
                .findFirst();
        if (near.isPresent()) {
            // A spreadsheet reads labels, and its dropdowns offer them: suggest the label a coordinator picks there.
            Object suggestion = listing.inRows() ? near.get().label() : near.get().code();
            report(out, v.pointer(), v.value(), v.scheme().label(), suggestion);
        } else if (v.scheme().concepts().size() <= LIST_LIMIT) {
            reportAs(out, "list", v.pointer(), v.value(), v.scheme().label(), codesAndLabels(v.scheme()));
        } else {
            reportAs(out, "nohint", v.pointer(), v.value(), v.scheme().label(), v.scheme().id());
        }
    }

    /** The scheme's codes, each with its label in the message's language: entry (Entrée), emerging (Émergent)… */
    private static Text codesAndLabels(ConceptScheme scheme) {
        StringJoiner en = new StringJoiner(", ");
        StringJoiner fr = new StringJoiner(", ");
        for (Concept c : scheme.concepts()) {
            en.add(c.code() + " (" + c.label().en() + ")");
            fr.add(c.code() + " (" + c.label().fr() + ")");
        }
        return new Text(en.toString(), fr.toString());
    }
}

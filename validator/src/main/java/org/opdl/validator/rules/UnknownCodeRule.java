package org.opdl.validator.rules;

import java.util.Optional;
import org.opdl.model.finding.Severity;
import org.opdl.model.vocab.Lookup;

/** {@code opdl.vocab.unknown-code}: a value that is neither a code nor a label of its field's scheme. */
final class UnknownCodeRule extends BaseRule implements RecordRule {

    /** Schemes this small are listed whole in the message when no code is near. */
    private static final int LIST_LIMIT = 8;

    UnknownCodeRule() {
        super("opdl.vocab.unknown-code", Severity.ERROR, Layer.VOCABULARY);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        Codes.forEach(listing, v -> {
            if (v.scheme().concept(v.value()).isPresent()) {
                return;
            }
            Lookup lookup = new Lookup(listing.standard().vocabulary());
            Lookup.Result result = lookup.find(v.value(), Optional.of(v.scheme().id()));
            if (result.found()) {
                return;
            }
            Optional<String> code = result.suggestions().stream()
                    .flatMap(s -> lookup.find(s, Optional.of(v.scheme().id())).matches().stream())
                    .map(m -> m.concept().code())
                    .findFirst();
            if (code.isPresent()) {
                report(out, v.pointer(), v.value(), v.scheme().label(), code.get());
            } else if (v.scheme().concepts().size() <= LIST_LIMIT) {
                reportAs(out, "list", v.pointer(), v.value(), v.scheme().label(), v.scheme().codes());
            } else {
                reportAs(out, "nohint", v.pointer(), v.value(), v.scheme().label(), v.scheme().id());
            }
        });
    }
}

package org.opdl.validator.rules;

import org.opdl.model.finding.Severity;

/** {@code opdl.identity.duplicate-id}: two listings of one dataset have the same id. */
final class DuplicateIdRule extends BaseRule implements DatasetRule {

    DuplicateIdRule() {
        super("opdl.identity.duplicate-id", Severity.ERROR, Layer.SEMANTIC);
    }

    @Override
    public Tracker newTracker() {
        Fingerprints seen = new Fingerprints();
        return (listing, out) -> listing.string("/id").ifPresent(id -> {
            int first = seen.putIfAbsent(Fingerprints.of(id.strip()), listing.index());
            if (first >= 0) {
                report(out, "/id", id, first + 1);
            }
        });
    }
}

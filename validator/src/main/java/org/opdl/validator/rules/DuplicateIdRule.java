package org.opdl.validator.rules;

import org.opdl.model.finding.Severity;

/**
 * {@code opdl.identity.duplicate-id}: two listings of one dataset have the same id, compared in
 * composed form (NFC) so that an accent typed two ways is still one id. The finding names the line
 * or spreadsheet row of the first listing with the id, as well as its number.
 */
final class DuplicateIdRule extends BaseRule implements DatasetRule {

    DuplicateIdRule() {
        super("opdl.identity.duplicate-id", Severity.ERROR, Layer.SEMANTIC);
    }

    @Override
    public Tracker newTracker() {
        Fingerprints seen = new Fingerprints();
        return (listing, out) -> listing.string("/id").ifPresent(id -> {
            // The listing's index and its line (or row) packed in one value, so memory stays small.
            long here = (long) listing.index() << 32 | Math.min(listing.line(), 0xFFFF_FFFFL);
            long first = seen.putIfAbsent(Fingerprints.of(Unicode.nfc(id.strip())), here);
            if (first >= 0) {
                long line = first & 0xFFFF_FFFFL;
                int index = (int) (first >>> 32) + 1;
                if (line == 0) {
                    report(out, "/id", id, index);
                } else {
                    reportAs(out, listing.inRows() ? "row" : "line", "/id", id, index, line);
                }
            }
        });
    }
}

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

    /** What the tracker needs of a listing: its id's fingerprint, and its index and line packed in one value. */
    private record Seen(String id, long print, long here) {
    }

    /** A listing with no id, which the rule leaves alone. */
    private static final Seen NONE = new Seen(null, 0, 0);

    private static Seen seen(Listing listing) {
        return listing.string("/id")
                .map(id -> new Seen(id, Fingerprints.of(Unicode.nfc(id.strip())),
                        (long) listing.index() << 32 | Math.min(listing.line(), 0xFFFF_FFFFL)))
                .orElse(NONE);
    }

    @Override
    public void prepare(Listing listing) {
        listing.derived(DuplicateIdRule.class, DuplicateIdRule::seen);
    }

    @Override
    public Tracker newTracker() {
        Fingerprints seen = new Fingerprints();
        return (listing, out) -> {
            Seen s = listing.derived(DuplicateIdRule.class, DuplicateIdRule::seen);
            if (s == NONE) {
                return;
            }
            String id = s.id();
            long first = seen.putIfAbsent(s.print(), s.here());
            if (first >= 0) {
                long line = first & 0xFFFF_FFFFL;
                int index = (int) (first >>> 32) + 1;
                if (line == 0) {
                    report(out, "/id", id, index);
                } else {
                    reportAs(out, listing.inRows() ? "row" : "line", "/id", id, index, line);
                }
            }
        };
    }
}

package org.opdl.validator.rules;

import java.util.Arrays;
import org.opdl.model.finding.Severity;
import org.opdl.validator.internal.check.Fingerprints;
import org.opdl.validator.internal.check.Unicode;
import org.opdl.validator.rule.DatasetRule;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;

/**
 * {@code opdl.identity.duplicate-id}: two listings of one dataset have the same id, compared in
 * composed form (NFC) so that an accent typed two ways is still one id. The finding names the line
 * or spreadsheet row of the first listing with the id, as well as its number.
 */
final class DuplicateIdRule extends BaseRule implements DatasetRule {

    DuplicateIdRule() {
        super("opdl.identity.duplicate-id", Severity.ERROR, Layer.SEMANTIC);
    }

    /** What the tracker needs of a listing: its id, the id's fingerprint, and where the listing is. */
    private record Seen(String id, long print, int index, long line) {
    }

    /** A listing with no id, which the rule leaves alone. */
    private static final Seen NONE = new Seen(null, 0, 0, 0);

    private static Seen seen(Listing listing) {
        return listing.string("/id")
                .map(id -> new Seen(id, Fingerprints.of(Unicode.nfc(id.strip())), listing.index(), listing.line()))
                .orElse(NONE);
    }

    @Override
    public void prepare(Listing listing) {
        listing.derived(DuplicateIdRule.class, DuplicateIdRule::seen);
    }

    @Override
    public Tracker newTracker() {
        Fingerprints seen = new Fingerprints();
        Firsts firsts = new Firsts();
        return (listing, out) -> {
            Seen s = listing.derived(DuplicateIdRule.class, DuplicateIdRule::seen);
            if (s == NONE) {
                return;
            }
            int first = seen.putIfAbsent(s.print(), firsts.size);
            if (first < 0) {
                firsts.add(s.index(), s.line());
                return;
            }
            int index = firsts.index[first] + 1;
            long line = firsts.line[first];
            if (line == 0) {
                report(out, "/id", s.id(), index);
            } else {
                reportAs(out, listing.inRows() ? "row" : "line", "/id", s.id(), index, line);
            }
        };
    }

    /** The index and line of the first listing with each id, by the order ids were first seen. */
    private static final class Firsts {
        int[] index = new int[1024];
        long[] line = new long[1024];
        int size;

        void add(int i, long l) {
            if (size == index.length) {
                index = Arrays.copyOf(index, size * 2);
                line = Arrays.copyOf(line, size * 2);
            }
            index[size] = i;
            line[size] = l;
            size++;
        }
    }
}

package org.opdl.validator.rules;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Folding;
import org.opdl.validator.internal.check.Fingerprints;
import org.opdl.validator.internal.check.Unicode;
import org.opdl.validator.rule.DatasetRule;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;

/**
 * {@code opdl.identity.duplicate-listing}: the same provider, title and start date appear under two
 * different ids, so the same program is probably listed twice.
 */
final class DuplicateListingRule extends BaseRule implements DatasetRule {

    DuplicateListingRule() {
        super("opdl.identity.duplicate-listing", Severity.WARNING, Layer.SEMANTIC);
    }

    /** What the tracker needs of a listing: the fingerprints of its id and of its program key. */
    private record Prints(long id, long program) {
    }

    /** A listing with no id or no complete key, which the rule leaves alone. */
    private static final Prints NONE = new Prints(0, 0);

    private static Prints prints(Listing listing) {
        Optional<String> id = listing.string("/id");
        Optional<String> key = key(listing);
        if (id.isEmpty() || key.isEmpty()) {
            return NONE;
        }
        return new Prints(Fingerprints.of(Unicode.nfc(id.get().strip())), Fingerprints.of(key.get()));
    }

    @Override
    public void prepare(Listing listing) {
        listing.derived(DuplicateListingRule.class, DuplicateListingRule::prints);
    }

    @Override
    public Tracker newTracker() {
        Fingerprints byProgram = new Fingerprints();
        Fingerprints ids = new Fingerprints();
        return (listing, out) -> {
            Prints p = listing.derived(DuplicateListingRule.class, DuplicateListingRule::prints);
            if (p == NONE) {
                return;
            }
            if (ids.putIfAbsent(p.id(), listing.index()) >= 0) {
                return;
            }
            int first = byProgram.putIfAbsent(p.program(), listing.index());
            if (first >= 0) {
                report(out, "/title", first + 1);
            }
        };
    }

    private static Optional<String> key(Listing listing) {
        String provider = listing.string("/provider/id").orElse(null);
        if (provider == null) {
            provider = first(listing.text("/provider/name"));
        }
        String title = first(listing.text("/title"));
        Optional<String> start = listing.string("/intakes/0/startDate");
        if (provider.isEmpty() || title.isEmpty() || start.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Folding.fold(provider) + "\u0000" + Folding.fold(title) + "\u0000" + start.get());
    }

    /** The English value if there is one, otherwise the first by language tag, so the key is stable. */
    private static String first(Map<String, String> text) {
        if (text.containsKey("en")) {
            return text.get("en");
        }
        return new TreeMap<>(text).values().stream().findFirst().orElse("");
    }
}

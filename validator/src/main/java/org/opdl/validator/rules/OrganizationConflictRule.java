package org.opdl.validator.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.opdl.model.finding.Severity;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.DatasetRule;
import org.opdl.validator.internal.check.Unicode;
import org.opdl.validator.internal.check.Fingerprints;
import tools.jackson.databind.JsonNode;

/**
 * {@code opdl.dataset.organization-conflict}: one organisation id is described two ways (another
 * name, a website given in one place only) by listings of one dataset, or twice in one listing.
 * RDF names an organisation by its id, so the descriptions would merge; the finding names the
 * first place as well as this one. Organisations with no id are each their own and never conflict;
 * one with no name is left to {@code opdl.structure.required}.
 */
final class OrganizationConflictRule extends BaseRule implements DatasetRule {

    private static final String[] FIELDS = {"provider", "partners", "funders"};

    OrganizationConflictRule() {
        super("opdl.dataset.organization-conflict", Severity.ERROR, Layer.SEMANTIC);
    }

    /** One organisation with an id in a listing: its place, id and the fingerprint of its description. */
    private record Org(String pointer, String id, long print) {
    }

    /** Where an id was first described, and how. */
    private record First(long print, int index, long line, String pointer) {
    }

    private static List<Org> organisations(Listing listing) {
        List<Org> out = new ArrayList<>(2);
        for (String field : FIELDS) {
            JsonNode value = listing.node().get(field);
            if (value == null) {
                continue;
            }
            if (value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    add(out, "/" + field + "/" + i, value.get(i));
                }
            } else {
                add(out, "/" + field, value);
            }
        }
        return out;
    }

    private static void add(List<Org> out, String pointer, JsonNode org) {
        JsonNode id = org.isObject() ? org.get("id") : null;
        // One with no name is already a missing required field; saying it is also described another way adds nothing.
        if (id != null && id.isString() && org.get("name") != null) {
            out.add(new Org(pointer, Unicode.nfc(id.stringValue().strip()), Fingerprints.of(canonical(org))));
        }
    }

    /** The description with its keys sorted, so that the order keys are written in does not count. */
    private static String canonical(JsonNode node) {
        if (node.isObject()) {
            Map<String, String> sorted = new TreeMap<>();
            node.properties().forEach(e -> sorted.put(e.getKey(), canonical(e.getValue())));
            return sorted.toString();
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(n -> items.add(canonical(n)));
            return items.toString();
        }
        return node.toString();
    }

    @Override
    public void prepare(Listing listing) {
        listing.derived(OrganizationConflictRule.class, OrganizationConflictRule::organisations);
    }

    @Override
    public Tracker newTracker() {
        Map<String, First> seen = new HashMap<>();
        return (listing, out) -> {
            List<Org> orgs = listing.derived(OrganizationConflictRule.class, OrganizationConflictRule::organisations);
            for (Org org : orgs) {
                First first = seen.putIfAbsent(org.id(), new First(org.print(), listing.index(), listing.line(), org.pointer()));
                if (first == null || first.print() == org.print()) {
                    continue;
                }
                if (first.line() > 0) {
                    reportAs(out, listing.inRows() ? "row" : "line", org.pointer(), org.id(), first.index() + 1, first.pointer(),
                            first.line());
                } else {
                    report(out, org.pointer(), org.id(), first.index() + 1, first.pointer());
                }
            }
        };
    }
}

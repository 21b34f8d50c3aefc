package org.opdl.validator.rules;

import java.util.ArrayList;
import java.util.List;
import org.opdl.model.finding.Severity;
import org.opdl.schema.shape.AgreeingDescriptions;
import org.opdl.schema.shape.OrganisationDescriptions;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.DatasetRule;
import org.opdl.validator.internal.check.Unicode;
import tools.jackson.databind.JsonNode;

/**
 * {@code opdl.dataset.organization-conflict}: one organisation id is given two different values of
 * one field (two English names, two websites) by listings of one dataset, or twice in one listing,
 * as {@link OrganisationDescriptions} defines it for the RDF writers too. RDF names an organisation
 * by its id, so the descriptions merge: one that only leaves out a value another gives is no
 * conflict. The finding names the earlier place as well as this one. Organisations with no id are
 * each their own and never conflict; one with no name is left to {@code opdl.structure.required}.
 */
final class OrganizationConflictRule extends BaseRule implements DatasetRule {

    private static final String[] FIELDS = {"provider", "partners", "funders"};

    OrganizationConflictRule() {
        super("opdl.dataset.organization-conflict", Severity.ERROR, Layer.SEMANTIC);
    }

    /** One organisation with an id in a listing: its place, id and description. */
    private record Org(String pointer, String id, JsonNode description) {
    }

    /** Where a description of an id was first given. */
    private record Earlier(int index, long line, String pointer) {
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
            out.add(new Org(pointer, Unicode.nfc(id.stringValue().strip()), org));
        }
    }

    @Override
    public void prepare(Listing listing) {
        listing.derived(OrganizationConflictRule.class, OrganizationConflictRule::organisations);
    }

    @Override
    public Tracker newTracker() {
        AgreeingDescriptions<Earlier> seen = new AgreeingDescriptions<>();
        return (listing, out) -> {
            List<Org> orgs = listing.derived(OrganizationConflictRule.class, OrganizationConflictRule::organisations);
            for (Org org : orgs) {
                AgreeingDescriptions.Conflict<Earlier> conflict = seen.note(org.id(), org.description(),
                        () -> new Earlier(listing.index(), listing.line(), org.pointer()));
                if (conflict == null) {
                    continue;
                }
                Earlier conflicting = conflict.earlier();
                if (conflicting.line() > 0) {
                    reportAs(out, listing.inRows() ? "row" : "line", org.pointer(), org.id(), conflicting.index() + 1,
                            conflicting.pointer(), conflicting.line());
                } else {
                    report(out, org.pointer(), org.id(), conflicting.index() + 1, conflicting.pointer());
                }
            }
        };
    }
}

package org.opdl.validator.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.opdl.model.definition.StandardDefinition;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Text;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.RecordRule;

/**
 * {@code opdl.listing.completeness}: how many of the twelve key facts an applicant looks for a
 * listing states, as one piece of information per listing, never an error: since 0.2 a fact that is
 * not published may be left out. A fact counts as stated when it is given, or when the provider says
 * there is none ({@code statedNone}). A listing that states all twelve gets no finding.
 */
final class CompletenessRule extends BaseRule implements RecordRule {

    /**
     * One key fact: the field that states it, whose label names the fact in the message (the
     * heading a spreadsheet shows), and the test that it is stated.
     */
    private record Fact(Text name, Predicate<Listing> stated) {
        Fact(String field, Predicate<Listing> stated) {
            this(StandardDefinition.listing().field(field).orElseThrow().label(), stated);
        }
    }

    private static final List<Fact> FACTS = List.of(
            new Fact("description", l -> l.has("/description")),
            new Fact("careerStages", l -> l.has("/careerStages") || l.has("/streams") || l.has("/eligibilityAlternatives")
                    || anyBound(l)),
            new Fact("deliveryMode", l -> l.has("/deliveryMode") || l.has("/components")),
            new Fact("participationUnit", l -> l.has("/participationUnit")),
            new Fact("workingLanguages", l -> l.has("/workingLanguages")),
            new Fact("intakes", l -> l.has("/intakes") || l.has("/recurrence")),
            new Fact("intakes.places", l -> !l.valuesOf("intakes.places").isEmpty() || !l.valuesOf("streams.places").isEmpty()
                    || none(l, "no-places-limit")),
            new Fact("duration", l -> l.has("/duration") || l.has("/minDuration") || l.has("/maxDuration")
                    || !l.valuesOf("intakes.endDate").isEmpty()),
            new Fact("fees", l -> l.has("/fees") || none(l, "no-fees") || none(l, "no-application-fee") && none(l, "no-tuition")),
            new Fact("contact", l -> l.has("/contact")),
            new Fact("status", l -> l.has("/status")),
            new Fact("lastUpdated", l -> l.has("/lastUpdated") || !l.valuesOf("sources.read").isEmpty()));

    CompletenessRule() {
        super("opdl.listing.completeness", Severity.INFO, Layer.SEMANTIC);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        List<Text> missing = new ArrayList<>();
        for (Fact f : FACTS) {
            if (!f.stated().test(listing)) {
                missing.add(f.name());
            }
        }
        if (!missing.isEmpty()) {
            report(out, "", FACTS.size() - missing.size(), FACTS.size(), missing);
        }
    }

    private static boolean none(Listing l, String code) {
        for (Listing.Value v : l.valuesOf("statedNone")) {
            if (code.equals(Listing.stringOrNull(v.node()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the listing gives an eligibility field, from which its career stages follow. */
    private static boolean anyBound(Listing l) {
        for (String b : StreamWithoutStagesRule.ADMITS) {
            if (l.has("/eligibility/" + b)) {
                return true;
            }
        }
        return false;
    }
}

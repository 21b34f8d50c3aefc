package org.opdl.validator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.finding.Finding;
import org.opdl.model.text.Lang;
import org.opdl.validator.TestInputs;
import org.opdl.validator.ValidationOptions;
import org.opdl.validator.ValidationRun;
import org.opdl.validator.Validator;
import org.opdl.validator.catalogue.Conformance;
import org.opdl.validator.report.Occurrence;
import org.opdl.validator.rule.Standard;
import tools.jackson.databind.node.ObjectNode;

@DisplayName("A known field at the wrong level is named with where the standard has it")
class UnknownPropertyRuleTest {

    @Test
    @DisplayName("places on the listing belongs in an intake (or a stream); minAge on an intake belongs in eligibility")
    void fieldAtTheWrongLevel() {
        ObjectNode listing = Conformance.base();
        listing.put("places", 8);
        listing.putArray("intakes").addObject().put("applicationDeadline", "2027-03-15").put("minAge", 18);
        List<Finding> found = unknown(listing);
        assertThat(found).hasSize(2);
        Finding places = at(found, "/places");
        assertThat(places.message(Lang.EN)).isEqualTo(
                "`places` is not a field at this level; the standard has it at streams.places, intakes.places.");
        assertThat(places.fix().in(Lang.EN)).isEqualTo(
                "Move `places` to where the standard has it (streams.places, intakes.places), or remove it.");
        Finding minAge = at(found, "/intakes/0/minAge");
        assertThat(minAge.message(Lang.FR)).isEqualTo(
                "« minAge » n'est pas un champ à ce niveau; la norme le place à eligibility.minAge.");
        assertThat(minAge.fix().in(Lang.FR)).contains("Déplacez « minAge »").contains("eligibility.minAge");
    }

    @Test
    @DisplayName("a field with more than 3 homes names the 3 nearest, as RDF input does, and counts the others")
    void manyHomesNearestFirst() {
        ObjectNode listing = Conformance.base();
        ObjectNode stipend = listing.putObject("stipend");
        stipend.putObject("amount").put("amount", "16000.00").put("currency", "CAD");
        stipend.put("currency", "CAD");
        Finding currency = at(unknown(listing), "/stipend/currency");
        assertThat(currency.message(Lang.EN)).isEqualTo("`currency` is not a field at this level; the standard has it at "
                + "stipend.amount.currency, stipend.minimum.currency, stipend.programShare.currency and 10 other places.");
        assertThat(currency.message(Lang.FR)).isEqualTo("« currency » n'est pas un champ à ce niveau; la norme le place à "
                + "stipend.amount.currency, stipend.minimum.currency, stipend.programShare.currency et 10 autres endroits.");
        assertThat(currency.fix().in(Lang.EN)).contains("(stipend.amount.currency, stipend.minimum.currency, "
                + "stipend.programShare.currency and 10 other places)");
    }

    @Test
    @DisplayName("a misspelled field still gets the nearest name of its level, and a name of no level none")
    void misspelledStillNearest() {
        ObjectNode listing = Conformance.base();
        listing.put("titel", "Doc Ignite");
        listing.put("cohortSize", 8);
        List<Finding> found = unknown(listing);
        assertThat(at(found, "/titel").fix().in(Lang.EN)).isEqualTo("Rename `titel` to `title`.");
        assertThat(at(found, "/cohortSize").message(Lang.EN)).isEqualTo("`cohortSize` is not a field of the standard.");
    }

    private static Finding at(List<Finding> found, String pointer) {
        return found.stream().filter(f -> f.location().pointer().equals(pointer)).findFirst().orElseThrow();
    }

    private static List<Finding> unknown(ObjectNode listing) {
        Validator v = new Validator(BuiltInRules.registry(), Standard.standard(), TestInputs.SCHEMA,
                ValidationOptions.defaults(LocalDate.of(2025, 2, 1)));
        try (ValidationRun run = v.start()) {
            run.records("case.json", TestInputs.records("case.json", List.of(listing)));
            return run.finish().groups().stream().flatMap(g -> g.shown().stream()).map(Occurrence::finding)
                    .filter(f -> f.ruleId().equals("opdl.structure.unknown-property")).toList();
        }
    }
}

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

@DisplayName("An unknown code's fix never replaces several values with one code")
class UnknownCodeRuleTest {

    @Test
    @DisplayName("W30: Marketing; international is several values, not marketing-audience; mentorshp still gets its nearest code")
    void severalValuesInOne() {
        ObjectNode listing = Conformance.base();
        listing.putArray("topics").add("Marketing; international");
        listing.putArray("programTypes").add("mentorshp");
        List<Finding> found = unknown(listing);
        assertThat(found).hasSize(2);
        Finding several = found.stream().filter(f -> f.location().pointer().equals("/topics/0")).findFirst().orElseThrow();
        assertThat(several.message(Lang.EN)).contains("holds several values");
        assertThat(several.fix().in(Lang.EN)).contains("separated by \" | \"").doesNotContain("marketing-audience");
        assertThat(several.fix().in(Lang.FR)).contains("séparés par « | »");
        Finding misspelled = found.stream().filter(f -> f.location().pointer().equals("/programTypes/0")).findFirst().orElseThrow();
        assertThat(misspelled.fix().in(Lang.EN)).isEqualTo("Replace `mentorshp` with `mentorship`.");
    }

    @Test
    @DisplayName("a city or area where a region belongs (GTA, Vancouver-based) gets its own province, not the code nearest its spelling")
    void areaInARegion() {
        ObjectNode listing = Conformance.base();
        ObjectNode eligibility = listing.putObject("eligibility");
        eligibility.putArray("residence").add("GTA");
        eligibility.putArray("workRegion").add("Vancouver-based");
        eligibility.putArray("prioritisedRegions").add("Albrta");
        List<Finding> found = unknown(listing);
        assertThat(found).extracting(f -> f.location().pointer() + " " + f.fix().in(Lang.EN)).containsExactlyInAnyOrder(
                "/eligibility/residence/0 Replace `GTA` with `CA-ON`.",
                "/eligibility/workRegion/0 Replace `Vancouver-based` with `CA-BC`.",
                "/eligibility/prioritisedRegions/0 Replace `Albrta` with `CA-AB`.");
    }

    private static List<Finding> unknown(ObjectNode listing) {
        Validator v = new Validator(BuiltInRules.registry(), Standard.standard(), TestInputs.SCHEMA,
                ValidationOptions.defaults(LocalDate.of(2025, 2, 1)));
        try (ValidationRun run = v.start()) {
            run.records("case.json", TestInputs.records("case.json", List.of(listing)));
            return run.finish().groups().stream().flatMap(g -> g.shown().stream()).map(Occurrence::finding)
                    .filter(f -> f.ruleId().equals("opdl.vocab.unknown-code")).toList();
        }
    }
}

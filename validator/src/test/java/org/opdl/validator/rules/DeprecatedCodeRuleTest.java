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

@DisplayName("A deprecated code's fix says that opdl migrate writes the replacement for the whole file")
class DeprecatedCodeRuleTest {

    @Test
    @DisplayName("K12: workshop-webinar is to be replaced by masterclass-workshop, by hand or by opdl migrate, in both languages")
    void fixPointsToMigrate() {
        ObjectNode listing = Conformance.base();
        listing.putArray("programTypes").add("lab").add("workshop-webinar");
        Finding deprecated = deprecated(listing);
        assertThat(deprecated.location().pointer()).isEqualTo("/programTypes/1");
        assertThat(deprecated.fix().in(Lang.EN))
                .startsWith("Replace `workshop-webinar` with `masterclass-workshop`, or let `opdl migrate` do it")
                .contains("every deprecated code").contains("`-v` lists each change");
        assertThat(deprecated.fix().in(Lang.FR))
                .startsWith("Remplacez « workshop-webinar » par « masterclass-workshop », ou laissez « opdl migrate »")
                .contains("chaque code déprécié").contains("« -v » énumère chaque changement");
    }

    private static Finding deprecated(ObjectNode listing) {
        Validator v = new Validator(BuiltInRules.registry(), Standard.standard(), TestInputs.SCHEMA,
                ValidationOptions.defaults(LocalDate.of(2025, 2, 1)));
        try (ValidationRun run = v.start()) {
            run.records("case.json", TestInputs.records("case.json", List.of(listing)));
            List<Finding> found = run.finish().groups().stream().flatMap(g -> g.shown().stream()).map(Occurrence::finding)
                    .filter(f -> f.ruleId().equals("opdl.vocab.deprecated")).toList();
            assertThat(found).hasSize(1);
            return found.get(0);
        }
    }
}

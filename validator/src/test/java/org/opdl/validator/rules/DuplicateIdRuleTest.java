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

@DisplayName("Two listings with one id")
class DuplicateIdRuleTest {

    @Test
    @DisplayName("a program renewed each year, its 2019 and 2025 editions written as two listings, is told the new edition is an intake")
    void renewedEdition() {
        ObjectNode edition2019 = Conformance.base();
        edition2019.putArray("intakes").addObject().put("year", 2019);
        ObjectNode edition2025 = Conformance.base();
        edition2025.putArray("intakes").addObject().put("year", 2025);
        Validator v = new Validator(BuiltInRules.registry(), Standard.standard(), TestInputs.SCHEMA,
                ValidationOptions.defaults(LocalDate.of(2025, 2, 1)));
        List<Finding> found;
        try (ValidationRun run = v.start()) {
            run.records("case.json", TestInputs.records("case.json", List.of(edition2019, edition2025)));
            found = run.finish().groups().stream().flatMap(g -> g.shown().stream()).map(Occurrence::finding)
                    .filter(f -> f.ruleId().equals("opdl.identity.duplicate-id")).toList();
        }
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.fix().in(Lang.EN)).isEqualTo("Give each listing its own id; a new edition of the same program is "
                    + "one more intake in its listing, and two listings keep one id only in different datasets.");
            assertThat(f.fix().in(Lang.FR)).isEqualTo("Donnez à chaque fiche son propre identifiant; une nouvelle édition du "
                    + "même programme est un appel de candidatures de plus dans sa fiche, et deux fiches ne gardent le même "
                    + "identifiant que dans des jeux de données distincts.");
        });
    }
}

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
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@DisplayName("A listing with no field at all, as an export of a million blank lines writes {} on each, is named as the listing (K3)")
class EmptyListingTest {

    @Test
    @DisplayName("{} is \"The listing is empty\", never \" is empty.\" with nothing before it, in both languages")
    void emptyListingNamesTheListing() {
        Finding empty = empties(JsonMapper.builder().build().createObjectNode()).get(0);
        assertThat(empty.location().pointer()).isEmpty();
        assertThat(empty.message(Lang.EN)).isEqualTo("The listing is empty: it gives no field at all.");
        assertThat(empty.fix().in(Lang.EN)).startsWith("Fill in the listing's fields, starting with the required ones");
        assertThat(empty.message(Lang.FR)).isEqualTo("La fiche est vide : elle ne donne aucun champ.");
        assertThat(empty.fix().in(Lang.FR)).startsWith("Remplissez les champs de la fiche");
    }

    @Test
    @DisplayName("an empty group inside a listing still names its field")
    void emptyGroupNamesItsField() {
        ObjectNode listing = Conformance.base();
        listing.putObject("eligibility");
        Finding empty = empties(listing).get(0);
        assertThat(empty.location().pointer()).isEqualTo("/eligibility");
        assertThat(empty.message(Lang.EN)).isEqualTo("Eligibility is empty.");
    }

    private static List<Finding> empties(ObjectNode listing) {
        Validator v = new Validator(BuiltInRules.registry(), Standard.standard(), TestInputs.SCHEMA,
                ValidationOptions.defaults(LocalDate.of(2025, 2, 1)));
        try (ValidationRun run = v.start()) {
            run.records("case.ndjson", TestInputs.records("case.ndjson", List.of(listing)));
            return run.finish().groups().stream().flatMap(g -> g.shown().stream()).map(Occurrence::finding)
                    .filter(f -> f.ruleId().equals("opdl.structure.empty")).toList();
        }
    }
}

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

@DisplayName("A value of the wrong kind is named with the kind to write")
class TypeRuleTest {

    @Test
    @DisplayName("a text written as a bare string, as a coordinator writes a description, is given back in the form {\"en\": …}")
    void textAsBareString() {
        ObjectNode listing = Conformance.base();
        listing.put("description", "A lab for series creators with mid-level experience.");
        listing.putArray("sources").addObject().put("url", "https://nsi-canada.ca/").put("title", "NSI webinar recap");
        List<Finding> found = wrongKind(listing);
        assertThat(found).hasSize(2);
        Finding description = at(found, "/description");
        assertThat(description.message(Lang.EN)).isEqualTo(
                "Description is written as a bare string; a text of the standard is written in each language it is given in.");
        assertThat(description.fix().in(Lang.EN)).isEqualTo(
                "Write it as {\"en\": \"A lab for series creators with mid-level experience.\"}, or with \"fr\" for French, "
                        + "and add the other language beside it.");
        Finding title = at(found, "/sources/0/title");
        assertThat(title.message(Lang.FR)).isEqualTo(
                "Titre de la source est écrit comme une simple chaîne; un texte de la norme s'écrit dans chaque langue où il est donné.");
        assertThat(title.fix().in(Lang.FR)).isEqualTo(
                "Écrivez-le sous la forme {\"fr\": \"NSI webinar recap\"}, ou avec « en » pour l'anglais, et ajoutez l'autre langue à côté.");
        assertThat(description.message(Lang.EN)).doesNotContain("group of fields");
    }

    @Test
    @DisplayName("a number written as text keeps the general words")
    void numberAsText() {
        ObjectNode listing = Conformance.base();
        listing.putArray("intakes").addObject().put("places", "8");
        assertThat(at(wrongKind(listing), "/intakes/0/places").message(Lang.EN)).isEqualTo("Places should be a whole number, not text.");
    }

    private static Finding at(List<Finding> found, String pointer) {
        return found.stream().filter(f -> f.location().pointer().equals(pointer)).findFirst().orElseThrow();
    }

    private static List<Finding> wrongKind(ObjectNode listing) {
        Validator v = new Validator(BuiltInRules.registry(), Standard.standard(), TestInputs.SCHEMA,
                ValidationOptions.defaults(LocalDate.of(2025, 2, 1)));
        try (ValidationRun run = v.start()) {
            run.records("case.json", TestInputs.records("case.json", List.of(listing)));
            return run.finish().groups().stream().flatMap(g -> g.shown().stream()).map(Occurrence::finding)
                    .filter(f -> f.ruleId().equals("opdl.structure.type")).toList();
        }
    }
}

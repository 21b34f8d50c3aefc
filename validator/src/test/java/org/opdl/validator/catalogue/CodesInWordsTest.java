package org.opdl.validator.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.finding.Finding;
import org.opdl.model.text.Lang;
import org.opdl.validator.TestInputs;
import org.opdl.validator.ValidationOptions;
import org.opdl.validator.ValidationRun;
import org.opdl.validator.Validator;
import org.opdl.validator.report.Occurrence;
import org.opdl.validator.rule.Standard;
import org.opdl.validator.rules.BuiltInRules;
import tools.jackson.databind.node.ObjectNode;

/**
 * A coordinator who picked "Émergent" or "En personne" from the French workbook's dropdown reads
 * those words back in the findings about them, not the English codes.
 */
@DisplayName("Findings name stages and delivery modes by their labels in the reader's language")
class CodesInWordsTest {

    private static Finding only(String ruleId, Consumer<ObjectNode> change) {
        ObjectNode listing = Conformance.base();
        change.accept(listing);
        Validator v = new Validator(BuiltInRules.registry(), Standard.standard(), TestInputs.SCHEMA,
                ValidationOptions.defaults(LocalDate.parse(Conformance.DEFAULT_AS_OF)));
        try (ValidationRun run = v.start()) {
            run.records("case.json", TestInputs.records("case.json", List.of(listing)));
            List<Finding> found = run.finish().groups().stream().flatMap(g -> g.shown().stream()).map(Occurrence::finding)
                    .filter(f -> f.ruleId().equals(ruleId)).toList();
            assertThat(found).hasSize(1);
            return found.get(0);
        }
    }

    @Test
    @DisplayName("\"emerging producers (1 to 3 credits)\": the stage and the stages the bounds admit are labels")
    void stageOutsideTheBounds() {
        Finding f = only("opdl.stage.inconsistent-eligibility", l -> {
            l.putArray("careerStages").add("emerging");
            l.remove("stageWording");
            l.putObject("eligibility").put("minCredits", 1).put("maxCredits", 3);
        });
        assertThat(f.message().in(Lang.FR)).contains("« Émergent »").contains("Début de carrière, Mi-carrière")
                .doesNotContain("emerging").doesNotContain("early-career");
        assertThat(f.fix().in(Lang.FR)).contains("« Émergent »").contains("« Stades de carrière »").doesNotContain("emerging")
                .doesNotContain("careerStages");
        assertThat(f.message().in(Lang.EN)).contains("Emerging").contains("Early career, Mid-career");
    }

    @Test
    @DisplayName("an in-person program without a location names its mode by its label")
    void inPersonWithoutLocation() {
        Finding f = only("opdl.delivery.no-location", l -> {
            l.put("deliveryMode", "in-person");
            l.remove("locations");
        });
        assertThat(f.message().in(Lang.FR)).contains("« En personne »").doesNotContain("in-person");
        assertThat(f.fix().in(Lang.FR)).contains("« Lieux »").doesNotContain("locations");
        assertThat(f.message().in(Lang.EN)).contains("In person");
    }

    @Test
    @DisplayName("the key facts not stated are named by the labels of their fields, and the fix by the Stated none column's")
    void keyFactsNotStated() {
        Finding f = only("opdl.listing.completeness", l -> {
            l.remove("description");
            l.remove("participationUnit");
            l.remove("duration");
            l.remove("fees");
            l.remove("statedNone");
            l.remove("contact");
        });
        assertThat(f.message().in(Lang.FR)).contains("non indiqués : Description, Unité de participation, Frais, Personne-ressource.")
                .doesNotContain("participationUnit");
        assertThat(f.fix().in(Lang.FR)).contains("« Absence déclarée »").doesNotContain("statedNone");
        assertThat(f.message().in(Lang.EN)).contains("not stated: Description, Participation unit, Fees, Contact.");
    }

    @Test
    @DisplayName("a title in one language names the languages in words, not by their tags")
    void titleInOneLanguage() {
        Finding f = only("opdl.text.one-language", l -> l.putObject("title").put("en", "Emerging Producer Mentorship"));
        assertThat(f.message().in(Lang.FR)).isEqualTo("Le texte n'est donné qu'en anglais.");
        assertThat(f.fix().in(Lang.FR)).isEqualTo("Ajoutez le texte en français.");
        assertThat(f.message().in(Lang.EN)).isEqualTo("The text is given in English only.");
        assertThat(f.fix().in(Lang.EN)).isEqualTo("Add the text in French.");
    }
}

package org.opdl.validator.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opdl.model.finding.Finding;
import org.opdl.model.text.Lang;
import org.opdl.validator.TestInputs;
import org.opdl.validator.ValidationOptions;
import org.opdl.validator.ValidationRun;
import org.opdl.validator.Validator;
import org.opdl.validator.report.Occurrence;
import org.opdl.validator.rules.BuiltInRules;
import org.opdl.validator.rule.Standard;
import tools.jackson.databind.node.ObjectNode;

@DisplayName("The career-stage rules give advice that no other rule contradicts, and say which side disagrees")
class StageAdviceTest {

    static final List<String> EVERY_STAGE = List.of("entry", "emerging", "early-career", "mid-career", "established");

    static List<Finding> stageFindings(Consumer<ObjectNode> change) {
        ObjectNode listing = Conformance.base();
        change.accept(listing);
        Validator v = new Validator(BuiltInRules.registry(), Standard.standard(), TestInputs.SCHEMA,
                ValidationOptions.defaults(LocalDate.parse(Conformance.DEFAULT_AS_OF)));
        try (ValidationRun run = v.start()) {
            run.records("case.json", TestInputs.records("case.json", List.of(listing)));
            return run.finish().groups().stream().flatMap(g -> g.shown().stream()).map(Occurrence::finding)
                    .filter(f -> f.ruleId().startsWith("opdl.stage.")).toList();
        }
    }

    static void everyStage(ObjectNode listing) {
        tools.jackson.databind.node.ArrayNode stages = listing.putArray("careerStages");
        EVERY_STAGE.forEach(stages::add);
        listing.remove("stageWording");
        listing.remove("eligibility");
    }

    @Nested
    @DisplayName("every stage declared")
    class EveryStage {

        @Test
        @DisplayName("is reported, and the fix keeps the stages and asks for a wording, in both languages")
        void reported() {
            List<Finding> found = stageFindings(StageAdviceTest::everyStage);
            assertThat(found).extracting(Finding::ruleId).containsExactly("opdl.stage.all-stages");
            Finding f = found.get(0);
            assertThat(f.fix().in(Lang.EN)).contains("keep `careerStages`").contains("stageWording")
                    .doesNotContain("remove `careerStages`");
            assertThat(f.fix().in(Lang.FR)).contains("gardez « Stades de carrière »").contains("« Formulation du stade »").doesNotContain("careerStages");
        }

        @Test
        @DisplayName("following the fix leaves no stage finding at all: the missing-stage warning does not come back")
        void followingTheFix() {
            for (String wording : List.of("all career stages", "at every stage", "tous les niveaux")) {
                assertThat(stageFindings(l -> {
                    everyStage(l);
                    l.putObject("stageWording").put("en", wording);
                })).as(wording).isEmpty();
            }
        }
    }

    @Nested
    @DisplayName("declared stages, wording and bounds that disagree")
    class Disagreement {

        @Test
        @DisplayName("a declared code that is no stage (a typo, a provider's own word) is compared with nothing")
        void unknownCodeDeclaresNothing() {
            assertThat(stageFindings(l -> {
                l.putArray("careerStages").add("releve");
                l.putObject("stageWording").put("fr", "producteurs de la relève");
            })).extracting(Finding::ruleId).doesNotContain("opdl.stage.wording-mismatch");
            List<Finding> mixed = stageFindings(l -> {
                l.putArray("careerStages").add("releve").add("mid-career");
                l.putObject("stageWording").put("en", "emerging producers");
            });
            assertThat(mixed).filteredOn(f -> f.ruleId().equals("opdl.stage.wording-mismatch"))
                    .singleElement().satisfies(f -> assertThat(f.message().in(Lang.EN))
                            .contains("but the listing declares mid-career;"));
        }

        @Test
        @DisplayName("the wording alone disagrees: the bounds side with the declared stages")
        void wordingDisagrees() {
            List<Finding> found = stageFindings(l -> l.putObject("stageWording").put("en", "established producers"));
            assertThat(found).extracting(Finding::ruleId).containsExactly("opdl.stage.wording-mismatch");
            assertThat(found.get(0).message().in(Lang.EN)).contains("the wording is the one that disagrees");
            assertThat(found.get(0).message().in(Lang.FR)).contains("c'est la formulation qui diverge");
        }

        @Test
        @DisplayName("the declared stages alone disagree: the bounds side with the wording")
        void declaredDisagrees() {
            List<Finding> found = stageFindings(l -> l.putArray("careerStages").add("established"));
            assertThat(found).extracting(Finding::ruleId)
                    .containsOnly("opdl.stage.inconsistent-eligibility", "opdl.stage.wording-mismatch");
            assertThat(found).extracting(f -> f.message().in(Lang.EN)).anySatisfy(m -> assertThat(m)
                    .contains("`careerStages` is the one that disagrees"));
        }

        @Test
        @DisplayName("the bounds alone disagree: declared stages and wording both name the stage")
        void boundsDisagree() {
            List<Finding> found = stageFindings(l -> {
                l.putArray("careerStages").add("mid-career");
                l.putObject("stageWording").put("en", "mid-career producers").put("fr", "producteurs de mi-carrière");
            });
            assertThat(found).extracting(Finding::ruleId).containsExactly("opdl.stage.inconsistent-eligibility");
            assertThat(found.get(0).message().in(Lang.EN)).contains("the bounds disagree with both");
            assertThat(found.get(0).message().in(Lang.FR)).contains("les bornes divergent des deux");
        }

        @Test
        @DisplayName("the provider's word beside its own figures (DOC Institute Breakthrough, tenth round P1): the fix keeps the wording")
        void providersWordKept() {
            List<Finding> found = stageFindings(l -> {
                l.putArray("careerStages").add("emerging");
                l.putObject("stageWording").put("en", "emerging documentary producers and directors");
                l.putObject("eligibility").put("minCredits", 1).put("maxCredits", 5).put("creditKind", "broadcast")
                        .putObject("experienceRequired").put("en", "or comparable experience");
            });
            assertThat(found).extracting(Finding::ruleId).containsExactly("opdl.stage.inconsistent-eligibility");
            Finding f = found.get(0);
            assertThat(f.fix().in(Lang.EN)).contains("Keep the stage wording as the provider publishes it")
                    .contains("`eligibilityAlternatives`").doesNotContain("remove");
            assertThat(f.fix().in(Lang.FR)).contains("Gardez la formulation du stade")
                    .contains("« Autres voies d'admission »").doesNotContain("retirez");
        }

        @Test
        @DisplayName("following that fix, the comparable experience as another way in, leaves no stage finding")
        void otherWayInFollowed() {
            assertThat(stageFindings(l -> {
                l.putArray("careerStages").add("emerging");
                l.putObject("stageWording").put("en", "emerging documentary producers and directors");
                l.putObject("eligibility").put("minCredits", 1).put("maxCredits", 5).put("creditKind", "broadcast");
                l.putArray("eligibilityAlternatives").addObject().putObject("label").put("en", "comparable experience");
            })).isEmpty();
        }
    }
}

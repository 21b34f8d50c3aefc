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
import org.opdl.validator.rule.Standard;
import org.opdl.validator.rules.BuiltInRules;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * P50: an edition's place is one of the listing's locations, as ADR 9 keeps every place there.
 * Frontières presents proofs of concept in Cannes and holds its market in Montréal; a listing that
 * gives only Montréal in its locations is told both places.
 */
@DisplayName("An edition held in a place the listing's locations do not give is named with those locations")
class EditionPlaceUnlistedTest {

    private static final String RULE = "opdl.delivery.edition-place-unlisted";

    private static List<Finding> found(Consumer<ObjectNode> change) {
        ObjectNode listing = Conformance.base();
        change.accept(listing);
        Validator v = new Validator(BuiltInRules.registry(), Standard.standard(), TestInputs.SCHEMA,
                ValidationOptions.defaults(LocalDate.parse(Conformance.DEFAULT_AS_OF)));
        try (ValidationRun run = v.start()) {
            run.records("frontieres.json", TestInputs.records("frontieres.json", List.of(listing)));
            return run.finish().groups().stream().flatMap(g -> g.shown().stream()).map(Occurrence::finding)
                    .filter(f -> f.ruleId().equals(RULE)).toList();
        }
    }

    private static void montrealOnly(ObjectNode listing) {
        ArrayNode places = listing.putArray("locations");
        places.addObject().put("city", "Montréal").put("region", "CA-QC").put("country", "CA");
        ArrayNode intakes = listing.putArray("intakes");
        intakes.addObject().put("label", "Cannes").put("applicationDeadline", "2025-03-15")
                .putObject("location").put("city", "Cannes").put("country", "FR");
        intakes.addObject().put("label", "Montréal").put("applicationDeadline", "2025-04-30")
                .putObject("location").put("city", "Montréal").put("region", "CA-QC").put("country", "CA");
    }

    @Nested
    @DisplayName("Cannes as an edition's place, with only Montréal in the locations")
    class Abroad {

        @Test
        @DisplayName("the finding is at the edition's place and names it and the locations, in both languages")
        void namesBoth() {
            List<Finding> f = found(EditionPlaceUnlistedTest::montrealOnly);
            assertThat(f).hasSize(1);
            assertThat(f.get(0).location().pointer()).isEqualTo("/intakes/0/location");
            assertThat(f.get(0).message().in(Lang.EN))
                    .isEqualTo("The place of intake 1, Cannes, France, is not among the program's locations (Montréal, Quebec).");
            assertThat(f.get(0).message().in(Lang.FR))
                    .isEqualTo("Le lieu de l'appel 1, « Cannes, France », ne figure pas parmi les lieux du programme "
                            + "(« Montréal, Québec »).");
            assertThat(f.get(0).fix().in(Lang.FR)).contains("« Cannes, France »").contains("« Lieux »");
        }

        @Test
        @DisplayName("with Cannes added to the locations, nothing is said")
        void listed() {
            assertThat(found(l -> {
                montrealOnly(l);
                ((ArrayNode) l.get("locations")).addObject().put("city", "Cannes").put("region", "international")
                        .put("country", "FR");
            })).isEmpty();
        }
    }

    @Nested
    @DisplayName("An edition that names a venue, or a province only, within a listed place")
    class WithinAListedPlace {

        @Test
        @DisplayName("a venue within a listed city, and a province whose city is listed, are covered")
        void covered() {
            assertThat(found(l -> {
                montrealOnly(l);
                ((ObjectNode) l.get("intakes").get(0)).putObject("location").put("region", "CA-QC").put("country", "CA");
                ((ObjectNode) l.get("intakes").get(1).get("location")).put("venue", "Concordia University");
            })).isEmpty();
        }

        @Test
        @DisplayName("a city written without its accent or its period is the same city")
        void cityAsWrittenElsewhere() {
            assertThat(found(l -> {
                montrealOnly(l);
                ((ObjectNode) l.get("intakes").get(0)).putObject("location").put("city", "MONTREAL").put("region", "CA-QC")
                        .put("country", "CA");
                ((ObjectNode) l.get("locations").get(0)).put("city", "St. John's").put("region", "CA-NL");
                ((ObjectNode) l.get("intakes").get(1)).putObject("location").put("city", "St John’s").put("region", "CA-NL")
                        .put("country", "CA");
                ((ArrayNode) l.get("locations")).addObject().put("city", "Montréal").put("region", "CA-QC").put("country", "CA");
            })).isEmpty();
        }

        @Test
        @DisplayName("the same city in another province is not")
        void otherProvince() {
            List<Finding> f = found(l -> {
                montrealOnly(l);
                ((ObjectNode) l.get("intakes").get(0)).putObject("location").put("city", "Montréal").put("region", "CA-ON")
                        .put("country", "CA");
            });
            assertThat(f).hasSize(1);
            assertThat(f.get(0).message().in(Lang.EN)).contains("intake 1, Montréal, Ontario, is not");
        }
    }

    @Test
    @DisplayName("a listing with no locations is told to add the edition's place there")
    void noLocations() {
        List<Finding> f = found(l -> {
            montrealOnly(l);
            l.remove("locations");
        });
        assertThat(f).hasSize(2);
        assertThat(f.get(0).message().in(Lang.EN)).isEqualTo("The place of intake 1 is Cannes, France, but the program gives no locations.");
        assertThat(f.get(1).fix().in(Lang.EN)).isEqualTo("Add Montréal, Quebec to `locations`, where every place of the program is listed.");
    }
}

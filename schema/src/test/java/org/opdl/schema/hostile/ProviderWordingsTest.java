package org.opdl.schema.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Lang;
import org.opdl.schema.hostile.ReaderCatalogueTest.Read;
import org.opdl.schema.testing.NoNetwork;
import tools.jackson.databind.JsonNode;

/**
 * Provider wordings of the sixth round, typed as English- and French-speaking coordinators type
 * them: each read as the provider meant it, or refused at its cell with what was read and a fix.
 */
@DisplayName("Provider wordings read as the provider meant them")
@ExtendWith(NoNetwork.class)
class ProviderWordingsTest {

    private static Read read(String csv) {
        return CsvCatalogueTest.readAll(csv);
    }

    private static List<Finding> errors(Read r, String rule) {
        return r.notes().stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    @Test
    @DisplayName("W11: hours a week typed with their unit (40 h, 30 h/wk, 30 h / semaine, 30 hours per week) are read")
    void hoursWithTheirUnit() {
        Read r = read("Listing ID,Hours per week\r\n"
                + "listing:nfb/hothouse,40 h\r\n"
                + "listing:cmpa/star,30 h/wk\r\n"
                + "listing:aqpm/mentorat,30 h / semaine\r\n"
                + "listing:banff/iss,30 hours per week\r\n"
                + "listing:inis/cours,\"7,5 heures par semaine\"\r\n"
                + "listing:cfc/lab,35hrs/week\r\n");
        assertThat(r.records()).extracting(s -> s.listing().at("/timeCommitment/hoursPerWeek").asString())
                .containsExactly("40", "30", "30", "30", "7.5", "35");
        assertThat(errors(r, "opdl.csv.unreadable")).isEmpty();
        assertThat(r.notes()).filteredOn(f -> f.message(Lang.EN).startsWith("6 number(s)")).hasSize(1);
    }

    @Test
    @DisplayName("W11: hours that are no number of hours (20-25 h, varies, 30 h per month) are refused with what to write")
    void hoursThatCannotBeRead() {
        Read r = read("Listing ID,Hours per week\r\n"
                + "listing:nfb/hothouse,20-25 h\r\n"
                + "listing:cmpa/star,varies\r\n"
                + "listing:aqpm/mentorat,30 h par mois\r\n");
        List<Finding> refused = errors(r, "opdl.csv.unreadable");
        assertThat(refused).hasSize(3);
        assertThat(refused.get(0).location()).isInstanceOf(Location.Csv.class);
        assertThat(refused.get(0).message(Lang.EN)).contains("\"20-25 h\"").contains("hours in a typical week");
        assertThat(refused.get(2).message(Lang.FR)).contains("« 30 h par mois »").contains("heures par semaine habituelle");
        assertThat(r.records()).allSatisfy(s -> assertThat(s.listing().has("timeCommitment")).isFalse());
    }

    @Test
    @DisplayName("W12: relève, de la relève and producteurs de la relève in Career stages are entry and emerging, as the crosswalk maps them")
    void releveIsTheCrosswalksStages() {
        Read r = read("ID de la fiche,Stades de carrière\r\n"
                + "listing:quebec-cinema/talent-lab,relève\r\n"
                + "listing:aqpm/mentorat,producteurs de la relève\r\n"
                + "listing:spira/labo,de la relève\r\n"
                + "listing:sodec/aide,de la relève à mi-carrière\r\n");
        assertThat(r.records()).extracting(s -> s.listing().get("careerStages").toString()).containsExactly(
                "[\"entry\",\"emerging\"]", "[\"entry\",\"emerging\"]", "[\"entry\",\"emerging\"]",
                "[\"entry\",\"emerging\",\"early-career\",\"mid-career\"]");
        Finding stated = r.notes().stream().filter(f -> f.message(Lang.EN).contains("crosswalk")).findFirst().orElseThrow();
        assertThat(stated.message(Lang.EN)).startsWith("4 career-stage wording(s)").contains("\"relève\" as entry | emerging");
        assertThat(stated.message(Lang.FR)).contains("table de correspondance");
    }

    @Test
    @DisplayName("W12: a stage wording with a word the crosswalk does not know, or a number, is left to the unknown code's finding")
    void stageWordingNotGuessed() {
        Read r = read("Listing ID,Career stages\r\n"
                + "listing:hot-docs/incubator,\"mid-career, with 1 to 3 docs\"\r\n"
                + "listing:cfc/lab,promising\r\n");
        assertThat(r.records().get(0).listing().get("careerStages").toString()).isEqualTo("[\"mid-career, with 1 to 3 docs\"]");
        assertThat(r.records().get(1).listing().get("careerStages").toString()).isEqualTo("[\"promising\"]");
        assertThat(r.notes()).noneMatch(f -> f.message(Lang.EN).contains("crosswalk"));
    }

    @Test
    @DisplayName("W13: a location's Region typed BC and AB, QC et ON or Prairies is one location per region, the country repeated")
    void locationInSeveralRegions() {
        Read r = read("Listing ID,City,Region,Country\r\n"
                + "listing:telefilm/talent-to-watch,,BC and AB,CA\r\n"
                + "listing:aqpm/mentorat,,QC et ON,Canada\r\n"
                + "listing:nsi/prairies,,Prairies,\r\n");
        assertThat(r.records().get(0).listing().get("locations").toString())
                .isEqualTo("[{\"region\":\"CA-BC\",\"country\":\"CA\"},{\"region\":\"CA-AB\",\"country\":\"CA\"}]");
        assertThat(r.records().get(1).listing().get("locations").toString())
                .isEqualTo("[{\"region\":\"CA-QC\",\"country\":\"CA\"},{\"region\":\"CA-ON\",\"country\":\"CA\"}]");
        assertThat(r.records().get(2).listing().get("locations").size()).isEqualTo(3);
        assertThat(errors(r, "opdl.csv.unreadable")).isEmpty();
        assertThat(r.notes()).anyMatch(f -> f.message(Lang.EN).contains("\"BC and AB\" as BC | AB"));
    }

    @Test
    @DisplayName("W13: several regions beside a city are refused at the cell, naming the regions and one location per region")
    void severalRegionsBesideACity() {
        Read r = read("Ville,ID de la fiche,Région,Pays\r\n"
                + "Montréal,listing:inis/cours,QC et ON,CA\r\n");
        Finding refused = errors(r, "opdl.csv.unreadable").get(0);
        assertThat(refused.message(Lang.FR)).contains("« QC et ON » nomme 2 régions (QC | ON)");
        assertThat(refused.fix().in(Lang.FR)).contains("écrivez QC | ON ici");
        assertThat(refused.message(Lang.EN)).contains("a location lies in one region");
        assertThat(r.records().get(0).listing().at("/locations/0/city").asString()).isEqualTo("Montréal");
        assertThat(r.records().get(0).listing().at("/locations/0").has("region")).isFalse();
    }
}

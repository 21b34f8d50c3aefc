package org.opdl.schema.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.schema.hostile.CsvReads.read;
import static org.opdl.schema.hostile.CsvReads.refused;
import static org.opdl.schema.hostile.CsvReads.stated;

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
        assertThat(refused(r)).isEmpty();
        assertThat(r.notes()).filteredOn(f -> f.message(Lang.EN).startsWith("6 numbers")).hasSize(1);
    }

    @Test
    @DisplayName("W11: hours that are no number of hours (20-25 h, varies, 30 h per month) are refused with what to write")
    void hoursThatCannotBeRead() {
        Read r = read("Listing ID,Hours per week\r\n"
                + "listing:nfb/hothouse,20-25 h\r\n"
                + "listing:cmpa/star,varies\r\n"
                + "listing:aqpm/mentorat,30 h par mois\r\n");
        List<Finding> refused = refused(r);
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
        Finding stated = stated(r, "crosswalk");
        assertThat(stated.message(Lang.EN)).startsWith("4 career-stage wordings").contains("\"relève\" as entry | emerging");
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
        assertThat(refused(r)).isEmpty();
        assertThat(r.notes()).anyMatch(f -> f.message(Lang.EN).contains("\"BC and AB\" as BC | AB"));
    }

    @Test
    @DisplayName("W13: several regions beside a city are refused at the cell, naming the regions and one location per region")
    void severalRegionsBesideACity() {
        Read r = read("Ville,ID de la fiche,Région,Pays\r\n"
                + "Montréal,listing:inis/cours,QC et ON,CA\r\n");
        Finding refused = refused(r).get(0);
        assertThat(refused.message(Lang.FR)).contains("« QC et ON » nomme 2 régions (QC | ON)");
        assertThat(refused.fix().in(Lang.FR)).contains("écrivez QC | ON ici");
        assertThat(refused.message(Lang.EN)).contains("a location lies in one region");
        assertThat(r.records().get(0).listing().at("/locations/0/city").asString()).isEqualTo("Montréal");
        assertThat(r.records().get(0).listing().at("/locations/0").has("region")).isFalse();
    }

    @Test
    @DisplayName("W14: $10k, up to $250k in a maximum, 50% in a rate and 18+ in a minimum are read as the column means them")
    void boundsReadWhereTheColumnHoldsThem() {
        Read r = read("Listing ID,Stipend amount,Stipend currency,Award maximum amount,Award maximum currency,Subsidy rate,Min age\r\n"
                + "listing:bell-fund/short-form,$10k,CAD,up to $250k,CAD,50%,18+\r\n"
                + "listing:fonds-bell/courte,\"2,5 k$\",CAD,jusqu'à 250 000 $,CAD,50 %,18 ans et plus\r\n");
        for (var s : r.records()) {
            JsonNode one = s.listing();
            assertThat(one.at("/award/maximum/amount").asString()).isEqualTo("250000");
            assertThat(one.at("/subsidy/rate").asString()).isEqualTo("0.5");
            assertThat(one.at("/eligibility/minAge").asInt()).isEqualTo(18);
        }
        assertThat(r.records().get(0).listing().at("/stipend/amount/amount").asString()).isEqualTo("10000");
        assertThat(r.records().get(1).listing().at("/stipend/amount/amount").asString()).isEqualTo("2500");
        assertThat(refused(r)).isEmpty();
    }

    @Test
    @DisplayName("W14: up to is read in the columns the field table words as a cap, two amounts there suggest the largest, and a fee stays one amount")
    void capsAsTheFieldTableWordsThem() {
        Read r = read("Listing ID,Subsidy cap amount,Subsidy cap currency,Wage subsidy cap amount,Wage subsidy cap currency,Fee amount,Fee currency\r\n"
                + "listing:omdc/export,\"up to $3,000\",CAD,jusqu'à 10 000 $,CAD,,\r\n"
                + "listing:cmf/stage,,,\"$5,000 for features, $7,500 for series\",CAD,up to $100,CAD\r\n");
        assertThat(r.records().get(0).listing().at("/subsidy/cap/amount").asString()).isEqualTo("3000");
        assertThat(r.records().get(0).listing().at("/wageSubsidy/cap/amount").asString()).isEqualTo("10000");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(2);
        assertThat(refused.get(0).message(Lang.EN)).contains("the largest, 7500, here");
        assertThat(refused.get(0).message(Lang.FR)).contains("le plus élevé, 7500, ici");
        assertThat(refused.get(1).message(Lang.EN)).contains("\"up to $100\"");
    }

    @Test
    @DisplayName("W14: ranges, up to and a capped share where one number goes are refused, naming the columns they go in; a duration range is read")
    void rangesSayWhereTheyGo() {
        Read r = read("Listing ID,Stipend amount,Stipend currency,Min age,Duration\r\n"
                + "listing:cmpa/star,\"$14,300–$16,000\",CAD,18-35,20–22 weeks\r\n"
                + "listing:telefilm/talent,up to $250k,CAD,18 to 35,4 to 6 days\r\n"
                + "listing:omdc/fund,\"50% up to $3,000\",CAD,,\r\n");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(5);
        assertThat(refused.get(0).message(Lang.EN)).contains("\"Award minimum amount\"").contains("\"Money notes\"");
        assertThat(refused.get(1).message(Lang.EN)).contains("18 in \"Min age\" and 35 in \"Max age\"");
        assertThat(refused.get(1).message(Lang.FR)).contains("18 dans « Âge min. » et 35 dans « Âge max. »");
        assertThat(refused.get(2).message(Lang.EN)).contains("\"Award maximum amount\"");
        assertThat(refused.get(3).fix().in(Lang.EN)).isEqualTo("put the smallest, 18, in \"Min age\" and the largest, 35, in \"Max age\"");
        assertThat(refused.get(4).message(Lang.EN)).contains("0.5 in \"Subsidy rate\" and 3000 in \"Subsidy cap amount\"");
        assertThat(refused.get(4).message(Lang.FR)).contains("0.5 dans « Taux de subvention »");
        assertThat(r.records()).allSatisfy(s -> assertThat(s.listing().at("/eligibility/minAge").isMissingNode()).isTrue());
        // Duration ranges, refused here until standard 0.2 gave them minDuration and maxDuration, are now read.
        assertThat(r.records().get(0).listing().path("minDuration").asString()).isEqualTo("P140D");
        assertThat(r.records().get(1).listing().path("maxDuration").asString()).isEqualTo("P6D");
    }

    @Test
    @DisplayName("W14: a duration range typed in Duration (20–22 weeks, 20 à 22 semaines, 4 to 6 months) is read as the shortest and longest durations, stated once")
    void durationRangesReadAsShortestAndLongest() {
        Read r = read("Listing ID,Duration\r\n"
                + "listing:cmpa/production-mentorship,20–22 weeks\r\n"
                + "listing:cmpa/mentorat-production,20 à 22 semaines\r\n"
                + "listing:cmpa/virtual-mentorship,4 to 6 months\r\n"
                + "listing:inis/programmes,de 5 à 10 mois\r\n"
                + "listing:bell-media/accelerator,6 weeks to 2 months\r\n"
                + "listing:hot-docs/incubator,8 months\r\n");
        assertThat(r.records()).extracting(s -> s.listing().path("minDuration").asString("") + " " + s.listing().path("maxDuration").asString(""))
                .containsExactly("P140D P154D", "P140D P154D", "P4M P6M", "P5M P10M", "P42D P2M", " ");
        assertThat(r.records().subList(0, 5)).allSatisfy(s -> assertThat(s.listing().has("duration")).isFalse());
        assertThat(r.records().get(5).listing().path("duration").asString()).isEqualTo("P8M");
        assertThat(refused(r)).isEmpty();
        List<Finding> stated = r.notes().stream().filter(f -> f.message(Lang.EN).startsWith("5 duration ranges")).toList();
        assertThat(stated).hasSize(1);
        assertThat(stated.get(0).message(Lang.EN)).contains("\"20–22 weeks\" as P140D – P154D");
        assertThat(stated.get(0).message(Lang.FR)).startsWith("5 intervalles de durées");
        assertThat(stated.get(0).location()).isInstanceOf(Location.Csv.class);
    }

    @Test
    @DisplayName("W14: a duration range whose end the row's own Min duration cell contradicts keeps that cell, and says so on the range")
    void durationRangeAgainstItsOwnColumns() {
        Read r = read("Listing ID,Duration,Min duration,Max duration\r\n"
                + "listing:cmpa/production-mentorship,20–22 weeks,P147D,\r\n"
                + "listing:cmpa/bob-crowe,20–22 weeks,P140D,P154D\r\n");
        assertThat(r.records().get(0).listing().path("minDuration").asString()).isEqualTo("P147D");
        assertThat(r.records().get(0).listing().path("maxDuration").asString()).isEqualTo("P154D");
        assertThat(r.records().get(1).listing().path("minDuration").asString()).isEqualTo("P140D");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).message(Lang.EN)).contains("\"20–22 weeks\"").contains("P140D").contains("\"Min duration\"").contains("P147D");
        assertThat(refused.get(0).message(Lang.FR)).contains("« Durée min. »");
        assertThat(CsvCatalogueTest.places(r, "opdl.csv.unreadable")).containsExactly("2 Duration");
    }

    @Test
    @DisplayName("W14: a range typed in Min duration is refused, naming both ends and both columns; a component's range still goes in the description")
    void durationRangeInOneEnd() {
        Read r = read("Listing ID,Min duration,Component,Component duration\r\n"
                + "listing:cmpa/production-mentorship,20–22 weeks,,\r\n"
                + "listing:bell-media/accelerator,,Production mentorship,8 to 10 months\r\n");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(2);
        assertThat(refused.get(1).message(Lang.EN)).contains("\"8 to 10 months\"").contains("with the range in the description");
        assertThat(refused.get(0).message(Lang.EN)).contains("P140D in \"Min duration\" and P154D in \"Max duration\"");
        assertThat(refused.get(0).message(Lang.FR)).contains("P140D dans « Durée min. » et P154D dans « Durée max. »");
    }

    @Test
    @DisplayName("W15: citizen or permanent resident, as eligibility is worded, is both statuses; a label with ou is not cut")
    void eitherStatus() {
        Read r = read("Listing ID,Residency status\r\n"
                + "listing:telefilm/talent,Canadian citizen or permanent resident\r\n"
                + "listing:cmpa/star,must be a Canadian citizen or permanent resident\r\n"
                + "listing:sodec/aide,citoyen canadien ou résident permanent\r\n"
                + "listing:aqpm/mentorat,\"Citoyenne ou citoyen canadien, Résidente ou résident permanent\"\r\n"
                + "listing:inis/cours,Citoyenne ou citoyen canadien\r\n");
        assertThat(r.records()).extracting(s -> s.listing().at("/eligibility/residencyStatus").toString()).containsExactly(
                "[\"citizen\",\"permanent-resident\"]", "[\"citizen\",\"permanent-resident\"]",
                "[\"citizen\",\"permanent-resident\"]", "[\"citizen\",\"permanent-resident\"]", "[\"citizen\"]");
        assertThat(refused(r)).isEmpty();
    }
}

package org.opdl.schema.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.schema.hostile.CsvReads.at;
import static org.opdl.schema.hostile.CsvReads.read;
import static org.opdl.schema.hostile.CsvReads.refused;
import static org.opdl.schema.hostile.CsvReads.stated;
import static org.opdl.schema.hostile.CsvReads.withRule;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Lang;
import org.opdl.schema.hostile.ReaderCatalogueTest.Read;
import org.opdl.schema.testing.NoNetwork;

/**
 * Provider wordings of the seventh round, typed as calls for applications write them: a cell that
 * states a second fact beside its own (a group's ages, a duration's commitment), and a concept
 * named by several of its own words.
 */
@DisplayName("Provider wordings, third round: two facts in a cell, one concept in several words")
@ExtendWith(NoNetwork.class)
class ThirdRoundWordingsTest {

    @Test
    @DisplayName("W16: youth 18-35, youth (18–35), jeunes 18-35 ans, jeunes de 15 à 30 ans are youth with the ages in Min age and Max age")
    void youthWithTheirAges() {
        Read r = read("Listing ID,Target groups,Min age,Max age\r\n"
                + "listing:nfb/hothouse,youth 18-35,,\r\n"
                + "listing:cmpa/star,youth (18–35),18,35\r\n"
                + "listing:aqpm/mentorat,jeunes 18-35 ans,,\r\n"
                + "listing:wapikoni/escale,jeunes de 15 à 30 ans,15,\r\n");
        assertThat(withRule(r, "opdl.vocab.unknown-code")).isEmpty();
        assertThat(refused(r)).isEmpty();
        for (int i = 0; i < 4; i++) {
            assertThat(at(r, i, "/eligibility/targetGroups")).isEqualTo("[\"youth\"]");
        }
        assertThat(at(r, 0, "/eligibility/minAge") + at(r, 0, "/eligibility/maxAge")).isEqualTo("1835");
        assertThat(at(r, 1, "/eligibility/minAge") + at(r, 1, "/eligibility/maxAge")).isEqualTo("1835");
        assertThat(at(r, 3, "/eligibility/minAge") + at(r, 3, "/eligibility/maxAge")).isEqualTo("1530");
        Finding stated = stated(r, "age range");
        assertThat(stated.message(Lang.EN)).startsWith("4 target groups").contains("\"youth 18-35\" as youth, 18–35");
        assertThat(stated.message(Lang.FR)).contains("tranche d'âge");
    }

    @Test
    @DisplayName("W16: ages that differ from Min age, or that bound one group of several, are refused at the cell naming both; the group is kept")
    void youthAgesNotGuessed() {
        Read r = read("Listing ID,Target groups,Min age,Max age,Priority to\r\n"
                + "listing:nfb/hothouse,youth 18-35,21,,\r\n"
                + "listing:cmpa/star,women | youth 18-35,,,\r\n"
                + "listing:aqpm/mentorat,,,,jeunes 18-35 ans\r\n");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(3);
        assertThat(refused.get(0).message(Lang.EN)).contains("\"youth 18-35\"").contains("\"Min age\" holds 21");
        assertThat(refused.get(0).message(Lang.FR)).contains("« Min age » contient 21");
        assertThat(((Location.Csv) refused.get(1).location()).heading()).isEqualTo("Target groups");
        assertThat(refused.get(1).message(Lang.EN)).contains("only");
        assertThat(refused.get(1).fix().in(Lang.EN)).contains("\"Eligibility notes\"");
        assertThat(refused.get(2).fix().in(Lang.FR)).contains("« Notes sur l'admissibilité »");
        assertThat(at(r, 0, "/eligibility/minAge")).isEqualTo("21");
        assertThat(at(r, 0, "/eligibility/maxAge")).isEqualTo("-");
        assertThat(at(r, 0, "/eligibility/targetGroups")).isEqualTo("[\"youth\"]");
        assertThat(at(r, 1, "/eligibility/targetGroups")).isEqualTo("[\"women\",\"youth\"]");
        assertThat(at(r, 1, "/eligibility/minAge")).isEqualTo("-");
        assertThat(at(r, 2, "/eligibility/prioritised")).isEqualTo("[\"youth\"]");
        assertThat(at(r, 2, "/eligibility/maxAge")).isEqualTo("-");
    }

    @Test
    @DisplayName("W17: rural/remote, rural or remote, régions rurales ou éloignées, milieu rural ou éloigné are regional-remote-northern")
    void ruralOrRemoteIsOneConcept() {
        Read r = read("Listing ID,Target groups\r\n"
                + "listing:nsi/new-voices,rural/remote\r\n"
                + "listing:cfc/lab,rural or remote\r\n"
                + "listing:spira/labo,régions rurales ou éloignées\r\n"
                + "listing:wapikoni/escale,milieu rural ou éloigné\r\n"
                + "listing:bell-fund/short-form,rural and remote areas\r\n"
                + "listing:reelworld/emerging-20,newcomers and refugees\r\n");
        assertThat(r.records()).extracting(s -> s.listing().at("/eligibility/targetGroups").toString()).containsExactly(
                "[\"regional-remote-northern\"]", "[\"regional-remote-northern\"]", "[\"regional-remote-northern\"]",
                "[\"regional-remote-northern\"]", "[\"regional-remote-northern\"]", "[\"newcomers\"]");
        assertThat(withRule(r, "opdl.csv.same-item")).isEmpty();
        assertThat(withRule(r, "opdl.vocab.unknown-code")).isEmpty();
        Finding stated = stated(r, "words of one concept");
        assertThat(stated.message(Lang.EN)).startsWith("6 cells").contains("\"rural/remote\" as regional-remote-northern");
        assertThat(stated.message(Lang.FR)).contains("un seul concept");
    }

    @Test
    @DisplayName("W17: words of two concepts, or a word of none, are not read as one concept")
    void oneConceptNotGuessed() {
        Read r = read("Listing ID,Target groups\r\n"
                + "listing:nsi/new-voices,rural or Indigenous\r\n"
                + "listing:cfc/lab,rural or northern Ontario\r\n");
        assertThat(at(r, 0, "/eligibility/targetGroups")).isEqualTo("[\"regional-remote-northern\",\"indigenous\"]");
        assertThat(at(r, 1, "/eligibility/targetGroups")).isEqualTo("[\"rural or northern Ontario\"]");
        assertThat(r.notes()).noneMatch(f -> f.message(Lang.EN).contains("words of one concept"));
    }

    @Test
    @DisplayName("W18: 6 months part-time, 6 mois à temps partiel, 12 weeks full-time are the duration and the commitment")
    void durationWithItsCommitment() {
        Read r = read("Listing ID,Duration,Full or part time\r\n"
                + "listing:inis/cours,6 months part-time,\r\n"
                + "listing:aqpm/mentorat,6 mois à temps partiel,part-time\r\n"
                + "listing:nfb/hothouse,12 weeks full-time,\r\n");
        assertThat(refused(r)).isEmpty();
        assertThat(r.records()).extracting(s -> s.listing().at("/duration").asString()).containsExactly("P6M", "P6M", "P84D");
        assertThat(r.records()).extracting(s -> s.listing().at("/timeCommitment/mode").asString())
                .containsExactly("part-time", "part-time", "full-time");
        Finding stated = stated(r, "full or part time");
        assertThat(stated.message(Lang.EN)).startsWith("3 durations").contains("\"6 months part-time\" as P6M, part-time");
        assertThat(stated.message(Lang.FR)).contains("temps plein ou partiel");
    }

    @Test
    @DisplayName("W18: a commitment the Full or part time cell contradicts is refused naming both; a range is left as it was")
    void durationCommitmentNotGuessed() {
        Read r = read("Listing ID,Duration,Full or part time\r\n"
                + "listing:inis/cours,6 months part-time,full-time\r\n"
                + "listing:cmpa/star,20–22 weeks part-time,\r\n");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(2);
        assertThat(refused.get(0).message(Lang.EN)).contains("\"part-time\"").contains("\"Full or part time\" holds full-time");
        assertThat(refused.get(0).fix().in(Lang.FR)).contains("« Full or part time »");
        assertThat(at(r, 0, "/duration")).isEqualTo("\"P6M\"");
        assertThat(at(r, 0, "/timeCommitment/mode")).isEqualTo("\"full-time\"");
        assertThat(at(r, 1, "/duration")).isEqualTo("-");
        assertThat(at(r, 1, "/timeCommitment")).isEqualTo("-");
    }

    @Test
    @DisplayName("W18: without a Full or part time column the commitment is still kept")
    void commitmentWithoutItsColumn() {
        Read r = read("ID de la fiche,Durée\r\nlisting:inis/cours,10 mois à temps plein\r\n");
        assertThat(at(r, 0, "/duration")).isEqualTo("\"P10M\"");
        assertThat(at(r, 0, "/timeCommitment/mode")).isEqualTo("\"full-time\"");
    }

    @Test
    @DisplayName("W19: about 8 places and environ 8 places are 8, approximate; 8 places is 8; each intake keeps its own")
    void placesAsCallsWriteThem() {
        Read r = read("Listing ID,Places,Places approximate\r\n"
                + "listing:winnipeg-film-group/lab,about 8 places,\r\n"
                + "listing:winnipeg-film-group/mentorat,environ 8 places,oui\r\n"
                + "listing:winnipeg-film-group/pitch,12 places | about 6 places,\r\n");
        assertThat(refused(r)).isEmpty();
        assertThat(at(r, 0, "/intakes")).isEqualTo("[{\"places\":8,\"placesApproximate\":true}]");
        assertThat(at(r, 1, "/intakes")).isEqualTo("[{\"places\":8,\"placesApproximate\":true}]");
        assertThat(at(r, 2, "/intakes")).isEqualTo("[{\"places\":12},{\"places\":6,\"placesApproximate\":true}]");
        Finding stated = stated(r, "of places written with words");
        assertThat(stated.message(Lang.EN)).startsWith("4 numbers").contains("\"about 8 places\" as ≈ 8");
        assertThat(stated.message(Lang.FR)).contains("« Places approximatives »");
    }

    @Test
    @DisplayName("W19: 8-10 places says which number to write; about 8 places beside Places approximate no is refused naming both")
    void placesNotGuessed() {
        Read r = read("Listing ID,Places,Places approximate\r\n"
                + "listing:winnipeg-film-group/lab,8-10 places,\r\n"
                + "listing:winnipeg-film-group/pitch,about 8 places,no\r\n");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(2);
        assertThat(refused.get(0).message(Lang.EN)).contains("the most the call announces, 10, with yes in \"Places approximate\"");
        assertThat(refused.get(0).message(Lang.FR)).contains("« Places approximatives »");
        assertThat(refused.get(1).message(Lang.EN)).contains("\"Places approximate\" holds no");
        assertThat(at(r, 0, "/intakes")).isEqualTo("-");
        assertThat(at(r, 1, "/intakes")).isEqualTo("[{\"places\":8,\"placesApproximate\":false}]");
    }

    @Test
    @DisplayName("W20: fall 2026, automne 2026 and Spring 2027 in Season are the season with the intake's year")
    void seasonWithItsYear() {
        Read r = read("Listing ID,Season,Year\r\n"
                + "listing:winnipeg-film-group/lab,fall 2026,\r\n"
                + "listing:winnipeg-film-group/mentorat,automne 2026,2026\r\n"
                + "listing:winnipeg-film-group/pitch,Spring 2027 | fall 2027,\r\n"
                + "listing:nsi/new-voices,winter 2027,2026\r\n");
        assertThat(withRule(r, "opdl.vocab.unknown-code")).isEmpty();
        assertThat(at(r, 0, "/intakes")).isEqualTo("[{\"year\":2026,\"season\":\"autumn\"}]");
        assertThat(at(r, 1, "/intakes")).isEqualTo("[{\"year\":2026,\"season\":\"autumn\"}]");
        assertThat(at(r, 2, "/intakes")).isEqualTo("[{\"year\":2027,\"season\":\"spring\"},{\"year\":2027,\"season\":\"autumn\"}]");
        Finding refused = refused(r).get(0);
        assertThat(refused.message(Lang.EN)).contains("\"winter 2027\" also gives \"2027\", but \"Year\" holds 2026");
        assertThat(at(r, 3, "/intakes")).isEqualTo("[{\"year\":2026,\"season\":\"winter\"}]");
        Finding stated = stated(r, "with their year");
        assertThat(stated.message(Lang.EN)).startsWith("4 seasons").contains("\"fall 2026\" as autumn, 2026");
        assertThat(stated.message(Lang.FR)).contains("« Année »");
    }

    @Test
    @DisplayName("W21: emerging producers (1 to 3 credits) is the stage with Min and Max professional credits; a bound the row contradicts is refused")
    void stageWithItsCredits() {
        Read r = read("Listing ID,Career stages,Min professional credits,Max professional credits,Min completed works\r\n"
                + "listing:winnipeg-film-group/lab,emerging producers (1 to 3 credits),,,\r\n"
                + "listing:hot-docs/incubator,mid-career (2-5 films),,,\r\n"
                + "listing:cmpa/star,emerging (1 to 3 credits),2,,\r\n");
        assertThat(withRule(r, "opdl.vocab.unknown-code")).isEmpty();
        assertThat(at(r, 0, "/careerStages")).isEqualTo("[\"emerging\"]");
        assertThat(at(r, 0, "/eligibility")).isEqualTo("{\"minCredits\":1,\"maxCredits\":3}");
        assertThat(at(r, 1, "/eligibility")).isEqualTo("{\"minCompletedWorks\":2,\"maxCompletedWorks\":5}");
        Finding refused = refused(r).get(0);
        assertThat(refused.message(Lang.EN)).contains("also gives \"1 to 3 credits\", but \"Min professional credits\" holds 2");
        assertThat(at(r, 2, "/careerStages")).isEqualTo("[\"emerging\"]");
        assertThat(at(r, 2, "/eligibility")).isEqualTo("{\"minCredits\":2}");
        Finding stated = stated(r, "credits, works or years");
        assertThat(stated.message(Lang.EN)).startsWith("2 career stages").contains("\"emerging producers (1 to 3 credits)\" as emerging producers, 1–3");
        assertThat(stated.message(Lang.FR)).contains("crédits, d'œuvres ou d'années");
    }

    @Test
    @DisplayName("W22: a deadline typed with its hour says the day to write and where the hour goes, in both languages")
    void deadlineWithItsHour() {
        Read r = read("Listing ID,Application deadline\r\n"
                + "listing:winnipeg-film-group/lab,2027-03-15 11:59 pm ET\r\n"
                + "listing:winnipeg-film-group/mentorat,15 mars 2027 à 17 h\r\n"
                + "listing:winnipeg-film-group/pitch,\"March 15, 2027\"\r\n");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(2);
        assertThat(refused.get(0).message(Lang.EN)).contains("a day such as 2027-03-15").contains("the hour, 11:59 pm ET, goes in the description");
        assertThat(refused.get(1).message(Lang.FR)).contains("un jour comme 2027-03-15").contains("l'heure, 17 h, va dans la description");
        assertThat(at(r, 2, "/intakes/0/applicationDeadline")).isEqualTo("\"2027-03-15\"");
    }
}

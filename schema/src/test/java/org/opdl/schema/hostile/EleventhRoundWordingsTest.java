package org.opdl.schema.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.schema.hostile.CsvReads.at;
import static org.opdl.schema.hostile.CsvReads.read;
import static org.opdl.schema.hostile.CsvReads.refused;
import static org.opdl.schema.hostile.CsvReads.stated;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opdl.model.finding.Finding;
import org.opdl.model.text.Lang;
import org.opdl.schema.hostile.ReaderCatalogueTest.Read;
import org.opdl.schema.testing.NoNetwork;

/**
 * Provider wordings of the eleventh round: running times in minutes, an amount with its currency,
 * a largest number of places, an age bound said to be inclusive, a stage with the least of its
 * figures, and a kind of credit in the plural.
 */
@DisplayName("Provider wordings, eleventh round: minutes, currencies, places, inclusive bounds, stage figures, plural credits")
@ExtendWith(NoNetwork.class)
class EleventhRoundWordingsTest {

    @Test
    @DisplayName("W50: 75 minutes, 90 min, 1 hour 15 minutes are running times in Min work length")
    void runningTimesInMinutes() {
        Read r = read("Listing ID,Min work length\r\n"
                + "listing:telefilm/talent-to-watch,75 minutes\r\n"
                + "listing:sodec/aide-emergente,90 min\r\n"
                + "listing:ontario-creates/ifpf,1 hour 15 minutes\r\n"
                + "listing:inis/cinemaginaire,1 heure 30 minutes\r\n"
                + "listing:cmpa/prime-time,1 h 15\r\n"
                + "listing:doc/breakthrough,75 minutes 90 minutes\r\n");
        assertThat(at(r, 0, "/eligibility/minWorkLength")).isEqualTo("\"PT75M\"");
        assertThat(at(r, 1, "/eligibility/minWorkLength")).isEqualTo("\"PT90M\"");
        assertThat(at(r, 2, "/eligibility/minWorkLength")).isEqualTo("\"PT1H15M\"");
        assertThat(at(r, 3, "/eligibility/minWorkLength")).isEqualTo("\"PT1H30M\"");
        assertThat(at(r, 4, "/eligibility/minWorkLength")).isEqualTo("\"PT1H15M\"");
        assertThat(at(r, 5, "/eligibility/minWorkLength")).isEqualTo("-");
        assertThat(refused(r)).hasSize(1);
    }

    @Test
    @DisplayName("an approximate duration (~3 days, about 6 weeks, environ 3 mois) is refused, never read without its \"about\"")
    void approximateDuration() {
        Read r = read("Listing ID,Duration\r\n"
                + "listing:banff/spark,~3 days\r\n"
                + "listing:cmpa/prime-time,about 6 weeks\r\n"
                + "listing:inis/cinemaginaire,environ 3 mois\r\n"
                + "listing:nsi/series-incubator,3 days\r\n");
        assertThat(at(r, 0, "/duration")).isEqualTo("-");
        assertThat(at(r, 1, "/duration")).isEqualTo("-");
        assertThat(at(r, 2, "/duration")).isEqualTo("-");
        assertThat(at(r, 3, "/duration")).isEqualTo("\"P3D\"");
        assertThat(refused(r)).hasSize(3);
    }

    @Test
    @DisplayName("W51: CAD 250, 250 $ CA, USD 40 give their currency where the row leaves it blank; another currency there is refused")
    void amountWithItsCurrency() {
        Read r = read("Listing ID,Fee type,Fee amount,Fee currency,Stipend amount\r\n"
                + "listing:wiftv/market-mentorship,application,CAD 250,,\r\n"
                + "listing:sodec/aide-aux-marches,application,250 $ CA,,\r\n"
                + "listing:hot-docs/accelerator,application,USD 40,,\r\n"
                + "listing:nsi/global-marketing,application,USD 40,CAD,\r\n"
                + "listing:cmpa/prime-time,application,$250,,C$1500\r\n");
        assertThat(at(r, 0, "/fees/0/amount")).isEqualTo("{\"amount\":\"250\",\"currency\":\"CAD\"}");
        assertThat(at(r, 1, "/fees/0/amount")).isEqualTo("{\"amount\":\"250\",\"currency\":\"CAD\"}");
        assertThat(at(r, 2, "/fees/0/amount")).isEqualTo("{\"amount\":\"40\",\"currency\":\"USD\"}");
        assertThat(at(r, 3, "/fees/0/amount")).isEqualTo("{\"amount\":\"40\",\"currency\":\"CAD\"}");
        assertThat(at(r, 4, "/fees/0/amount")).isEqualTo("{\"amount\":\"250\"}");
        assertThat(at(r, 4, "/stipend/amount")).isEqualTo("{\"amount\":\"1500\",\"currency\":\"CAD\"}");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).message(Lang.EN)).contains("also gives \"USD\", but \"Fee currency\" holds CAD");
        assertThat(refused.get(0).message(Lang.FR)).contains("donne aussi « USD »");
        assertThat(stated(r, "currency that names them").message(Lang.FR)).startsWith("4 montants");
    }

    @Test
    @DisplayName("W52: up to 12, max. 12, jusqu'à 12, 12 max in Places are the most the intake takes; 6 placements is 6")
    void largestNumberOfPlaces() {
        Read r = read("Listing ID,Places\r\n"
                + "listing:tiff/studio,up to 12\r\n"
                + "listing:nsi/features-first,max. 12\r\n"
                + "listing:inis/cinemaginaire,jusqu'à 12\r\n"
                + "listing:cmpa/prime-time,12 max\r\n"
                + "listing:hot-docs/accelerator,up to 12 participants\r\n"
                + "listing:doc/breakthrough,fewer than 12\r\n"
                + "listing:cmpa/production-mentorship,6 placements\r\n");
        for (int row = 0; row < 5; row++) {
            assertThat(at(r, row, "/intakes/0/places")).isEqualTo("12");
        }
        assertThat(at(r, 5, "/intakes/0/places")).isEqualTo("-");
        assertThat(at(r, 6, "/intakes/0/places")).isEqualTo("6");
        assertThat(refused(r)).hasSize(1);
    }

    @Test
    @DisplayName("W53: 30 (inclusive), 30 inclusivement, up to and including 30 are read in Max age")
    void inclusiveMaximum() {
        Read r = read("Listing ID,Max age\r\n"
                + "listing:telefilm/talent-to-watch,30 (inclusive)\r\n"
                + "listing:sodec/aide-emergente,30 inclusivement\r\n"
                + "listing:inis/cinemaginaire,jusqu'à 30 ans inclusivement\r\n"
                + "listing:cmpa/prime-time,up to and including 30\r\n"
                + "listing:doc/breakthrough,30 or younger\r\n");
        for (int row = 0; row < 5; row++) {
            assertThat(at(r, row, "/eligibility/maxAge")).isEqualTo("30");
        }
        assertThat(refused(r)).isEmpty();
    }

    @Test
    @DisplayName("W54: mid-career (5+ yrs) is the stage with its least years; emerging (0-2 credits) keeps both ends")
    void stageWithItsLeast() {
        Read r = read("Listing ID,Career stages,Min years of practice,Max years of practice\r\n"
                + "listing:cmpa/national-mentorship,mid-career (5+ yrs),,\r\n"
                + "listing:bell-fund/diverse-producers,emerging (0-2 credits),,\r\n"
                + "listing:telefilm/talent-to-watch,mid-career (5+ years),3,\r\n");
        assertThat(at(r, 0, "/careerStages")).isEqualTo("[\"mid-career\"]");
        assertThat(at(r, 0, "/eligibility/minYears")).isEqualTo("5");
        assertThat(at(r, 0, "/eligibility/maxYears")).isEqualTo("-");
        assertThat(at(r, 1, "/eligibility/minCredits")).isEqualTo("0");
        assertThat(at(r, 1, "/eligibility/maxCredits")).isEqualTo("2");
        assertThat(at(r, 2, "/eligibility/minYears")).isEqualTo("3");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).message(Lang.EN)).contains("\"Min years of practice\" holds 3");
    }

    @Test
    @DisplayName("W55: broadcast credits, crédits de diffusion name their kind in the plural; theatrical feature credits is refused with where \"feature\" goes")
    void creditKindInThePlural() {
        Read r = read("Listing ID,Kind of credit\r\n"
                + "listing:bell-fund/diverse-producers,broadcast credits\r\n"
                + "listing:sodec/aide-emergente,crédits de diffusion\r\n"
                + "listing:telefilm/talent-to-watch,theatrical credits\r\n"
                + "listing:nsi/features-first,theatrical feature credits\r\n"
                + "listing:sodec/aide-aux-marches,crédits de longs métrages en salle\r\n"
                + "listing:hot-docs/accelerator,feature documentaries\r\n");
        assertThat(at(r, 0, "/eligibility/creditKind")).isEqualTo("\"broadcast\"");
        assertThat(at(r, 1, "/eligibility/creditKind")).isEqualTo("\"broadcast\"");
        assertThat(at(r, 2, "/eligibility/creditKind")).isEqualTo("\"theatrical\"");
        assertThat(at(r, 3, "/eligibility/creditKind")).isEqualTo("-");
        assertThat(at(r, 5, "/eligibility/creditKind")).isEqualTo("\"feature documentaries\"");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(2);
        assertThat(refused.get(0).message(Lang.EN)).contains("one kind of credit alone, theatrical, here, and \"feature\" in \"Min work length\"");
        assertThat(refused.get(1).message(Lang.FR)).contains("theatrical, ici, et « de longs métrages » dans « Durée min. de l'œuvre »");
    }
}

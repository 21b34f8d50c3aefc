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
 * Provider wordings of the tenth round: statuses in the plural, residents of a group of provinces
 * or based in one, a largest number in words, a minimum age "or older", millions, a delivery mode
 * with its place, a day not set yet or a season, and durations given as sessions or as intensive.
 */
@DisplayName("Provider wordings, tenth round: plurals, residents, maximums in words, millions, places, unset days, sessions")
@ExtendWith(NoNetwork.class)
class TenthRoundWordingsTest {

    @Test
    @DisplayName("W41: Canadian citizens or permanent residents, in the plural, and Canadian citizen/PR are both statuses")
    void statusesInThePlural() {
        Read r = read("Listing ID,Residency status\r\n"
                + "listing:telefilm/talent-to-watch,Canadian citizens or permanent residents\r\n"
                + "listing:cmpa/national-mentorship,Canadian citizens and permanent residents\r\n"
                + "listing:sodec/aide-emergente,citoyens canadiens ou résidents permanents\r\n"
                + "listing:creative-bc/amp,Canadian status\r\n"
                + "listing:ontario-creates/ifpf,Canadian citizen/PR\r\n");
        assertThat(at(r, 0, "/eligibility/residencyStatus")).isEqualTo("[\"citizen\",\"permanent-resident\"]");
        assertThat(at(r, 1, "/eligibility/residencyStatus")).isEqualTo("[\"citizen\",\"permanent-resident\"]");
        assertThat(at(r, 2, "/eligibility/residencyStatus")).isEqualTo("[\"citizen\",\"permanent-resident\"]");
        assertThat(at(r, 3, "/eligibility/residencyStatus")).isEqualTo("[\"Canadian status\"]");
        assertThat(at(r, 4, "/eligibility/residencyStatus")).isEqualTo("[\"citizen\",\"permanent-resident\"]");
    }

    @Test
    @DisplayName("W42: residents of Atlantic Canada, résidents du Canada atlantique, Ontario-based are the regions")
    void residentsOfAGroupOrBasedInARegion() {
        Read r = read("Listing ID,Residence\r\n"
                + "listing:nsi/features-first,residents of Atlantic Canada\r\n"
                + "listing:fmc/aqpm-mentorat,résidents du Canada atlantique\r\n"
                + "listing:on-screen-manitoba/market-travel,Prairies residents only\r\n"
                + "listing:ontario-creates/ifpf,Ontario-based\r\n"
                + "listing:on-screen-manitoba/mentorship,based in Manitoba\r\n"
                + "listing:sodec/aide-emergente,établis au Québec\r\n"
                + "listing:creative-bc/amp,Vancouver-based\r\n");
        assertThat(at(r, 0, "/eligibility/residence")).isEqualTo("[\"CA-NB\",\"CA-NS\",\"CA-PE\",\"CA-NL\"]");
        assertThat(at(r, 1, "/eligibility/residence")).isEqualTo("[\"CA-NB\",\"CA-NS\",\"CA-PE\",\"CA-NL\"]");
        assertThat(at(r, 2, "/eligibility/residence")).isEqualTo("[\"CA-AB\",\"CA-SK\",\"CA-MB\"]");
        assertThat(at(r, 3, "/eligibility/residence")).isEqualTo("[\"CA-ON\"]");
        assertThat(at(r, 4, "/eligibility/residence")).isEqualTo("[\"CA-MB\"]");
        assertThat(at(r, 5, "/eligibility/residence")).isEqualTo("[\"CA-QC\"]");
        assertThat(at(r, 6, "/eligibility/residence")).isEqualTo("[\"Vancouver-based\"]");
        assertThat(stated(r, "who may apply").message(Lang.EN)).startsWith("6 region cells");
    }

    @Test
    @DisplayName("W43: no more than 2 credits, 35 and under, au plus 2 crédits are read in their maximum column; a strict bound or other words are refused")
    void maximumInWords() {
        Read r = read("Listing ID,Max professional credits,Max years of practice,Max age\r\n"
                + "listing:doc/breakthrough,no more than 2 credits,up to 5 years of experience,35 and under\r\n"
                + "listing:sodec/aide-emergente,au plus 2 crédits,5 ans ou moins,35 ans et moins\r\n"
                + "listing:telefilm/talent-to-watch,2 or fewer professional credits,,\r\n"
                + "listing:creative-bc/equity-emerging,fewer than 2 credits,less than 5 years,under 35\r\n"
                + "listing:nsi/features-first,no more than 2 feature credits,moins de 5 ans,\r\n");
        assertThat(at(r, 0, "/eligibility/maxCredits")).isEqualTo("2");
        assertThat(at(r, 0, "/eligibility/maxYears")).isEqualTo("5");
        assertThat(at(r, 0, "/eligibility/maxAge")).isEqualTo("35");
        assertThat(at(r, 1, "/eligibility/maxCredits")).isEqualTo("2");
        assertThat(at(r, 1, "/eligibility/maxYears")).isEqualTo("5");
        assertThat(at(r, 1, "/eligibility/maxAge")).isEqualTo("35");
        assertThat(at(r, 2, "/eligibility/maxCredits")).isEqualTo("2");
        assertThat(at(r, 3, "/eligibility/maxCredits")).isEqualTo("-");
        assertThat(at(r, 4, "/eligibility/maxCredits")).isEqualTo("-");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(5);
        assertThat(refused.get(0).message(Lang.EN)).contains("1 here, since 2 itself is not allowed");
        assertThat(refused.get(2).message(Lang.EN)).contains("34 here, since 35 itself is not allowed");
        assertThat(refused.get(3).message(Lang.EN)).contains("2, here, and the words beside it (\"feature credits\") in \"Eligibility notes\"");
        assertThat(refused.get(4).message(Lang.FR)).contains("4 ici, puisque 5 n'est pas admis");
    }

    @Test
    @DisplayName("W44: 18 years or older is read in Min age, as 18+ is")
    void minimumAgeOrOlder() {
        Read r = read("Listing ID,Min age\r\n"
                + "listing:bell-fund/diverse-producers,18 years or older\r\n"
                + "listing:wiftv/market-mentorship,18 years and older\r\n");
        assertThat(at(r, 0, "/eligibility/minAge")).isEqualTo("18");
        assertThat(at(r, 1, "/eligibility/minAge")).isEqualTo("18");
        assertThat(refused(r)).isEmpty();
    }

    @Test
    @DisplayName("W45: $1.5M, 1,25 M$ and $2 million are millions; $1.5M in total gives the million in its fix")
    void millions() {
        Read r = read("Listing ID,Budget envelope amount,Budget envelope currency\r\n"
                + "listing:bell-fund/diverse-producers,$1.5M,CAD\r\n"
                + "listing:fmc/pandc-production,\"1,25 M$\",CAD\r\n"
                + "listing:telefilm/talent-to-watch,$2 million,CAD\r\n"
                + "listing:creative-bc/amp,$1.5M in total,CAD\r\n"
                + "listing:ontario-creates/ifpf,$100 monthly,CAD\r\n");
        assertThat(at(r, 0, "/budget/amount")).isEqualTo("\"1500000\"");
        assertThat(at(r, 1, "/budget/amount")).isEqualTo("\"1250000\"");
        assertThat(at(r, 2, "/budget/amount")).isEqualTo("\"2000000\"");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(2);
        assertThat(refused.get(0).message(Lang.EN)).contains("the amount alone, 1500000, here, and the words beside it (\"in total\")");
        assertThat(refused.get(1).message(Lang.EN)).contains("the amount alone, 100, here, and the words beside it (\"monthly\")");
    }

    @Test
    @DisplayName("W46: in person in Montréal, en personne à Québec, hybrid (Toronto + online) are refused, the fix giving the mode and City")
    void deliveryModeWithItsPlace() {
        Read r = read("Listing ID,Delivery mode\r\n"
                + "listing:inis/cinemaginaire,in person in Montréal\r\n"
                + "listing:sodec/aide-emergente,en personne à Québec\r\n"
                + "listing:tiff/studio,hybrid (Toronto + online)\r\n"
                + "listing:cmpa/wide-lens,online in English\r\n"
                + "listing:cmpa/prime-time,Online (Zoom)\r\n"
                + "listing:hot-docs/accelerator,In person\r\n");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(3);
        assertThat(refused.get(0).message(Lang.EN)).contains("the delivery mode alone, in-person, here, and the place (\"Montréal\") in \"City\"");
        assertThat(refused.get(1).message(Lang.FR)).contains("le mode de prestation seul, in-person, ici, et le lieu (« Québec ») dans « Ville »");
        assertThat(refused.get(2).message(Lang.EN)).contains("hybrid, here, and the place (\"Toronto\")");
        assertThat(at(r, 0, "/deliveryMode")).isEqualTo("-");
        assertThat(at(r, 3, "/deliveryMode")).isEqualTo("\"online in English\"");
        assertThat(at(r, 4, "/deliveryMode")).isEqualTo("\"Online (Zoom)\"");
        assertThat(at(r, 5, "/deliveryMode")).isEqualTo("\"in-person\"");
    }

    @Test
    @DisplayName("W47: TBA, à confirmer, Deadline: rolling, Spring 2027, Q2 2027 are refused as dates, each fix saying where the words go")
    void dayNotSetOrASeason() {
        Read r = read("Listing ID,Application deadline,Start date\r\n"
                + "listing:nsi/global-marketing,TBA,\r\n"
                + "listing:sodec/aide-aux-marches,à confirmer,\r\n"
                + "listing:wiftv/market-mentorship,Deadline: rolling,\r\n"
                + "listing:tiff/studio,,Spring 2027\r\n"
                + "listing:inis/cinemaginaire,,printemps 2027\r\n"
                + "listing:hot-docs/accelerator,,Q2 2027\r\n"
                + "listing:cmpa/prime-time,,Jan-Mar 2027\r\n"
                + "listing:doc/breakthrough,\"March 15, 2027\",\r\n");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(7);
        assertThat(refused.get(0).message(Lang.EN)).contains("a day not set yet (\"TBA\") is no date: leave the cell blank");
        assertThat(refused.get(1).message(Lang.FR)).contains("un jour pas encore fixé (« à confirmer »)");
        assertThat(refused.get(2).message(Lang.EN)).contains("write rolling in \"Recurrence\"");
        assertThat(refused.get(3).message(Lang.EN)).contains("a season or part of a year (\"Spring 2027\") names no day")
                .contains("the year in \"Year\", a season in \"Season\"");
        assertThat(refused.get(4).message(Lang.FR)).contains("« Saison »");
        assertThat(at(r, 0, "/intakes/0/applicationDeadline")).isEqualTo("-");
        assertThat(at(r, 3, "/intakes/0/startDate")).isEqualTo("-");
        assertThat(at(r, 7, "/intakes/0/applicationDeadline")).isEqualTo("\"2027-03-15\"");
    }

    @Test
    @DisplayName("W48: 3 x 2-day sessions and one week intensive are refused as durations, the fix saying where sessions and intensive go")
    void durationAsSessionsOrIntensive() {
        Read r = read("Listing ID,Duration\r\n"
                + "listing:banff/diversity-of-voices,3 x 2-day sessions\r\n"
                + "listing:inis/cinemaginaire,3 séances de 2 jours\r\n"
                + "listing:cmpa/prime-time,one week intensive\r\n"
                + "listing:sodec/aide-emergente,1 semaine intensive\r\n"
                + "listing:hot-docs/accelerator,12 semaines\r\n");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(4);
        assertThat(refused.get(0).message(Lang.EN)).contains("3 in \"Sessions\" and P2D in \"Session length\"");
        assertThat(refused.get(1).message(Lang.FR)).contains("3 dans « Séances » et P2D dans « Durée des séances »");
        assertThat(refused.get(2).message(Lang.EN)).contains("one duration alone, P7D, here, and \"intensive\" in the description");
        assertThat(refused.get(3).message(Lang.FR)).contains("P7D, ici, et « intensif »");
        assertThat(at(r, 4, "/duration")).isEqualTo("\"P84D\"");
    }

    @Test
    @DisplayName("W49: a session length in hours and minutes as Quebec writes it, 3 h 30 or 1h30, is read")
    void hoursAndMinutes() {
        Read r = read("Listing ID,Component (en),Session length\r\n"
                + "listing:inis/cinemaginaire,Atelier,3 h 30\r\n"
                + "listing:sodec/aide-emergente,Atelier,1h30\r\n"
                + "listing:cmpa/prime-time,Workshop,3 h 75\r\n");
        assertThat(at(r, 0, "/components/0/sessionLength")).isEqualTo("\"PT3H30M\"");
        assertThat(at(r, 1, "/components/0/sessionLength")).isEqualTo("\"PT1H30M\"");
        assertThat(at(r, 2, "/components/0/sessionLength")).isEqualTo("-");
        assertThat(refused(r)).hasSize(1);
    }
}

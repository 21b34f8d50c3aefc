package org.opdl.schema.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opdl.model.finding.Finding;
import org.opdl.model.text.Lang;
import org.opdl.schema.hostile.ReaderCatalogueTest.Read;
import org.opdl.schema.testing.NoNetwork;
import tools.jackson.databind.JsonNode;

/**
 * Provider wordings of the ninth round: two amounts in one cell, a duration with its schedule, a
 * deadline counted from an event, a target group's credits where they bound some applicants only,
 * a fee paid by non-members only, a minimum written in words and a duration's number in words.
 */
@DisplayName("Provider wordings, sixth round: two caps, schedules, relative deadlines, credits, non-members' fees, minimums in words")
@ExtendWith(NoNetwork.class)
class SixthRoundWordingsTest {

    private static Read read(String csv) {
        return CsvCatalogueTest.readAll(csv);
    }

    private static String at(Read r, int row, String pointer) {
        JsonNode n = r.records().get(row).listing().at(pointer);
        return n.isMissingNode() ? "-" : n.toString();
    }

    private static List<Finding> refused(Read r) {
        return r.notes().stream().filter(f -> f.ruleId().equals("opdl.csv.unreadable")).toList();
    }

    @Test
    @DisplayName("W34: two caps in one Subsidy cap cell are refused, the fix naming the largest for the cap and Money notes for each")
    void twoCapsInOneCell() {
        Read r = read("Listing ID,Subsidy rate,Subsidy cap amount,Subsidy cap currency,Fee type,Fee amount,Fee currency\r\n"
                + "listing:creative-bc/market-travel,0.5,\"$5,000 for features, $2,500 for shorts\",CAD,,,\r\n"
                + "listing:on-screen-manitoba/market-travel,0.5,$3000 (North America) / $4000 (international),CAD,,,\r\n"
                + "listing:sodec/aide-aux-marches,0.5,\"5 000 $ pour les longs métrages, 2 500 $ pour les courts\",CAD,,,\r\n"
                + "listing:doc/business-leap,,,,tuition,$25 (members) / $50 (non-members),CAD\r\n"
                + "listing:nsi/features-first,,,,application-fee,$100 (non-refundable),CAD\r\n"
                + "listing:hot-docs/us-market,,,,application-fee,1500 $ US,CAD\r\n");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(6);
        assertThat(refused.get(0).message(Lang.EN)).contains("the largest, 5000, here")
                .contains("each amount with what it is for in \"Money notes\"");
        assertThat(refused.get(1).message(Lang.EN)).contains("the largest, 4000, here");
        assertThat(refused.get(2).message(Lang.FR)).contains("le plus élevé, 5000, ici").contains("« Notes financières »");
        assertThat(refused.get(3).message(Lang.EN)).contains("the amount every participant pays or receives here, if there is one");
        assertThat(refused.get(4).message(Lang.EN)).contains("the amount alone, 100, here, and the words beside it (\"(non-refundable)\")");
        assertThat(refused.get(4).fix().en()).isEqualTo("write 100 here, and \"(non-refundable)\" in \"Money notes\"");
        assertThat(refused.get(5).message(Lang.EN)).contains("also gives \"$ US\", but \"Fee currency\" holds CAD").doesNotContain("Money notes");
        assertThat(at(r, 0, "/subsidy/cap/amount")).isEqualTo("-");
    }

    @Test
    @DisplayName("W35: 6-month program, 1 day/week and 6 mois, 1 jour par semaine are refused, the fix giving P6M and where the schedule goes")
    void durationWithItsSchedule() {
        Read r = read("Listing ID,Duration\r\n"
                + "listing:tiff/studio,\"6-month program, 1 day/week\"\r\n"
                + "listing:inis/cinemaginaire,\"6 mois, 1 jour par semaine\"\r\n"
                + "listing:hot-docs/accelerator,\"3 months (2 evenings a week)\"\r\n"
                + "listing:cmpa/virtual-mentorship,10 sessions over 3 months\r\n");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(4);
        assertThat(refused.get(0).message(Lang.EN)).contains("P6M here, and the schedule (\"1 day/week\") in the description")
                .contains("\"Hours per week\"");
        assertThat(refused.get(1).message(Lang.FR)).contains("P6M ici, et l'horaire (« 1 jour par semaine »)");
        assertThat(refused.get(2).message(Lang.EN)).contains("P3M here, and the schedule (\"2 evenings a week\")");
        assertThat(refused.get(3).message(Lang.EN)).contains("P3M here, and the sessions (\"10 sessions\") in \"Sessions\"");
        assertThat(refused.get(3).fix().fr()).contains("« Séances »");
        assertThat(at(r, 0, "/duration")).isEqualTo("-");
    }

    @Test
    @DisplayName("W40: a duration whose number is a word (One year, six mois, Two weeks) is read; Two weekends is still refused")
    void durationWithANumberWord() {
        Read r = read("Listing ID,Duration\r\n"
                + "listing:tiff/studio,One year\r\n"
                + "listing:inis/cinemaginaire,six mois\r\n"
                + "listing:cmpa/prime-time,Two weeks\r\n"
                + "listing:wiftv/market-mentorship,Two weekends\r\n");
        assertThat(at(r, 0, "/duration")).isEqualTo("\"P1Y\"");
        assertThat(at(r, 1, "/duration")).isEqualTo("\"P6M\"");
        assertThat(at(r, 2, "/duration")).isEqualTo("\"P14D\"");
        assertThat(at(r, 3, "/duration")).isEqualTo("-");
        assertThat(refused(r)).hasSize(1);
    }

    @Test
    @DisplayName("W36: a deadline counted from an event is refused at the cell, the fix saying the words go in Timing; no date is written")
    void deadlineCountedFromAnEvent() {
        Read r = read("Listing ID,Application deadline,Start date\r\n"
                + "listing:nsi/global-marketing,at least 6 weeks before the market,\r\n"
                + "listing:sodec/aide-aux-marches,au moins 6 semaines avant le marché,\r\n"
                + "listing:wiftv/market-mentorship,,2 weeks after the festival\r\n"
                + "listing:hot-docs/accelerator,2027-03-15,\r\n");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(3);
        assertThat(refused.get(0).message(Lang.EN)).contains("a day counted from an event (\"at least 6 weeks before the market\")")
                .contains("\"Timing\"");
        assertThat(refused.get(1).message(Lang.FR)).contains("« Moment »");
        assertThat(at(r, 0, "/intakes/0/applicationDeadline")).isEqualTo("-");
        assertThat(at(r, 3, "/intakes/0/applicationDeadline")).isEqualTo("\"2027-03-15\"");
    }

    @Test
    @DisplayName("W37: a group's credits as 2+ or two or more are read; beside another group or in Priority to they are refused, the groups kept")
    void groupCreditsWhereTheyBoundSome() {
        Read r = read("Listing ID,Target groups,Priority to,Min professional credits\r\n"
                + "listing:bell-fund/diverse-producers,BIPOC producers with 2+ credits,,\r\n"
                + "listing:bso/mentorship,Black producers with two or more produced credits,,\r\n"
                + "listing:telefilm/talent-to-watch,Indigenous producers with at least one credit | women,,\r\n"
                + "listing:fmc/pandc-production,,BIPOC producers with at least one produced credit,\r\n"
                + "listing:isuma/lab,\"producteurs autochtones ayant au moins deux crédits\",,\r\n"
                + "listing:bso/cohorte,créateurs noirs avec 2 crédits ou plus,,\r\n");
        assertThat(at(r, 0, "/eligibility/targetGroups")).isEqualTo("[\"racialized\"]");
        assertThat(at(r, 0, "/eligibility/minCredits")).isEqualTo("2");
        assertThat(at(r, 1, "/eligibility/targetGroups")).isEqualTo("[\"black\"]");
        assertThat(at(r, 1, "/eligibility/minCredits")).isEqualTo("2");
        assertThat(at(r, 2, "/eligibility/targetGroups")).isEqualTo("[\"indigenous\",\"women\"]");
        assertThat(at(r, 2, "/eligibility/minCredits")).isEqualTo("-");
        assertThat(at(r, 3, "/eligibility/prioritised")).isEqualTo("[\"racialized\"]");
        assertThat(at(r, 3, "/eligibility/minCredits")).isEqualTo("-");
        assertThat(at(r, 4, "/eligibility/minCredits")).isEqualTo("2");
        assertThat(at(r, 5, "/eligibility/targetGroups")).isEqualTo("[\"black\"]");
        assertThat(at(r, 5, "/eligibility/minCredits")).isEqualTo("2");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(2);
        assertThat(refused.get(0).message(Lang.EN)).contains("gives the fewest credits, 1, of Indigenous producers only");
        assertThat(refused.get(1).fix().en()).contains("write the credits in \"Eligibility notes\"");
        assertThat(refused.get(1).fix().fr()).contains("« Notes sur l'admissibilité »");
    }

    @Test
    @DisplayName("W38: Free for members, $50 for non-members is the fee, with yes in Fee for non-members only")
    void feePaidByNonMembers() {
        Read r = read("Listing ID,Fee type,Fee amount,Fee currency,Fee for non-members only\r\n"
                + "listing:doc/business-leap,application-fee,\"Free for members, $50 for non-members\",CAD,\r\n"
                + "listing:aqpm/mentorat,application-fee,\"Gratuit pour les membres, 50 $ pour les non-membres\",CAD,oui\r\n"
                + "listing:wiftv/market-mentorship,application-fee,$25 for non-members,CAD,\r\n"
                + "listing:cmpa/wide-lens,application-fee,$25 for non-members,CAD,no\r\n");
        assertThat(at(r, 0, "/fees/0/amount/amount")).isEqualTo("\"50\"");
        assertThat(at(r, 0, "/fees/0/nonMembersOnly")).isEqualTo("true");
        assertThat(at(r, 1, "/fees/0/amount/amount")).isEqualTo("\"50\"");
        assertThat(at(r, 2, "/fees/0/nonMembersOnly")).isEqualTo("true");
        assertThat(at(r, 3, "/fees/0/amount/amount")).isEqualTo("\"25\"");
        assertThat(at(r, 3, "/fees/0/nonMembersOnly")).isEqualTo("false");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).message(Lang.EN)).contains("\"Fee for non-members only\" holds no");
        Finding stated = r.notes().stream().filter(f -> f.message(Lang.EN).contains("paid by non-members only")).findFirst().orElseThrow();
        assertThat(stated.message(Lang.EN)).startsWith("3 fees");
        assertThat(stated.message(Lang.FR)).contains("« Frais pour non-membres seulement »");
    }

    @Test
    @DisplayName("W39: at least 2 credits, 2+ produced credits, au moins 3 ans de pratique are read in their minimum column; another unit is not")
    void minimumInWords() {
        Read r = read("Listing ID,Min professional credits,Min years of practice\r\n"
                + "listing:doc/breakthrough,at least 2 credits,at least 3 years of professional practice\r\n"
                + "listing:banff/diversity-of-voices,2+ produced credits,3+ years\r\n"
                + "listing:sodec/emergence,au moins 2 crédits,au moins 3 ans de pratique professionnelle\r\n"
                + "listing:eave/producers-workshop,at least 5 years,5 credits or more\r\n");
        assertThat(at(r, 0, "/eligibility/minCredits")).isEqualTo("2");
        assertThat(at(r, 0, "/eligibility/minYears")).isEqualTo("3");
        assertThat(at(r, 1, "/eligibility/minCredits")).isEqualTo("2");
        assertThat(at(r, 2, "/eligibility/minCredits")).isEqualTo("2");
        assertThat(at(r, 2, "/eligibility/minYears")).isEqualTo("3");
        assertThat(at(r, 3, "/eligibility/minCredits")).isEqualTo("-");
        assertThat(at(r, 3, "/eligibility/minYears")).isEqualTo("-");
        assertThat(refused(r)).hasSize(2);
    }
}

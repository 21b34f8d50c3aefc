package org.opdl.schema.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.schema.hostile.CsvReads.at;
import static org.opdl.schema.hostile.CsvReads.read;
import static org.opdl.schema.hostile.CsvReads.refused;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opdl.model.finding.Finding;
import org.opdl.model.text.Lang;
import org.opdl.schema.hostile.ReaderCatalogueTest.Read;
import org.opdl.schema.testing.NoNetwork;

/**
 * Provider wordings of the twelfth round: a least amount in its own column, a count of placements
 * with their length, numbers written as words, shares with their words, and places counted by
 * the producers or teams they take.
 */
@DisplayName("Provider wordings, twelfth round: least amounts, placements with their length, number words, shares")
@ExtendWith(NoNetwork.class)
class TwelfthRoundWordingsTest {

    @Test
    @DisplayName("W56: min $16,000, at least $16K, 16 000 $ et plus, ≥ $6,500 are read in a least amount's column, refused with that column elsewhere")
    void leastAmountInItsColumn() {
        Read r = read("Listing ID,Stipend amount,Stipend minimum amount,Stipend host share amount,Award minimum amount\r\n"
                + "listing:cmpa/bso-mentorship,,\"min $16,000\",\"≥ $6,500\",\r\n"
                + "listing:cmpa/telefilm-marketing,,minimum 16 000 $,au moins 6 500 $,\r\n"
                + "listing:cmpa/bell-digital,,at least $16K,\"$4,000 min.\",\r\n"
                + "listing:sodec/aide-emergente,,16 000 $ et plus,,\"min $10,000\"\r\n"
                + "listing:cmpa/production-mentorship,\"min $16,000\",,,\r\n");
        for (int row = 0; row < 4; row++) {
            assertThat(at(r, row, "/stipend/minimum/amount")).isEqualTo("\"16000\"");
        }
        assertThat(at(r, 0, "/stipend/hostShare/amount")).isEqualTo("\"6500\"");
        assertThat(at(r, 1, "/stipend/hostShare/amount")).isEqualTo("\"6500\"");
        assertThat(at(r, 2, "/stipend/hostShare/amount")).isEqualTo("\"4000\"");
        assertThat(at(r, 3, "/award/minimum/amount")).isEqualTo("\"10000\"");
        assertThat(at(r, 4, "/stipend/amount")).isEqualTo("-");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).message(Lang.EN)).contains("16000 goes in \"Stipend minimum amount\"");
        assertThat(refused.get(0).message(Lang.FR)).contains("16000 va dans « Montant (allocation minimale) »");
    }

    @Test
    @DisplayName("W57: six 20-week placements, 3 x 12-week residencies, deux stages de 10 semaines, 20 × $20,000 say where the count and the length or amount go")
    void countWithItsLength() {
        Read r = read("Listing ID,Duration,Places,Award amount\r\n"
                + "listing:cmpa/bell-digital,six 20-week placements,,\r\n"
                + "listing:cmpa/production-mentorship,,3 x 12-week residencies,\r\n"
                + "listing:inis/stages,deux stages de 10 semaines,,\r\n"
                + "listing:bso/black-creators,,,\"20 × $20,000\"\r\n"
                + "listing:cmpa/bob-crowe,20 weeks,6 placements,\r\n");
        assertThat(at(r, 0, "/duration")).isEqualTo("-");
        assertThat(at(r, 1, "/intakes/0/places")).isEqualTo("-");
        assertThat(at(r, 4, "/duration")).isEqualTo("\"P140D\"");
        assertThat(at(r, 4, "/intakes/0/places")).isEqualTo("6");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(4);
        assertThat(refused.get(0).message(Lang.EN)).contains("the length of each, P140D, here, and their number, 6, in \"Places\"");
        assertThat(refused.get(1).message(Lang.EN)).contains("3 here, and the length of each, P84D, in \"Duration\"");
        assertThat(refused.get(2).message(Lang.FR)).contains("la durée de chacun, P70D, ici, et leur nombre, 2, dans « Places »");
        assertThat(refused.get(3).message(Lang.EN)).contains("the amount each receives, 20000, here, and their number, 20, in \"Places\"");
    }

    @Test
    @DisplayName("W58: twelve, douze, eighteen, at least two credits are read; a dozen, several, one or two are refused with the fix")
    void numbersAsWords() {
        Read r = read("Listing ID,Places,Min age,Min professional credits,Year\r\n"
                + "listing:tiff/studio,twelve,eighteen,at least two credits,\r\n"
                + "listing:inis/cinemaginaire,douze,,au moins deux crédits,\r\n"
                + "listing:cmpa/prime-time,a dozen,,,\r\n"
                + "listing:hot-docs/accelerator,several,,,\r\n"
                + "listing:nsi/features-first,one or two,,,\r\n"
                + "listing:doc/breakthrough,twelve participants,,,twenty\r\n");
        assertThat(at(r, 0, "/intakes/0/places")).isEqualTo("12");
        assertThat(at(r, 0, "/eligibility/minAge")).isEqualTo("18");
        assertThat(at(r, 0, "/eligibility/minCredits")).isEqualTo("2");
        assertThat(at(r, 1, "/intakes/0/places")).isEqualTo("12");
        assertThat(at(r, 1, "/eligibility/minCredits")).isEqualTo("2");
        assertThat(at(r, 5, "/intakes/0/year")).isEqualTo("-");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(5);
        assertThat(refused.get(0).message(Lang.EN)).contains("the most the call announces, 12, with yes in \"Places approximate\"");
        assertThat(refused.get(1).message(Lang.EN)).contains("which \"several\" does not give: leave the cell blank");
        assertThat(refused.get(1).message(Lang.FR)).contains("ce que « several » ne donne pas");
        assertThat(refused.get(2).message(Lang.EN)).contains("the most the call announces, 2,");
        assertThat(refused.get(3).message(Lang.EN)).contains("a whole number in digits: 12 for \"twelve participants\"");
        assertThat(refused.get(4).message(Lang.EN)).contains("\"twenty\" cannot be read");
    }

    @Test
    @DisplayName("W59: 50% of eligible costs is the subsidy rate; up to 75%, a share with its cap, a range of shares and a share in an amount say where each part goes")
    void sharesWithTheirWords() {
        Read r = read("Listing ID,Subsidy rate,Subsidy cap amount,Wage subsidy rate,Award amount\r\n"
                + "listing:telefilm/talent-to-watch,50% of eligible costs,,50% du salaire,\r\n"
                + "listing:sodec/aide-aux-marches,50 % des coûts admissibles,jusqu'à concurrence de 50 000 $,,\r\n"
                + "listing:ontario-creates/ifpf,jusqu'à 75 %,,,\r\n"
                + "listing:omdc/market-travel,\"75% up to $50,000\",,,\r\n"
                + "listing:sodec/aide-emergente,75 % jusqu'à concurrence de 50 000 $,,,\r\n"
                + "listing:manitoba/market-travel,50-75%,,,\r\n"
                + "listing:cmf/pilot,50 percent,,,50% of the budget\r\n");
        assertThat(at(r, 0, "/subsidy/rate")).isEqualTo("\"0.5\"");
        assertThat(at(r, 0, "/wageSubsidy/rate")).isEqualTo("\"0.5\"");
        assertThat(at(r, 1, "/subsidy/rate")).isEqualTo("\"0.5\"");
        assertThat(at(r, 1, "/subsidy/cap/amount")).isEqualTo("\"50000\"");
        assertThat(at(r, 6, "/subsidy/rate")).isEqualTo("\"0.5\"");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(5);
        assertThat(refused.get(0).message(Lang.EN)).contains("the share alone, 0.75, here, and the words beside it (\"jusqu'à\") in \"Money notes\"");
        assertThat(refused.get(1).message(Lang.EN)).contains("the share alone, 0.75, here, and the cap, 50000, in \"Subsidy cap amount\"");
        assertThat(refused.get(2).message(Lang.FR)).contains("la part seule, 0.75, ici, et le plafond, 50000");
        assertThat(refused.get(3).message(Lang.EN)).contains("which a range is not");
        assertThat(refused.get(4).message(Lang.EN)).contains("an amount of money, which a share is not: 0.5 in \"Subsidy rate\"");
    }

    @Test
    @DisplayName("W60: 22 producers, 5 équipes, 4 projects in Places are the number, as 16 participants is")
    void placesByWhoTheyTake() {
        Read r = read("Listing ID,Places\r\n"
                + "listing:cmpa/prime-time,22 producers\r\n"
                + "listing:hot-docs/accelerator,5 équipes\r\n"
                + "listing:reelworld/black-entrepreneurs,16 participants\r\n"
                + "listing:hot-docs/forum,4 projects\r\n");
        assertThat(at(r, 0, "/intakes/0/places")).isEqualTo("22");
        assertThat(at(r, 1, "/intakes/0/places")).isEqualTo("5");
        assertThat(at(r, 2, "/intakes/0/places")).isEqualTo("16");
        assertThat(at(r, 3, "/intakes/0/places")).isEqualTo("4");
        assertThat(refused(r)).isEmpty();
    }
}

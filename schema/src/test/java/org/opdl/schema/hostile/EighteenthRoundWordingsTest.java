package org.opdl.schema.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.schema.hostile.CsvReads.at;
import static org.opdl.schema.hostile.CsvReads.read;
import static org.opdl.schema.hostile.CsvReads.refused;
import static org.opdl.schema.hostile.CsvReads.withRule;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opdl.model.finding.Finding;
import org.opdl.model.text.Lang;
import org.opdl.schema.hostile.ReaderCatalogueTest.Read;
import org.opdl.schema.testing.NoNetwork;

/**
 * Provider wordings of the eighteenth round: a least narrowed to a span of years, thousands that
 * could be decimals, dollars in words, a part of a day, and a credit named by its rank.
 */
@DisplayName("Provider wordings, eighteenth round: spans of years, thousands, dollars, half days, ranks of credits")
@ExtendWith(NoNetwork.class)
class EighteenthRoundWordingsTest {

    @Test
    @DisplayName("W95: 2+ credits since 2020, au moins 1 crédit depuis 2020 are refused with the least for the column and the span for the notes")
    void leastNarrowedToASpanOfYears() {
        Read r = read("Listing ID,Min professional credits,Min years of practice\r\n"
                + "listing:telefilm/talent-to-watch,2+ credits since 2020,\r\n"
                + "listing:sodec/aide-emergente,au moins 1 crédit depuis 2020,\r\n"
                + "listing:hot-docs/accelerator,at least 2 credits in the last 5 years,\r\n"
                + "listing:cmpa/prime-time,2 credits or 1 feature,\r\n"
                + "listing:bso/mentorship,2+ credits,\r\n");
        assertThat(at(r, 0, "/eligibility")).isEqualTo("-");
        assertThat(at(r, 4, "/eligibility/minCredits")).isEqualTo("2");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(4);
        assertThat(refused.get(0).fix().en()).isEqualTo("write 2 here, and \"since 2020\" in \"Eligibility notes\"");
        assertThat(refused.get(1).fix().fr()).isEqualTo("écrivez 1 ici, et « depuis 2020 » dans « Notes sur l'admissibilité »");
        assertThat(refused.get(2).fix().en()).isEqualTo("write 2 here, and \"in the last 5 years\" in \"Eligibility notes\"");
        // Another least after "or" is no span of time: the notes alone would not say it, so the plain refusal stays.
        assertThat(refused.get(3).fix().en()).startsWith("write the number in digits alone");
    }

    @Test
    @DisplayName("W96: 2,500k and $1.500M are refused with both readings, where 2,500k was read silently as 2500")
    void thousandsThatCouldBeDecimals() {
        Read r = read("Listing ID,Budget envelope amount,Budget envelope currency\r\n"
                + "listing:bell-fund/short-form,\"2,500k\",CAD\r\n"
                + "listing:cmf/digital-creators,$1.500M,CAD\r\n"
                + "listing:telefilm/talent-fund,\"2,5 k$\",CAD\r\n");
        assertThat(at(r, 0, "/budget/amount")).isEqualTo("-");
        assertThat(at(r, 2, "/budget/amount")).isEqualTo("\"2500\"");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(2);
        assertThat(refused.get(0).message(Lang.EN)).contains("it is 2500000 if its comma or dot separates thousands, as English writes them, "
                + "and 2500 if it marks decimals");
        assertThat(refused.get(0).fix().en()).isEqualTo("write the amount in digits alone, 2500000 or 2500, whichever the call means");
        assertThat(refused.get(1).fix().fr()).isEqualTo("écrivez le montant en chiffres seulement, 1500000000 ou 1500000, selon ce que l'appel veut dire");
    }

    @Test
    @DisplayName("W97: 2 500 k$ and 1 200 k$, thousands grouped by a space before k, are read as 2500000 and 1200000")
    void groupedThousandsBeforeK() {
        Read r = read("Listing ID,Budget envelope amount,Budget envelope currency\r\n"
                + "listing:sodec/aide-emergente,2 500 k$,CAD\r\n"
                + "listing:telefilm/talent-fund,1 200 k$,CAD\r\n");
        assertThat(at(r, 0, "/budget/amount")).isEqualTo("\"2500000\"");
        assertThat(at(r, 1, "/budget/amount")).isEqualTo("\"1200000\"");
        assertThat(refused(r)).isEmpty();
    }

    @Test
    @DisplayName("W98: 5000 dollars is read as 5000 $ is; dollars alone in an amount is refused with the sum and the currency's column")
    void dollarsInWords() {
        Read r = read("Listing ID,Stipend amount,Stipend currency\r\n"
                + "listing:bso/mentorship,5000 dollars,CAD\r\n"
                + "listing:sodec/aide-emergente,5 000 dollars canadiens,\r\n"
                + "listing:hot-docs/accelerator,dollars,\r\n");
        assertThat(at(r, 0, "/stipend/amount")).isEqualTo("{\"amount\":\"5000\",\"currency\":\"CAD\"}");
        assertThat(at(r, 1, "/stipend/amount")).isEqualTo("{\"amount\":\"5000\",\"currency\":\"CAD\"}");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).message(Lang.EN)).contains("it names a currency and no sum");
        assertThat(refused.get(0).fix().en()).isEqualTo("write the sum in digits here, such as 5000, and the currency in \"Stipend currency\" "
                + "(CAD for Canadian dollars, USD for US dollars), or leave both blank if the call gives no sum");
        assertThat(refused.get(0).fix().fr()).contains("et la devise dans « Devise (allocation) »");
    }

    @Test
    @DisplayName("W99: ½ journée, une demi-journée, half a day, 1.5 days in a duration are refused with the hours to write, not months or weeks")
    void partOfADay() {
        Read r = read("Listing ID,Component (en),Session length\r\n"
                + "listing:inis/formation-continue,Atelier,½ journée\r\n"
                + "listing:inis/formation-continue-2,Atelier,une demi-journée\r\n"
                + "listing:hot-docs/accelerator,Workshop,half a day\r\n"
                + "listing:reelworld/emerging-producers,Bootcamp,1.5 days\r\n"
                + "listing:bso/mentorship,Check-in,3 h\r\n");
        assertThat(at(r, 4, "/components/0/sessionLength")).isEqualTo("\"PT3H\"");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(4);
        assertThat(refused.get(0).message(Lang.FR)).contains("une partie de journée s'écrit en heures");
        assertThat(refused.get(0).fix().fr()).isEqualTo("écrivez les heures qu'elle dure, comme 3 h ou 3 h 30, si l'appel les donne; sinon, "
                + "laissez la cellule vide et mettez « ½ journée » dans la description");
        assertThat(refused.get(2).fix().en()).isEqualTo("write the hours it lasts, such as 3 h or 3 h 30, if the call gives them; otherwise "
                + "leave the cell blank and put \"half a day\" in the description");
        refused.forEach(f -> assertThat(f.fix().en()).doesNotContain("months"));
    }

    @Test
    @DisplayName("W100: 1er crédit, first credit, 2e œuvre are refused with the least if made and the most if sought, each in its column")
    void creditNamedByItsRank() {
        Read r = read("Listing ID,Min professional credits,Max professional credits,Min completed works\r\n"
                + "listing:sodec/aide-emergente,1er crédit,,\r\n"
                + "listing:telefilm/talent-to-watch,,first credit,\r\n"
                + "listing:inis/cinemaginaire,,,2e œuvre\r\n");
        assertThat(at(r, 0, "/eligibility")).isEqualTo("-");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(3);
        assertThat(refused.get(0).message(Lang.FR)).contains("la cellule nomme un crédit ou une œuvre par son rang");
        assertThat(refused.get(0).fix().fr()).isEqualTo("mettez 1 dans « Min. de crédits professionnels » si les candidats doivent l'avoir déjà fait, "
                + "ou 0 dans « Max. de crédits professionnels » si le programme s'adresse à qui le cherche");
        assertThat(refused.get(1).fix().en()).isEqualTo("put 1 in \"Min professional credits\" if applicants must have made it already, "
                + "or 0 in \"Max professional credits\" if the program is for those who seek it");
        assertThat(refused.get(2).fix().en()).startsWith("put 2 in \"Min completed works\"");
    }
}

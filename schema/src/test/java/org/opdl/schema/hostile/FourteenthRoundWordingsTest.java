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
 * Provider wordings of the fourteenth round: hours a week as a bound or a range, an amount over a
 * span of years, the fix of words that state no value, counts written the local way, numbers
 * doubled in words and digits or written with a sign, a least age after who may apply, and a
 * deadline without its year after its label and hour.
 */
@DisplayName("Provider wordings, fourteenth round: bounds of hours, amounts over a span, no value, counts, doubled and signed numbers, years")
@ExtendWith(NoNetwork.class)
class FourteenthRoundWordingsTest {

    @Test
    @DisplayName("W68: up to 12 h/week, max. 12 h/semaine, 10-12 h/week are refused saying they give the most or a range, not the usual hours")
    void hoursAsABoundOrARange() {
        Read r = read("Listing ID,Hours per week\r\n"
                + "listing:tiff/studio,up to 12 h/week\r\n"
                + "listing:inis/cinemaginaire,max. 12 h/semaine\r\n"
                + "listing:sodec/aide-emergente,jusqu'à 12 heures par semaine\r\n"
                + "listing:cmpa/bell-digital,10-12 h/week\r\n"
                + "listing:hot-docs/accelerator,12 h/week max\r\n"
                + "listing:reelworld/emerging-producers,de 10 à 12 h par semaine\r\n"
                + "listing:cmpa/prime-time,12 h/week\r\n");
        for (int row = 0; row < 6; row++) {
            assertThat(at(r, row, "/timeCommitment/hoursPerWeek")).isEqualTo("-");
        }
        assertThat(at(r, 6, "/timeCommitment/hoursPerWeek")).isEqualTo("\"12\"");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(6);
        assertThat(refused.get(0).message(Lang.EN)).contains("which \"up to 12 h/week\" does not give: it gives only the most, 12 hours");
        assertThat(refused.get(0).fix().en()).isEqualTo("write here the usual hours a week if the call gives them; "
                + "otherwise leave the cell blank and write \"up to 12 h/week\" in the description");
        assertThat(refused.get(1).message(Lang.FR)).contains("que « max. 12 h/semaine » ne donne pas : ces mots ne donnent que le maximum, 12 heures");
        assertThat(refused.get(2).message(Lang.EN)).contains("only the most, 12 hours");
        assertThat(refused.get(3).message(Lang.EN)).contains("it gives a range, from 10 to 12 hours");
        assertThat(refused.get(4).message(Lang.EN)).contains("only the most, 12 hours");
        assertThat(refused.get(5).message(Lang.FR)).contains("un écart, de 10 à 12 heures");
        assertThat(refused).allSatisfy(f -> assertThat(f.message(Lang.EN)).doesNotContain("such as 40, 7.5"));
    }

    @Test
    @DisplayName("W69: $100,000 over 4 years, 100 000 $ sur 4 ans in a money column are refused saying the amount is spread, with the fix for either column")
    void amountOverASpanOfYears() {
        Read r = read("Listing ID,Budget envelope amount,Budget envelope currency,Award amount,Award currency\r\n"
                + "listing:cmpa/bell-digital,\"$100,000 over 4 years\",CAD,,\r\n"
                + "listing:sodec/aide-emergente,,,100 000 $ sur 4 ans,CAD\r\n"
                + "listing:telefilm/talent-fund,,,\"$250K spread over 18 months\",CAD\r\n");
        assertThat(at(r, 0, "/budget/amount")).isEqualTo("-");
        assertThat(at(r, 1, "/award/amount/amount")).isEqualTo("-");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(3);
        assertThat(refused.get(0).message(Lang.EN)).contains("which \"$100,000 over 4 years\" is not alone: it gives 100000 over a span of time (\"over 4 years\")");
        assertThat(refused.get(0).fix().en()).isEqualTo("write 100000 here if this column holds the whole sum, or the amount the call gives "
                + "for one year or one payment if it holds that; and write \"over 4 years\" in \"Money notes\"");
        assertThat(refused.get(1).message(Lang.FR)).contains("ces mots donnent 100000 sur une période (« sur 4 ans »)");
        assertThat(refused.get(1).fix().fr()).contains("écrivez « sur 4 ans » dans « Notes financières »");
        assertThat(refused.get(2).message(Lang.EN)).contains("it gives 250000 over a span of time (\"spread over 18 months\")");
    }

    @Test
    @DisplayName("W70: N/A, N/D, s.o., sans objet, see website: the message says what the words are, the fix only what to do")
    void notStatedFixIsTheFix() {
        Read r = read("Listing ID,Places,Min age,Min professional credits,Stipend amount\r\n"
                + "listing:tiff/studio,N/A,,,\r\n"
                + "listing:inis/cinemaginaire,,s.o.,,\r\n"
                + "listing:sodec/aide-emergente,,,N/D,\r\n"
                + "listing:cmpa/bell-digital,,sans objet,,see website\r\n");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(5);
        assertThat(refused.get(0).message(Lang.EN)).contains("\"N/A\" is not: it says the value is not stated yet, not that there is none;")
                .doesNotContain("leave the cell blank");
        assertThat(refused.get(0).fix().en()).isEqualTo("leave the cell blank, which says the value is not stated, "
                + "and write the value here once the program gives it");
        assertThat(refused.get(1).fix().fr()).isEqualTo("laissez la cellule vide, ce qui dit que la valeur n'est pas indiquée, "
                + "et écrivez la valeur ici quand le programme la donne");
        assertThat(refused.get(4).message(Lang.EN)).contains("\"see website\" is not: it sends the reader to the program's page for it");
        assertThat(refused.get(4).fix().en()).startsWith("copy the value here from the program's page");
        assertThat(refused).allSatisfy(f -> {
            assertThat(f.fix().en()).doesNotContain("not that there is none").doesNotStartWith("write a value");
            assertThat(f.fix().fr()).doesNotContain("et non qu'il n'y en a aucune");
        });
    }

    @Test
    @DisplayName("W71: 1 000 and 1 500 in a count are read as numbers, under the note on numbers, which no longer calls them amounts")
    void countWrittenTheLocalWay() {
        Read r = read("Listing ID,Places,Applications received\r\n"
                + "listing:tiff/studio,1 000,1 500\r\n");
        assertThat(at(r, 0, "/intakes/0/places")).isEqualTo("1000");
        assertThat(at(r, 0, "/intakes/0/applications")).isEqualTo("1500");
        List<Finding> notes = withRule(r, "opdl.csv.number-normalised");
        assertThat(notes).hasSize(1);
        assertThat(notes.get(0).message(Lang.EN)).startsWith("2 numbers were read as plain numbers");
    }

    @Test
    @DisplayName("W76: 1,000 and 12.000 in a count are refused as a thousand or one, never read as 1 with a note on decimals")
    void countThatCouldBeAThousandOrOne() {
        Read r = read("Listing ID,Places,Applications received,Min professional credits\r\n"
                + "listing:tiff/studio,12.000,\"1,000\",\r\n"
                + "listing:inis/cinemaginaire,\"12,0\",\"1,000,000\",\"2,00\"\r\n");
        assertThat(at(r, 0, "/intakes/0/places")).isEqualTo("-");
        assertThat(at(r, 0, "/intakes/0/applications")).isEqualTo("-");
        assertThat(at(r, 1, "/intakes/0/places")).isEqualTo("12");
        assertThat(at(r, 1, "/intakes/0/applications")).isEqualTo("1000000");
        assertThat(at(r, 1, "/eligibility/minCredits")).isEqualTo("2");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(2);
        assertThat(refused.get(0).message(Lang.EN)).contains("which \"12.000\" is not: it could be 12000, as English groups thousands")
                .contains("or 12 with decimals");
        assertThat(refused.get(1).message(Lang.FR)).contains("ce que « 1,000 » n'est pas : ce peut être 1000");
        assertThat(refused.get(1).fix().en()).isEqualTo("write the count in digits alone, with no comma, dot or space: 1000 or 1, whichever the call means");
        assertThat(withRule(r, "opdl.csv.excel-number")).hasSize(2).noneMatch(f -> f.message(Lang.EN).contains("000"));
    }

    @Test
    @DisplayName("W72: at least one (1) credit, deux (2) crédits, one (1) are read when words and digits agree; two (3) credits is refused")
    void numberInWordsAndDigits() {
        Read r = read("Listing ID,Min professional credits,Places,Min years of practice\r\n"
                + "listing:cmpa/bell-digital,at least one (1) credit,one (1),\r\n"
                + "listing:sodec/aide-emergente,deux (2) crédits,,au moins trois (3) ans\r\n"
                + "listing:telefilm/talent-fund,two (3) credits,,\r\n");
        assertThat(at(r, 0, "/eligibility/minCredits")).isEqualTo("1");
        assertThat(at(r, 0, "/intakes/0/places")).isEqualTo("1");
        assertThat(at(r, 1, "/eligibility/minCredits")).isEqualTo("2");
        assertThat(at(r, 1, "/eligibility/minYears")).isEqualTo("3");
        assertThat(at(r, 2, "/eligibility/minCredits")).isEqualTo("-");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).message(Lang.EN)).contains("which \"two (3) credits\" does not give: its words say 2 and its digits 3");
        assertThat(refused.get(0).message(Lang.FR)).contains("ses mots disent 2 et ses chiffres 3");
        assertThat(refused.get(0).fix().en()).isEqualTo("check the call and write the number it means in digits alone");
    }

    @Test
    @DisplayName("W73: ≥ 2, >= 2 credits, ≥ 18 in a minimum and ≤ 35 in a maximum are read as the bound; < 36 gives the whole number it allows")
    void boundsWithTheirSigns() {
        Read r = read("Listing ID,Min professional credits,Min age,Max age\r\n"
                + "listing:cmpa/bell-digital,≥ 2,≥ 18,≤ 35\r\n"
                + "listing:sodec/aide-emergente,>= 2 credits,>=18 ans,< 36\r\n");
        assertThat(at(r, 0, "/eligibility/minCredits")).isEqualTo("2");
        assertThat(at(r, 0, "/eligibility/minAge")).isEqualTo("18");
        assertThat(at(r, 0, "/eligibility/maxAge")).isEqualTo("35");
        assertThat(at(r, 1, "/eligibility/minCredits")).isEqualTo("2");
        assertThat(at(r, 1, "/eligibility/minAge")).isEqualTo("18");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).message(Lang.EN)).contains("35 here, since 36 itself is not allowed");
    }

    @Test
    @DisplayName("W74: ouvert aux 18 ans et plus, open to ages 18+, must be 18 or older in Min age are read as 18")
    void leastAgeAfterWhoMayApply() {
        Read r = read("Listing ID,Min age\r\n"
                + "listing:sodec/aide-emergente,ouvert aux 18 ans et plus\r\n"
                + "listing:tiff/studio,open to ages 18+\r\n"
                + "listing:cmpa/bell-digital,must be 18 or older\r\n"
                + "listing:inis/cinemaginaire,être âgé de 18 ans et plus\r\n");
        for (int row = 0; row < 4; row++) {
            assertThat(at(r, row, "/eligibility/minAge")).isEqualTo("18");
        }
        assertThat(refused(r)).isEmpty();
    }

    @Test
    @DisplayName("W75: Deadline: midnight PT, Jan. 31 gives no year: refused as a day without its year, not as a form to copy")
    void dayWithoutItsYearAfterLabelAndHour() {
        Read r = read("Listing ID,Application deadline\r\n"
                + "listing:tiff/studio,\"Deadline: midnight PT, Jan. 31\"\r\n"
                + "listing:inis/cinemaginaire,\"Date limite : 23 h 59, le 31 janvier\"\r\n"
                + "listing:cmpa/bell-digital,\"Deadline: midnight PT, Jan. 31, 2027\"\r\n");
        assertThat(at(r, 0, "/intakes/0/applicationDeadline")).isEqualTo("-");
        assertThat(at(r, 1, "/intakes/0/applicationDeadline")).isEqualTo("-");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSizeGreaterThanOrEqualTo(2);
        assertThat(refused.get(0).message(Lang.EN)).contains("a date with its year, such as 2027-03-15, which \"Deadline: midnight PT, Jan. 31\" does not give")
                .contains("no year is guessed");
        assertThat(refused.get(1).message(Lang.FR)).contains("une date avec son année").contains("aucune année n'est devinée");
    }
}

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
 * Provider wordings of the thirteenth round: a least amount with its currency, numbers past
 * sixteen in words, hours a week in words, words that state no value, and a day without its year.
 */
@DisplayName("Provider wordings, thirteenth round: least amounts with a currency, number words, hours in words, no value, no year")
@ExtendWith(NoNetwork.class)
class ThirteenthRoundWordingsTest {

    @Test
    @DisplayName("W61: at least USD 16,000, min. US$16,000, au moins 16 000 $ US in a least amount: the amount, and USD for its currency unless the row says another")
    void leastAmountWithItsCurrency() {
        Read r = read("Listing ID,Stipend minimum amount,Stipend minimum currency,Stipend amount,Stipend currency\r\n"
                + "listing:cmpa/bso-mentorship,\"at least USD 16,000\",,,\r\n"
                + "listing:cmpa/telefilm-marketing,\"min. US$16,000\",,,\r\n"
                + "listing:sodec/aide-emergente,au moins 16 000 $ US,USD,,\r\n"
                + "listing:cmpa/bell-digital,\"at least USD 16,000\",CAD,,\r\n"
                + "listing:hot-docs/accelerator,,,\"USD 1,500\",\r\n");
        for (int row = 0; row < 3; row++) {
            assertThat(at(r, row, "/stipend/minimum/amount")).isEqualTo("\"16000\"");
            assertThat(at(r, row, "/stipend/minimum/currency")).isEqualTo("\"USD\"");
        }
        assertThat(at(r, 3, "/stipend/minimum/currency")).isEqualTo("\"CAD\"");
        assertThat(at(r, 4, "/stipend/amount/amount")).isEqualTo("\"1500\"");
        assertThat(at(r, 4, "/stipend/amount/currency")).isEqualTo("\"USD\"");
        assertThat(stated(r, "\"at least USD 16,000\" as 16000, USD").ruleId()).isEqualTo("opdl.csv.number-normalised");
        assertThat(r.notes()).noneMatch(f -> f.message(Lang.EN).contains("\"at least $16,000\"") || f.message(Lang.FR).contains("moins$"));
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).message(Lang.EN)).contains("\"Stipend minimum currency\"").contains("CAD").contains("USD");
        assertThat(refused.get(0).message(Lang.FR)).contains("« Stipend minimum currency »");
    }

    @Test
    @DisplayName("W62: dix-huit, vingt et un, vingt-cinq, twenty-five, soixante-douze are read as the number; dix-huit mois as 18 months")
    void numbersPastSixteenInWords() {
        Read r = read("Listing ID,Places,Min age,Max age,Min professional credits,Duration\r\n"
                + "listing:tiff/studio,dix-huit,vingt et un,soixante-douze,,dix-huit mois\r\n"
                + "listing:inis/cinemaginaire,vingt-cinq,,,twenty-one,twenty-four months\r\n"
                + "listing:cmpa/prime-time,twenty-five participants,,quatre-vingt-dix-neuf,au moins vingt et un crédits,\r\n");
        assertThat(at(r, 0, "/intakes/0/places")).isEqualTo("18");
        assertThat(at(r, 0, "/eligibility/minAge")).isEqualTo("21");
        assertThat(at(r, 0, "/eligibility/maxAge")).isEqualTo("72");
        assertThat(at(r, 0, "/duration")).isEqualTo("\"P18M\"");
        assertThat(at(r, 1, "/intakes/0/places")).isEqualTo("25");
        assertThat(at(r, 1, "/eligibility/minCredits")).isEqualTo("21");
        assertThat(at(r, 1, "/duration")).isEqualTo("\"P24M\"");
        assertThat(at(r, 2, "/eligibility/maxAge")).isEqualTo("99");
        assertThat(at(r, 2, "/eligibility/minCredits")).isEqualTo("21");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).message(Lang.EN)).contains("a whole number in digits: 25 for \"twenty-five participants\"");
    }

    @Test
    @DisplayName("W63: ten hours a week, dix heures par semaine are read; two days a week, half a day per week say the hours are not given")
    void hoursAWeekInWords() {
        Read r = read("Listing ID,Hours per week\r\n"
                + "listing:tiff/studio,ten hours a week\r\n"
                + "listing:inis/cinemaginaire,dix heures par semaine\r\n"
                + "listing:cmpa/bell-digital,two days a week\r\n"
                + "listing:hot-docs/accelerator,half a day per week\r\n"
                + "listing:sodec/aide-emergente,2 jours par semaine\r\n");
        assertThat(at(r, 0, "/timeCommitment/hoursPerWeek")).isEqualTo("\"10\"");
        assertThat(at(r, 1, "/timeCommitment/hoursPerWeek")).isEqualTo("\"10\"");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(3);
        assertThat(refused.get(0).message(Lang.EN)).contains("which days (\"two days a week\") are not")
                .contains("write \"two days a week\" in the description");
        assertThat(refused.get(1).message(Lang.EN)).contains("which days (\"half a day per week\") are not");
        assertThat(refused.get(2).message(Lang.FR)).contains("ce que des jours (« 2 jours par semaine ») ne sont pas");
    }

    @Test
    @DisplayName("W64: N/A, TBD, TBA, à déterminer, see website, voir le site, a dash in a number, amount, duration, currency or code: not stated, leave it blank")
    void wordsThatStateNoValue() {
        Read r = read("Listing ID,Places,Stipend amount,Min age,Duration,Hours per week,Program types,Stipend currency\r\n"
                + "listing:tiff/studio,N/A,TBA,,,,,\r\n"
                + "listing:inis/cinemaginaire,TBD,see website,voir le site,,,,\r\n"
                + "listing:cmpa/bell-digital,à déterminer,—,-,N/A,TBD,TBD,N/A\r\n");
        assertThat(at(r, 0, "/intakes/0/places")).isEqualTo("-");
        assertThat(at(r, 2, "/programTypes")).isEqualTo("-");
        assertThat(at(r, 2, "/stipend/amount/currency")).isEqualTo("-");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(12);
        assertThat(refused.get(0).message(Lang.EN)).contains("\"N/A\" is not: it says the value is not stated yet, not that there is none");
        assertThat(refused.get(0).fix().en()).contains("leave the cell blank");
        assertThat(refused.get(0).message(Lang.FR)).contains("« N/A » n'est pas : ces mots disent que la valeur n'est pas encore indiquée");
        assertThat(refused.get(3).fix().en()).contains("copy the value here from the program's page");
        assertThat(refused.get(4).fix().fr()).contains("copiez ici la valeur depuis la page du programme");
        assertThat(refused).allSatisfy(f -> assertThat(f.message(Lang.EN)).doesNotContain("expected a whole number")
                .doesNotContain("expected a decimal").doesNotContain("is not a"));
    }

    @Test
    @DisplayName("W65: March 15 at 5 pm ET, 15 mars à 17 h give no year: refused, the year never guessed; with a year the hour's place is named")
    void dayWithoutItsYear() {
        Read r = read("Listing ID,Application deadline\r\n"
                + "listing:tiff/studio,March 15 at 5 pm ET\r\n"
                + "listing:inis/cinemaginaire,15 mars à 17 h (HE)\r\n"
                + "listing:cmpa/bell-digital,March 15\r\n"
                + "listing:hot-docs/accelerator,15 mars 2027 à 17 h (HE)\r\n");
        for (int row = 0; row < 4; row++) {
            assertThat(at(r, row, "/intakes/0/applicationDeadline")).isEqualTo("-");
        }
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(4);
        assertThat(refused.get(0).message(Lang.EN)).contains("a date with its year, such as 2027-03-15, which \"March 15 at 5 pm ET\" does not give");
        assertThat(refused.get(1).message(Lang.FR)).contains("une date avec son année").contains("aucune année n'est devinée");
        assertThat(refused.get(2).message(Lang.EN)).contains("no year is guessed");
        assertThat(refused.get(3).message(Lang.EN)).contains("the hour, 17 h (HE), goes in the description");
    }

    @Test
    @DisplayName("W66: le 15 mars 2027, Friday, March 12, 2027, vendredi 12 mars 2027 are read; a weekday that is not the date's is refused")
    void dayWithItsArticleOrWeekday() {
        Read r = read("Listing ID,Application deadline\r\n"
                + "listing:tiff/studio,le 15 mars 2027\r\n"
                + "listing:inis/cinemaginaire,\"Friday, March 12, 2027\"\r\n"
                + "listing:cmpa/bell-digital,vendredi 12 mars 2027\r\n"
                + "listing:hot-docs/accelerator,\"Friday, March 15, 2027\"\r\n");
        assertThat(at(r, 0, "/intakes/0/applicationDeadline")).isEqualTo("\"2027-03-15\"");
        assertThat(at(r, 1, "/intakes/0/applicationDeadline")).isEqualTo("\"2027-03-12\"");
        assertThat(at(r, 2, "/intakes/0/applicationDeadline")).isEqualTo("\"2027-03-12\"");
        assertThat(at(r, 3, "/intakes/0/applicationDeadline")).isEqualTo("-");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).message(Lang.EN)).contains("its weekday is not the weekday of 2027-03-15");
        assertThat(refused.get(0).message(Lang.FR)).contains("son jour de la semaine n'est pas celui du 2027-03-15");
    }

    @Test
    @DisplayName("W67: 16 participants per cohort, 12 par cohorte in Places are the intake's places")
    void placesPerCohort() {
        Read r = read("Listing ID,Places\r\n"
                + "listing:reelworld/black-entrepreneurs,16 participants per cohort\r\n"
                + "listing:inis/cinemaginaire,12 par cohorte\r\n");
        assertThat(at(r, 0, "/intakes/0/places")).isEqualTo("16");
        assertThat(at(r, 1, "/intakes/0/places")).isEqualTo("12");
        assertThat(refused(r)).isEmpty();
    }
}

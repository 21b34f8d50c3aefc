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
 * Provider wordings of the seventeenth round: a largest number with words after its unit, the days
 * of sessions, a cohort's rank in a count, free with notes, currencies written as amounts write them, and languages by their three-letter codes.
 */
@DisplayName("Provider wordings, seventeenth round: units and notes, session days, ranks, currencies")
@ExtendWith(NoNetwork.class)
class SeventeenthRoundWordingsTest {

    @Test
    @DisplayName("W89: at most 3 years since first credit, 3 years or less since first credit, au plus 3 ans depuis le premier crédit send only the words after the unit to the notes")
    void largestWithWordsAfterItsUnit() {
        Read r = read("Listing ID,Max years of practice,Max professional credits\r\n"
                + "listing:telefilm/talent-to-watch,at most 3 years since first credit,\r\n"
                + "listing:cmpa/prime-time,3 years or less since first credit,\r\n"
                + "listing:sodec/aide-emergente,au plus 3 ans depuis le premier crédit,\r\n"
                + "listing:hot-docs/accelerator,up to 5 years of experience since graduating,\r\n"
                + "listing:nsi/features-first,,no more than 2 feature credits\r\n"
                + "listing:bso/mentorship,at most 3 years,no more than 2 credits\r\n");
        assertThat(at(r, 0, "/eligibility")).isEqualTo("-");
        assertThat(at(r, 5, "/eligibility/maxYears")).isEqualTo("3");
        assertThat(at(r, 5, "/eligibility/maxCredits")).isEqualTo("2");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(5);
        assertThat(refused.get(0).message(Lang.EN)).contains("the largest number alone, 3, here, and the words beside it (\"since first credit\")");
        assertThat(refused.get(0).fix().en()).isEqualTo("write 3 here, and \"since first credit\" in \"Eligibility notes\"");
        assertThat(refused.get(1).fix().en()).isEqualTo("write 3 here, and \"since first credit\" in \"Eligibility notes\"");
        assertThat(refused.get(2).fix().fr()).isEqualTo("écrivez 3 ici, et « depuis le premier crédit » dans « Notes sur l'admissibilité »");
        assertThat(refused.get(3).fix().en()).isEqualTo("write 5 here, and \"since graduating\" in \"Eligibility notes\"");
        assertThat(refused.get(4).fix().en()).isEqualTo("write 2 here, and \"feature credits\" in \"Eligibility notes\"");
    }

    @Test
    @DisplayName("W90: Tues & Thurs, mardis et jeudis, 2x/week, deux fois par semaine, every Tuesday in Session frequency are refused with what to write and the description")
    void sessionsByTheirDays() {
        Read r = read("Listing ID,Description (en),Component (en),Session frequency\r\n"
                + "listing:hot-docs/accelerator,Weekly labs.,Story lab,Tues & Thurs\r\n"
                + "listing:inis/cinemaginaire,Ateliers.,Ateliers,mardis et jeudis\r\n"
                + "listing:bso/mentorship,Mentorship.,Check-ins,2x/week\r\n"
                + "listing:sodec/aide-emergente,Ateliers.,Ateliers,deux fois par semaine\r\n"
                + "listing:reelworld/emerging-producers,Masterclasses.,Masterclass,every Tuesday\r\n"
                + "listing:cmpa/prime-time,Workshops.,Workshop,Every two weeks\r\n");
        assertThat(at(r, 5, "/components/0/frequency")).isEqualTo("\"biweekly\"");
        assertThat(withRule(r, "opdl.vocab.unknown-code")).isEmpty();
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(5);
        assertThat(refused.get(0).message(Lang.EN)).contains("it gives sessions on several days of each week");
        assertThat(refused.get(0).fix().en()).isEqualTo("leave this cell blank, and write \"Tues & Thurs\" in \"Description\"");
        assertThat(refused.get(1).fix().fr()).isEqualTo("laissez cette cellule vide, et écrivez « mardis et jeudis » dans « Description »");
        assertThat(refused.get(2).fix().en()).startsWith("leave this cell blank");
        assertThat(refused.get(3).fix().en()).startsWith("leave this cell blank");
        assertThat(refused.get(4).fix().en()).isEqualTo("write weekly here, and \"every Tuesday\" in \"Description\"");
        assertThat(refused.get(4).fix().fr()).isEqualTo("écrivez Hebdomadaire ici, et « every Tuesday » dans « Description »");
    }

    @Test
    @DisplayName("W91: 12 (2e cohorte), 12 (2nd cohort) in Places and 3e édition in Year are refused with the number and the rank for Edition")
    void rankOfACohortInACount() {
        Read r = read("Listing ID,Places,Year,Edition\r\n"
                + "listing:inis/cinemaginaire,12 (2e cohorte),,\r\n"
                + "listing:hot-docs/accelerator,\"12, 2nd cohort\",,\r\n"
                + "listing:sodec/aide-emergente,,3e édition,\r\n"
                + "listing:reelworld/emerging-producers,2nd cohort,,\r\n"
                + "listing:bso/mentorship,12,2027,2e cohorte\r\n");
        assertThat(at(r, 0, "/intakes")).isEqualTo("-");
        assertThat(at(r, 4, "/intakes/0/places")).isEqualTo("12");
        assertThat(at(r, 4, "/intakes/0/label")).isEqualTo("\"2e cohorte\"");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(4);
        assertThat(refused.get(0).message(Lang.FR)).contains("« 2e cohorte » nomme la cohorte ou l'édition par son rang");
        assertThat(refused.get(0).fix().fr()).isEqualTo("écrivez 12 ici, et « 2e cohorte » dans « Édition » du même appel");
        assertThat(refused.get(1).fix().en()).isEqualTo("write 12 here, and \"2nd cohort\" in \"Edition\" of the same intake");
        assertThat(refused.get(2).fix().en()).isEqualTo("move \"3e édition\" to \"Edition\" of the same intake, and write here the number "
                + "the call gives, or leave the cell blank");
        assertThat(refused.get(3).fix().en()).startsWith("move \"2nd cohort\" to \"Edition\"");
    }

    @Test
    @DisplayName("W92: Free (see notes), Gratuit* in Fee type or Fee amount are refused with free and the notes' column; free alone is still no fees")
    void freeThatPointsToNotes() {
        Read r = read("Listing ID,Fee type,Fee amount,Fee currency\r\n"
                + "listing:hot-docs/accelerator,Free (see notes),,\r\n"
                + "listing:inis/cinemaginaire,Gratuit*,,\r\n"
                + "listing:reelworld/emerging-producers,,Free (see notes),\r\n"
                + "listing:sodec/aide-emergente,,Gratuit*,\r\n"
                + "listing:bso/mentorship,Free,,\r\n");
        assertThat(at(r, 0, "/fees")).isEqualTo("-");
        assertThat(at(r, 1, "/statedNone")).isEqualTo("-");
        assertThat(at(r, 4, "/statedNone")).isEqualTo("[\"no-fees\"]");
        assertThat(withRule(r, "opdl.vocab.unknown-code")).isEmpty();
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(4);
        assertThat(refused.get(0).message(Lang.EN)).contains("\"Free\" alone, as this column holds a fee and nothing else");
        assertThat(refused.get(0).fix().en()).isEqualTo("write Free here, and what the notes say in \"Money notes\"");
        assertThat(refused.get(1).fix().fr()).isEqualTo("écrivez Gratuit ici, et ce que disent les notes dans « Notes financières »");
        assertThat(refused.get(2).fix().en()).isEqualTo("write Free here, and what the notes say in \"Money notes\"");
        assertThat(refused.get(3).fix().en()).isEqualTo("write Gratuit here, and what the notes say in \"Money notes\"");
    }

    @Test
    @DisplayName("W93: CA$, $ CAD, CDN, dollars canadiens, US$ in a currency column are read as their codes; $ alone is refused with CAD or USD")
    void currencyAsAmountsWriteIt() {
        Read r = read("Listing ID,Stipend amount,Stipend currency\r\n"
                + "listing:bso/mentorship,5000,CA$\r\n"
                + "listing:telefilm/talent-fund,5000,$ CAD\r\n"
                + "listing:cmf/digital-creators,5000,CDN\r\n"
                + "listing:sodec/aide-emergente,5000,dollars canadiens\r\n"
                + "listing:hot-docs/accelerator,5000,US$\r\n"
                + "listing:reelworld/emerging-producers,5000,$\r\n");
        for (int row = 0; row < 4; row++) {
            assertThat(at(r, row, "/stipend/amount")).isEqualTo("{\"amount\":\"5000\",\"currency\":\"CAD\"}");
        }
        assertThat(at(r, 4, "/stipend/amount/currency")).isEqualTo("\"USD\"");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).message(Lang.EN)).contains("a dollar sign alone names Canadian and US dollars alike");
        assertThat(refused.get(0).fix().fr()).isEqualTo("écrivez CAD pour le dollar canadien, ou USD pour le dollar américain");
    }

    @Test
    @DisplayName("W94: ENG/FRA, ENG, FRE, Eng. in Working languages are read as en and fr; ANG/FR is refused with how to write languages")
    void languagesByTheirThreeLetterCodes() {
        Read r = read("Listing ID,Working languages\r\n"
                + "listing:cmf/digital-creators,ENG/FRA\r\n"
                + "listing:telefilm/talent-fund,\"ENG, FRE\"\r\n"
                + "listing:sodec/aide-emergente,ANG/FR\r\n"
                + "listing:hot-docs/accelerator,Eng.\r\n"
                + "listing:inis/cinemaginaire,fr-CA\r\n");
        assertThat(at(r, 0, "/workingLanguages")).isEqualTo("[\"en\",\"fr\"]");
        assertThat(at(r, 1, "/workingLanguages")).isEqualTo("[\"en\",\"fr\"]");
        assertThat(at(r, 3, "/workingLanguages")).isEqualTo("[\"en\"]");
        assertThat(at(r, 4, "/workingLanguages")).isEqualTo("[\"fr-CA\"]");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).message(Lang.EN)).contains("the cell \"ANG/FR\" cannot be read: expected a language, such as English");
        assertThat(refused.get(0).fix().en()).startsWith("write each language by its name or code (English, français, en), separated by \" | \"");
    }
}

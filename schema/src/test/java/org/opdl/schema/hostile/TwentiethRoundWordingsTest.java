package org.opdl.schema.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.schema.hostile.CsvReads.at;
import static org.opdl.schema.hostile.CsvReads.read;
import static org.opdl.schema.hostile.CsvReads.refused;
import static org.opdl.schema.hostile.CsvReads.stated;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opdl.model.finding.Finding;
import org.opdl.model.text.Lang;
import org.opdl.schema.hostile.ReaderCatalogueTest.Read;
import org.opdl.schema.testing.NoNetwork;

/**
 * Provider wordings of the twentieth round: years typed in a column of credits and credits in a
 * column of years.
 */
@DisplayName("Provider wordings, twentieth round: counts in the column of another unit")
@ExtendWith(NoNetwork.class)
class TwentiethRoundWordingsTest {

    @Nested
    @DisplayName("Counts of another unit")
    class CountsOfAnotherUnit {

        @Test
        @DisplayName("W109: 3+ years, 3 ans et plus and 3 years or more in a column of credits are refused, never read as 3 credits")
        void yearsNeverReadAsCredits() {
            Read r = read("Listing ID,Min professional credits,Min completed works,Min years of practice\r\n"
                    + "listing:cmpa/prime-time,3+ years,,\r\n"
                    + "listing:sodec/aide-emergente,3 ans et plus,,\r\n"
                    + "listing:hot-docs/accelerator,3 years or more,,\r\n"
                    + "listing:bell-fund/short-form,,5+ years,\r\n"
                    + "listing:telefilm/talent-to-watch,2+ credits,,3+ years\r\n");
            for (int row = 0; row < 4; row++) {
                assertThat(at(r, row, "/eligibility")).isEqualTo("-");
            }
            // In their own columns both are still read.
            assertThat(at(r, 4, "/eligibility/minCredits")).isEqualTo("2");
            assertThat(at(r, 4, "/eligibility/minYears")).isEqualTo("3");
            List<Finding> refused = refused(r);
            assertThat(refused).hasSize(4);
            assertThat(refused.get(0).message(Lang.EN)).contains("a number of credits, which \"3+ years\" is not: it counts years, "
                    + "which go in \"Min years of practice\"");
            assertThat(refused.get(0).fix().en()).isEqualTo("write 3 in \"Min years of practice\", and leave this cell blank "
                    + "unless the call also gives credits to write here");
            assertThat(refused.get(1).fix().fr()).isEqualTo("écrivez 3 dans « Min. d'années de pratique », et laissez cette cellule vide, "
                    + "sauf si l'appel donne aussi des crédits à y écrire");
            assertThat(refused.get(3).message(Lang.EN)).contains("a number of completed works, which \"5+ years\" is not");
        }

        @Test
        @DisplayName("W110: au moins 3 ans among credits and 2+ credits among years are refused with the column that counts them")
        void countsGoInTheirOwnColumn() {
            Read r = read("Listing ID,Min professional credits,Max professional credits,Min years of practice,Max years of practice,"
                    + "Alternative min professional credits,Alternative min years of practice\r\n"
                    + "listing:cmf/digital-creators,au moins 3 ans,,,,,\r\n"
                    + "listing:inis/cinemaginaire,,au plus 3 ans,,,,\r\n"
                    + "listing:bso/mentorship,,,2+ credits,,,\r\n"
                    + "listing:sodec/aide-emergente,,,,au plus 2 crédits,,\r\n"
                    + "listing:reelworld/emerging-producers,,,,,at least three years of experience,\r\n"
                    + "listing:cmpa/prime-time,trois ans,,,,,\r\n");
            List<Finding> refused = refused(r);
            assertThat(refused).hasSize(6);
            assertThat(refused.get(0).fix().en()).startsWith("write 3 in \"Min years of practice\"");
            // The words of the most send it to the most, whatever column it was typed in.
            assertThat(refused.get(1).fix().en()).startsWith("write 3 in \"Max years of practice\"");
            assertThat(refused.get(1).fix().en()).doesNotContain("Eligibility notes");
            assertThat(refused.get(2).fix().en()).startsWith("write 2 in \"Min professional credits\"");
            assertThat(refused.get(3).fix().fr()).startsWith("écrivez 2 dans « Max. de crédits professionnels »");
            assertThat(refused.get(3).message(Lang.FR)).contains("le nombre des années, ce que « au plus 2 crédits » n'est pas : "
                    + "la cellule compte des crédits, qui vont dans « Max. de crédits professionnels »");
            // An alternative's years go in the alternative's column of years.
            assertThat(refused.get(4).fix().en()).startsWith("write 3 in \"Alternative min years of practice\"");
            // A count of years in words is no count of credits either.
            assertThat(refused.get(5).fix().en()).startsWith("write 3 in \"Min years of practice\"");
        }
    }

    @Nested
    @DisplayName("Money")
    class Money {

        @Test
        @DisplayName("W111: $1,500 per month and 1 500 $/mois in Stipend amount are read as the amount and the stipend's period")
        void stipendWithItsPeriod() {
            Read r = read("Listing ID,Stipend amount,Stipend currency,Stipend period\r\n"
                    + "listing:cfc/producers-lab,\"$1,500 per month\",CAD,\r\n"
                    + "listing:sodec/aide-emergente,1 500 $/mois,CAD,\r\n"
                    + "listing:bell-fund/short-form,$500 weekly,CAD,week\r\n"
                    + "listing:telefilm/talent-fund,20 $ de l'heure,CAD,\r\n"
                    + "listing:inis/cinemaginaire,\"$16,000 total\",CAD,\r\n"
                    + "listing:hot-docs/accelerator,$500/week stipend,CAD,\r\n"
                    + "listing:reelworld/emerging-producers,\"$1,500 per month\",CAD,week\r\n"
                    + "listing:cmpa/prime-time,2 500 $ par participant,CAD,\r\n");
            assertThat(at(r, 0, "/stipend")).isEqualTo("{\"amount\":{\"amount\":\"1500\",\"currency\":\"CAD\"},\"period\":\"month\"}");
            assertThat(at(r, 1, "/stipend/period")).isEqualTo("\"month\"");
            assertThat(at(r, 1, "/stipend/amount/amount")).isEqualTo("\"1500\"");
            assertThat(at(r, 2, "/stipend/period")).isEqualTo("\"week\"");
            assertThat(at(r, 3, "/stipend/period")).isEqualTo("\"hour\"");
            assertThat(at(r, 3, "/stipend/amount/amount")).isEqualTo("\"20\"");
            assertThat(at(r, 4, "/stipend/period")).isEqualTo("\"total\"");
            assertThat(at(r, 5, "/stipend/period")).isEqualTo("\"week\"");
            assertThat(stated(r, "read as the amount, with the period in \"Stipend period\"").message(Lang.EN))
                    .startsWith("6 stipends written with their period were read").contains("\"$1,500 per month\" as 1500, month");
            // Another period in its own column is not overwritten: the cell is refused, the column kept.
            assertThat(at(r, 6, "/stipend/period")).isEqualTo("\"week\"");
            List<Finding> refused = refused(r);
            assertThat(refused).hasSize(2);
            assertThat(refused.get(0).message(Lang.EN)).contains("also gives \"per month\", but \"Stipend period\" holds week");
            // Words of no period still go to the money notes.
            assertThat(refused.get(1).fix().en()).isEqualTo("write 2500 here, and \"par participant\" in \"Money notes\"");
        }
    }

    @Nested
    @DisplayName("Sales tax")
    class SalesTax {

        @Test
        @DisplayName("W115: 350 $ taxes incluses and $350 tax included are read as the fee with no tax added; TTC and + taxes in Fee plus tax as no and yes")
        void taxIncludedInTheFee() {
            Read r = read("Listing ID,Fee type,Fee amount,Fee currency,Fee plus tax\r\n"
                    + "listing:aqpm/mentorat,tuition,350 $ taxes incluses,CAD,\r\n"
                    + "listing:inis/formation-continue,tuition,350 $ TTC,CAD,\r\n"
                    + "listing:cfc/producers-lab,tuition,$350 tax included,CAD,non\r\n"
                    + "listing:hot-docs/accelerator,tuition,$350 (HST included),CAD,yes\r\n"
                    + "listing:sodec/aide-emergente,tuition,350,CAD,taxes incluses\r\n"
                    + "listing:bell-fund/short-form,tuition,350,CAD,TTC\r\n"
                    + "listing:cmpa/prime-time,tuition,350,CAD,+ taxes\r\n"
                    + "listing:telefilm/talent-fund,tuition,350,CAD,taxes en sus\r\n"
                    + "listing:reelworld/emerging-producers,tuition,350,CAD,taxes\r\n");
            for (int row = 0; row < 3; row++) {
                assertThat(at(r, row, "/fees/0/amount/amount")).isEqualTo("\"350\"");
                assertThat(at(r, row, "/fees/0/plusTax")).isEqualTo("false");
            }
            assertThat(stated(r, "with the sales tax in").message(Lang.EN))
                    .startsWith("3 fees written with the sales tax in their amount were read as the amount, with no in \"Fee plus tax\"");
            // Yes in its own column is kept, and the cell that says otherwise is refused naming both.
            assertThat(at(r, 3, "/fees/0/plusTax")).isEqualTo("true");
            assertThat(at(r, 4, "/fees/0/plusTax")).isEqualTo("false");
            assertThat(at(r, 5, "/fees/0/plusTax")).isEqualTo("false");
            assertThat(at(r, 6, "/fees/0/plusTax")).isEqualTo("true");
            assertThat(at(r, 7, "/fees/0/plusTax")).isEqualTo("true");
            List<Finding> refused = refused(r);
            assertThat(refused).hasSize(2);
            assertThat(refused.get(0).message(Lang.EN)).contains("also gives \"HST included\", but \"Fee plus tax\" holds yes");
            // "taxes" alone says neither: still refused with the plain yes or no.
            assertThat(refused.get(1).fix().en()).isEqualTo("write yes or no (oui or non)");
        }
    }

    @Nested
    @DisplayName("Yes or no")
    class YesOrNo {

        @Test
        @DisplayName("W116: Possibly or selon le financement in Financial help available is refused without telling to write yes")
        void helpThatMayBeGiven() {
            Read r = read("Listing ID,Financial help available\r\n"
                    + "listing:cfc/producers-lab,Possibly\r\n"
                    + "listing:sodec/aide-emergente,peut-être\r\n"
                    + "listing:hot-docs/accelerator,subject to funding\r\n"
                    + "listing:inis/cinemaginaire,selon le financement\r\n"
                    + "listing:bso/mentorship,bursaries available\r\n");
            List<Finding> refused = refused(r);
            assertThat(refused).hasSize(5);
            assertThat(refused.get(0).message(Lang.EN)).contains("it says help may be offered, not that it is");
            assertThat(refused.get(0).fix().en()).isEqualTo("write yes here only if the call says help is offered, with \"Possibly\" in "
                    + "\"Money notes\"; otherwise leave this cell blank and put \"Possibly\" in \"Money notes\"");
            assertThat(refused.get(3).fix().fr()).startsWith("écrivez oui ici seulement si l'appel dit qu'une aide est offerte");
            for (int row = 0; row < 4; row++) {
                assertThat(refused.get(row).fix().en()).as("row %d", row).doesNotStartWith("write yes here,");
            }
            // Words that name the help still say yes, with the help in the notes.
            assertThat(refused.get(4).fix().en()).isEqualTo("write yes here, and \"bursaries available\" in \"Money notes\"");
        }
    }

    @Nested
    @DisplayName("Codes")
    class Codes {

        @Test
        @DisplayName("W112: Canada (excl. QC) and Canada sans le Québec in Residence are refused with the provinces left in, not Canada-wide")
        void canadaLessAbbreviated() {
            Read r = read("Listing ID,Residence\r\n"
                    + "listing:bell-fund/short-form,Canada (excl. QC)\r\n"
                    + "listing:cmf/digital-creators,Canada excl. Quebec and Ontario\r\n"
                    + "listing:telefilm/talent-fund,Canada sans le Québec\r\n");
            List<Finding> refused = refused(r);
            assertThat(refused).hasSize(3);
            assertThat(refused.get(0).message(Lang.EN)).contains("it names Canada less CA-QC, and no code says \"except\"");
            assertThat(refused.get(0).fix().en()).endsWith("CA-AB | CA-BC | CA-MB | CA-NB | CA-NL | CA-NS | CA-NT | CA-NU | CA-ON | CA-PE | CA-SK | CA-YT");
            assertThat(refused.get(1).fix().en()).doesNotContain("CA-ON").doesNotContain("CA-QC");
            assertThat(refused.get(2).fix().fr()).doesNotContain("CA-QC").contains("CA-ON");
            assertThat(r.notes()).noneMatch(f -> f.fix().en().contains("Canada-wide"));
        }

        @Test
        @DisplayName("W113: EN+FR and anglais + français in Working languages are read as English and French, not refused in JSON")
        void languagesJoinedByAPlus() {
            Read r = read("Listing ID,Working languages\r\n"
                    + "listing:inis/cinemaginaire,EN+FR\r\n"
                    + "listing:cfc/producers-lab,anglais + français\r\n"
                    + "listing:hot-docs/accelerator,English+French\r\n"
                    + "listing:sodec/aide-emergente,FR+\r\n");
            for (int row = 0; row < 3; row++) {
                assertThat(at(r, row, "/workingLanguages")).isEqualTo("[\"en\",\"fr\"]");
            }
            List<Finding> refused = refused(r);
            assertThat(refused).hasSize(1);
            assertThat(refused.get(0).fix().en()).startsWith("write each language by its name or code");
            assertThat(r.notes()).noneMatch(f -> f.fix().en().contains("[\""));
            assertThat(stated(r, "a slash or a plus sign").message(Lang.EN)).contains("\"EN+FR\" as EN | FR");
        }
    }

    @Nested
    @DisplayName("Dates")
    class Dates {

        @Test
        @DisplayName("W114: mid-January or Spring 2027 as the day applications close go to Timing after the column's name, not to the program's Month or Season")
        void applicationDayInAPartOfAYear() {
            Read r = read("Listing ID,Applications open,Application deadline,Start date\r\n"
                    + "listing:telefilm/talent-to-watch,,mid-January,\r\n"
                    + "listing:sodec/aide-emergente,,mi-janvier,\r\n"
                    + "listing:cmf/digital-creators,Q1 2027,,\r\n"
                    + "listing:hot-docs/accelerator,,,Spring 2027\r\n");
            List<Finding> refused = refused(r);
            assertThat(refused).hasSize(4);
            assertThat(refused.get(0).message(Lang.EN)).contains("a season or part of a year (\"mid-January\") names no day, "
                    + "and \"Year\", \"Season\" and \"Month\" say when the program itself runs, not this day");
            assertThat(refused.get(0).fix().en()).isEqualTo("leave this cell blank, put \"Application deadline: mid-January\" in \"Timing\" "
                    + "of the same intake, and write the day here once it is announced");
            assertThat(refused.get(1).fix().fr()).startsWith("laissez cette cellule vide, mettez « Date limite de candidature : mi-janvier » dans « Moment »");
            assertThat(refused.get(2).fix().en()).contains("\"Applications open: Q1 2027\"").doesNotContain("\"Month\"");
            // The start of the program is when it runs: its season still goes in Season.
            assertThat(refused.get(3).fix().en()).contains("its season in \"Season\"");
        }
    }
}

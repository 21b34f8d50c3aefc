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
 * Provider wordings of the nineteenth round: a work named by its rank among credits, durations with
 * decimals, leasts in words, French "et +", the Maritimes with their article, Monday to Friday,
 * a meeting platform beside a place, and a fee free for members.
 */
@DisplayName("Provider wordings, nineteenth round: ranks of works, decimal durations, leasts, regions, weekdays, platforms, members")
@ExtendWith(NoNetwork.class)
class NineteenthRoundWordingsTest {

    @Nested
    @DisplayName("Counts and durations")
    class CountsAndDurations {

        @Test
        @DisplayName("W101: première œuvre in a column of credits is refused with both readings in the columns of completed works")
        void workNamedByItsRankAmongCredits() {
            Read r = read("Listing ID,Min professional credits,Max professional credits,Min completed works,Max completed works\r\n"
                    + "listing:sodec/aide-emergente,première œuvre,,,\r\n"
                    + "listing:telefilm/talent-to-watch,,first film,,\r\n"
                    + "listing:inis/cinemaginaire,1er crédit,,,\r\n");
            assertThat(at(r, 0, "/eligibility")).isEqualTo("-");
            List<Finding> refused = refused(r);
            assertThat(refused).hasSize(3);
            assertThat(refused.get(0).fix().en()).isEqualTo("put 1 in \"Min completed works\" if applicants must have made it already, "
                    + "or 0 in \"Max completed works\" if the program is for those who seek it");
            assertThat(refused.get(0).fix().fr()).contains("« Max. d'œuvres achevées »").doesNotContain("crédits");
            assertThat(refused.get(1).fix().en()).startsWith("put 1 in \"Min completed works\"");
            // A credit named by its rank stays in the columns of credits.
            assertThat(refused.get(2).fix().en()).startsWith("put 1 in \"Min professional credits\"");
        }

        @Test
        @DisplayName("W102: 1.5 years and 1,5 h are read exactly; 2.5 weeks, 1.5 months and 1.5 days are refused with how to write them")
        void decimalDurations() {
            Read r = read("Listing ID,Duration\r\n"
                    + "listing:cfc/producers-lab,1.5 years\r\n"
                    + "listing:sodec/aide-emergente,\"1,5 an\"\r\n"
                    + "listing:hot-docs/accelerator,2.5 weeks\r\n"
                    + "listing:reelworld/emerging-producers,1.5 months\r\n"
                    + "listing:telefilm/talent-fund,1.5 days\r\n"
                    + "listing:bell-fund/short-form,1 day 3 h\r\n");
            assertThat(at(r, 0, "/duration")).isEqualTo("\"P1Y6M\"");
            assertThat(at(r, 1, "/duration")).isEqualTo("\"P1Y6M\"");
            assertThat(at(r, 5, "/duration")).isEqualTo("\"P1DT3H\"");
            List<Finding> refused = refused(r);
            assertThat(refused).hasSize(3);
            assertThat(refused.get(0).message(Lang.EN)).contains("its decimal part makes no whole number of a smaller unit");
            assertThat(refused.get(1).fix().en()).isEqualTo("write it in a smaller whole unit if the call gives one, such as 17 days or 6 weeks; "
                    + "otherwise leave the cell blank and put \"1.5 months\" in the description");
            assertThat(refused.get(2).message(Lang.EN)).contains("it gives 1 day and part of another");
            assertThat(refused.get(2).fix().en()).isEqualTo("write the whole day and the hours of the part, such as 1 day 3 h, if the call gives them; "
                    + "otherwise leave the cell blank and put \"1.5 days\" in the description");
            assertThat(refused.get(2).fix().fr()).startsWith("écrivez le jour entier et les heures de la partie, comme 1 jour 3 h");
            Read sessions = read("Listing ID,Component (en),Session length\r\n"
                    + "listing:bso/mentorship,Check-in,1.5 hours\r\n"
                    + "listing:inis/formation-continue,Atelier,\"1,5 h\"\r\n");
            assertThat(at(sessions, 0, "/components/0/sessionLength")).isEqualTo("\"PT1H30M\"");
            assertThat(at(sessions, 1, "/components/0/sessionLength")).isEqualTo("\"PT1H30M\"");
            assertThat(stated(sessions, "read as ISO 8601").message(Lang.EN)).contains("\"1.5 hours\" as PT1H30M");
        }

        @Test
        @DisplayName("W103: min. 3, minimum 3 and 3 min. in a least, and 18 ans et + or au moins 18 ans in Min age, are read as the least")
        void leastInShortWords() {
            Read r = read("Listing ID,Min professional credits,Min age,Max professional credits\r\n"
                    + "listing:cmpa/prime-time,min. 3,,\r\n"
                    + "listing:bso/mentorship,minimum 3,min. 19,\r\n"
                    + "listing:hot-docs/accelerator,3 min.,18 ans et +,\r\n"
                    + "listing:sodec/aide-emergente,,18 et +,\r\n"
                    + "listing:telefilm/talent-to-watch,,,min. 3\r\n"
                    + "listing:lojiq/missions,,au moins 18 ans,\r\n"
                    + "listing:cmf/digital-creators,au moins 3 ans,,\r\n");
            assertThat(at(r, 0, "/eligibility/minCredits")).isEqualTo("3");
            assertThat(at(r, 1, "/eligibility/minCredits")).isEqualTo("3");
            assertThat(at(r, 1, "/eligibility/minAge")).isEqualTo("19");
            assertThat(at(r, 2, "/eligibility/minCredits")).isEqualTo("3");
            assertThat(at(r, 2, "/eligibility/minAge")).isEqualTo("18");
            assertThat(at(r, 3, "/eligibility/minAge")).isEqualTo("18");
            // A least in a column of the most is no most: refused, never read as 3.
            assertThat(at(r, 4, "/eligibility")).isEqualTo("-");
            assertThat(at(r, 5, "/eligibility/minAge")).isEqualTo("18");
            // Years are no credits: "au moins 3 ans" in a column of credits is still refused.
            assertThat(at(r, 6, "/eligibility")).isEqualTo("-");
            assertThat(refused(r)).hasSize(2);
            assertThat(stated(r, "\"min. 3\" as 3").message(Lang.EN)).startsWith("7 numbers were read as plain numbers");
        }

        @Test
        @DisplayName("W108: 2 x 3 h and 3 h x 2 in Session length are refused with the length here and the count in Sessions")
        void sessionsTimesTheirLength() {
            Read r = read("Listing ID,Component (en),Session length,Duration\r\n"
                    + "listing:hot-docs/accelerator,Pitch clinic,2 x 3 h,\r\n"
                    + "listing:inis/formation-continue,Atelier,3 h x 2,\r\n"
                    + "listing:bso/mentorship,Check-in,2 sessions of 3 h,\r\n"
                    + "listing:cmpa/prime-time,Webinar,,2 × 3 h\r\n");
            List<Finding> refused = refused(r);
            assertThat(refused).hasSize(4);
            assertThat(refused.get(0).message(Lang.EN)).contains("the length of one session, which \"2 x 3 h\" is not: it gives 2 sessions of 3 h");
            assertThat(refused.get(0).fix().en()).isEqualTo("write 3 h here, and 2 in \"Sessions\" of the same component");
            assertThat(refused.get(1).fix().fr()).isEqualTo("écrivez 3 h ici, et 2 dans « Séances » de la même composante");
            // In the length of a session, the fix no longer asks to leave that very cell blank.
            assertThat(refused.get(2).fix().en()).isEqualTo("write 3 h here, and 2 in \"Sessions\" of the same component");
            // In the program's whole duration, both go to the component, as for "3 sessions of 2 days".
            assertThat(refused.get(3).fix().en()).startsWith("write 2 in \"Sessions\" and PT3H in \"Session length\" of the component");
        }
    }

    @Nested
    @DisplayName("Codes")
    class Codes {

        @Test
        @DisplayName("W104: les Maritimes and l'Atlantique in Residence are read as their provinces, as Maritimes was")
        void regionsWithTheirArticle() {
            Read r = read("Listing ID,Residence\r\n"
                    + "listing:fmc/atlantique,les Maritimes\r\n"
                    + "listing:onf/acadie,l'Atlantique\r\n"
                    + "listing:telefilm/atlantic,les provinces de l’Atlantique\r\n");
            assertThat(at(r, 0, "/eligibility/residence")).isEqualTo("[\"CA-NB\",\"CA-NS\",\"CA-PE\"]");
            assertThat(at(r, 1, "/eligibility/residence")).isEqualTo("[\"CA-NB\",\"CA-NS\",\"CA-PE\",\"CA-NL\"]");
            assertThat(at(r, 2, "/eligibility/residence")).isEqualTo("[\"CA-NB\",\"CA-NS\",\"CA-PE\",\"CA-NL\"]");
            assertThat(stated(r, "named together").message(Lang.EN)).contains("\"les Maritimes\" as CA-NB | CA-NS | CA-PE");
        }

        @Test
        @DisplayName("W105: Mon–Fri, Monday to Friday, du lundi au vendredi and weekdays in Session frequency are read as daily")
        void mondayToFriday() {
            Read r = read("Listing ID,Component (en),Session frequency\r\n"
                    + "listing:inis/formation-continue,Bootcamp,Mon–Fri\r\n"
                    + "listing:cfc/producers-lab,Residency,Monday to Friday\r\n"
                    + "listing:sodec/aide-emergente,Atelier,du lundi au vendredi\r\n"
                    + "listing:hot-docs/accelerator,Lab,weekdays\r\n"
                    + "listing:bso/mentorship,Check-in,Tues & Thurs\r\n");
            for (int row = 0; row < 4; row++) {
                assertThat(at(r, row, "/components/0/frequency")).isEqualTo("\"daily\"");
            }
            assertThat(stated(r, "\"Mon–Fri\" as daily").message(Lang.EN)).startsWith("4 labels were read as codes");
            // Two days of each week are still no code.
            assertThat(refused(r)).hasSize(1);
            assertThat(refused(r).get(0).message(Lang.EN)).contains("several days of each week");
        }

        @Test
        @DisplayName("W106: Hybrid (Zoom + Toronto) is refused with Toronto alone for City: a platform is no place")
        void platformIsNoPlace() {
            Read r = read("Listing ID,Delivery mode\r\n"
                    + "listing:cmpa/prime-time,Hybrid (Zoom + Toronto)\r\n"
                    + "listing:sodec/aide-emergente,Hybride (Teams + Montréal)\r\n");
            List<Finding> refused = refused(r);
            assertThat(refused).hasSize(2);
            assertThat(refused.get(0).fix().en()).isEqualTo("write hybrid here, \"Toronto\" in \"City\", and the place's province or territory in \"Region\"");
            assertThat(refused.get(1).fix().fr()).isEqualTo("écrivez hybrid ici, « Montréal » dans « Ville », et la province ou le territoire du lieu dans « Région »");
        }

        @Test
        @DisplayName("W107: free for members in Fee type or Fee amount is refused with the fee for non-members only, no longer kept as a code")
        void freeForMembers() {
            Read r = read("Listing ID,Fee type,Fee amount,Fee currency\r\n"
                    + "listing:cmpa/prime-time,free for members,,\r\n"
                    + "listing:aqpm/formation,tuition,gratuit pour les membres de l'AQPM,CAD\r\n"
                    + "listing:bso/mentorship,free,,\r\n");
            assertThat(at(r, 0, "/fees")).isEqualTo("-");
            List<Finding> refused = refused(r);
            assertThat(refused).hasSize(2);
            assertThat(refused.get(0).message(Lang.EN)).contains("it says members pay nothing");
            assertThat(refused.get(0).fix().en()).isEqualTo("write yes in \"Fee for non-members only\", what non-members pay in \"Fee amount\" "
                    + "(or leave it blank if the call does not say), and the kind of fee in \"Fee type\", such as tuition");
            assertThat(refused.get(1).fix().fr()).startsWith("écrivez oui dans « Frais pour non-membres seulement »");
        }
    }
}

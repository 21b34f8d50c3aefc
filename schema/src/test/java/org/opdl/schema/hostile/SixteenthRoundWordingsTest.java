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
 * Provider wordings of the sixteenth round: a yes or no that points to notes, inclusive French
 * spellings of target groups, and currencies written around an amount.
 */
@DisplayName("Provider wordings, sixteenth round: yes or no with notes, inclusive spellings, currencies")
@ExtendWith(NoNetwork.class)
class SixteenthRoundWordingsTest {

    @Test
    @DisplayName("W82: Yes (see notes), Oui*, Yes - see below, Oui (voir notes) are refused with the yes or no and the notes' column")
    void yesOrNoThatPointsToNotes() {
        Read r = read("Listing ID,Fee plus tax,Financial help available,Canadian-owned company,Places approximate\r\n"
                + "listing:hot-docs/accelerator,Yes (see notes),,,\r\n"
                + "listing:inis/cinemaginaire,,Oui*,,\r\n"
                + "listing:bell-fund/short-form,,,Yes - see below,\r\n"
                + "listing:sodec/aide-emergente,,,,Oui (voir notes)\r\n"
                + "listing:cmpa/prime-time,\"No, see notes\",,,\r\n"
                + "listing:reelworld/emerging-producers,Yes,,,\r\n");
        assertThat(at(r, 0, "/fees")).isEqualTo("-");
        assertThat(at(r, 5, "/fees/0/plusTax")).isEqualTo("true");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(5);
        assertThat(refused.get(0).message(Lang.EN)).contains("\"Yes (see notes)\"").contains("they go in \"Money notes\"");
        assertThat(refused.get(0).fix().en()).isEqualTo("write yes here, and what the notes say in \"Money notes\"");
        assertThat(refused.get(1).fix().fr()).isEqualTo("écrivez oui ici, et ce que disent les notes dans « Notes financières »");
        assertThat(refused.get(2).fix().en()).isEqualTo("write yes here, and what the notes say in \"Eligibility notes\"");
        assertThat(refused.get(3).message(Lang.FR)).contains("elles vont dans « Description »");
        assertThat(refused.get(4).fix().en()).startsWith("write no here");
    }

    @Test
    @DisplayName("W83: racisé·e·s, racisé-e-s, racisé.e.s, racisé(e)s, noir·e·s, créateur·rice·s autochtones are read as the groups they name")
    void inclusiveSpellingsOfGroups() {
        Read r = read("Listing ID,Target groups\r\n"
                + "listing:inis/cinemaginaire,racisé·e·s\r\n"
                + "listing:sodec/aide-emergente,racisé-e-s\r\n"
                + "listing:telefilm/talent-fund,racisé.e.s\r\n"
                + "listing:fonds-bell/courts,personnes racisé(e)s\r\n"
                + "listing:cmf/digital-creators,\"autochtones, noir·e·s et racisé·es\"\r\n"
                + "listing:reelworld/emerging-producers,créateur·rice·s autochtones\r\n"
                + "listing:hot-docs/accelerator,étudiant·e·s\r\n");
        for (int row = 0; row < 4; row++) {
            assertThat(at(r, row, "/eligibility/targetGroups")).isEqualTo("[\"racialized\"]");
        }
        assertThat(at(r, 4, "/eligibility/targetGroups")).isEqualTo("[\"indigenous\",\"black\",\"racialized\"]");
        assertThat(at(r, 5, "/eligibility/targetGroups")).isEqualTo("[\"indigenous\"]");
        assertThat(at(r, 6, "/eligibility/targetGroups")).isEqualTo("[\"students\"]");
        assertThat(r.notes()).noneSatisfy(f -> assertThat(f.ruleId()).isEqualTo("opdl.vocab.unknown-code"));
    }

    @Test
    @DisplayName("W84: EN-FR, FR-EN, en – fr in Working languages are refused with the two languages; fr-CA is still a tag")
    void englishAndFrenchJoinedByAHyphen() {
        Read r = read("Listing ID,Working languages\r\n"
                + "listing:inis/cinemaginaire,EN-FR\r\n"
                + "listing:hot-docs/accelerator,FR-EN\r\n"
                + "listing:bell-fund/short-form,en – fr\r\n"
                + "listing:sodec/aide-emergente,fr-CA\r\n");
        assertThat(at(r, 0, "/workingLanguages")).isEqualTo("-");
        assertThat(at(r, 3, "/workingLanguages")).isEqualTo("[\"fr-CA\"]");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(3);
        assertThat(refused.get(0).message(Lang.EN)).contains("so \"EN-FR\" would be read as one language of one place, not as two languages");
        assertThat(refused.get(0).fix().en()).isEqualTo("write en | fr for the two languages, or keep the hyphen only for one language "
                + "of one place, such as fr-CA");
        assertThat(refused.get(1).fix().fr()).startsWith("écrivez fr | en pour les deux langues");
        assertThat(refused.get(2).fix().en()).startsWith("write en | fr ");
    }

    @Test
    @DisplayName("W85: 15 janvier 2027*, Jan 15, 2027 (TBC) in a date are refused with the date and where the note or remark goes")
    void dateWithAFootnoteMarkOrARemark() {
        Read r = read("Listing ID,Application deadline,Start date\r\n"
                + "listing:sodec/aide-emergente,15 janvier 2027*,\r\n"
                + "listing:hot-docs/accelerator,\"Jan 15, 2027 (TBC)\",\r\n"
                + "listing:inis/cinemaginaire,,2027-03-15**\r\n"
                + "listing:reelworld/emerging-producers,15 janvier 2027,\r\n");
        assertThat(at(r, 0, "/intakes/0/applicationDeadline")).isEqualTo("-");
        assertThat(at(r, 3, "/intakes/0/applicationDeadline")).isEqualTo("\"2027-01-15\"");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(3);
        assertThat(refused.get(0).message(Lang.FR)).contains("la date seule, 2027-01-15, sans la marque « * »");
        assertThat(refused.get(0).fix().fr()).isEqualTo("écrivez 2027-01-15 ici, et ce que dit la note marquée « * » dans « Moment » du même appel");
        assertThat(refused.get(1).fix().en()).isEqualTo("write 2027-01-15 here, and move \"(TBC)\" to \"Timing\" of the same intake");
        assertThat(refused.get(2).fix().en()).startsWith("write 2027-03-15 here, and what the note marked \"**\" says");
    }

    @Test
    @DisplayName("W86: $CAD 5,000 and 5000 $CAD are read as 5000 and CAD, as CAD$5,000 is")
    void dollarSignBeforeCad() {
        Read r = read("Listing ID,Stipend amount,Stipend currency\r\n"
                + "listing:bso/mentorship,\"$CAD 5,000\",\r\n"
                + "listing:telefilm/talent-fund,5000 $CAD,\r\n"
                + "listing:cmf/digital-creators,5 000 $ CAD,\r\n");
        for (int row = 0; row < 3; row++) {
            assertThat(at(r, row, "/stipend/amount")).isEqualTo("{\"amount\":\"5000\",\"currency\":\"CAD\"}");
        }
        assertThat(refused(r)).isEmpty();
    }

    @Test
    @DisplayName("W87: gratuit / free, Free (gratuit), free - gratuit in Fee type are read as a program without fees")
    void freeInBothLanguages() {
        Read r = read("Listing ID,Fee type,Fee amount,Fee currency\r\n"
                + "listing:inis/cinemaginaire,gratuit / free,,\r\n"
                + "listing:hot-docs/accelerator,Free (gratuit),,\r\n"
                + "listing:bso/mentorship,free - gratuit,,\r\n"
                + "listing:cmpa/prime-time,application-fee,50,CAD\r\n");
        for (int row = 0; row < 3; row++) {
            assertThat(at(r, row, "/fees")).isEqualTo("-");
            assertThat(at(r, row, "/statedNone")).isEqualTo("[\"no-fees\"]");
        }
        assertThat(at(r, 3, "/fees/0/feeType")).isEqualTo("\"application-fee\"");
        assertThat(refused(r)).isEmpty();
    }

    @Test
    @DisplayName("W88: at least 2 credits (as producer), min. 2 crédits à titre de producteur·rice, 3+ years of practice in documentary are refused with the number and the words for the notes")
    void leastWithWordsThatNarrowIt() {
        Read r = read("Listing ID,Min professional credits,Min years of practice\r\n"
                + "listing:bso/mentorship,at least 2 credits (as producer),\r\n"
                + "listing:sodec/aide-emergente,min. 2 crédits à titre de producteur·rice,\r\n"
                + "listing:hot-docs/accelerator,,3+ years of practice in documentary\r\n"
                + "listing:cmpa/prime-time,at least 2 credits,3+ years of practice\r\n");
        assertThat(at(r, 0, "/eligibility")).isEqualTo("-");
        assertThat(at(r, 3, "/eligibility/minCredits")).isEqualTo("2");
        assertThat(at(r, 3, "/eligibility/minYears")).isEqualTo("3");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(3);
        assertThat(refused.get(0).message(Lang.EN)).contains("the smallest number alone, 2, here, and the words that narrow it (\"as producer\")");
        assertThat(refused.get(0).fix().en()).isEqualTo("write 2 here, and \"as producer\" in \"Eligibility notes\"");
        assertThat(refused.get(1).fix().fr()).isEqualTo("écrivez 2 ici, et « à titre de producteur·rice » dans « Notes sur l'admissibilité »");
        assertThat(refused.get(2).fix().en()).isEqualTo("write 3 here, and \"in documentary\" in \"Eligibility notes\"");
    }
}

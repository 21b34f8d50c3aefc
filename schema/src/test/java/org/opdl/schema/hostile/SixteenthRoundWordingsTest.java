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
}

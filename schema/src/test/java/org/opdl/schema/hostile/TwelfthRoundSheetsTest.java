package org.opdl.schema.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Lang;
import org.opdl.schema.hostile.ReaderCatalogueTest.Read;
import org.opdl.schema.testing.NoNetwork;

/** A coordinator's sheets of the twelfth round: what Excel, LibreOffice, Numbers and Google Sheets leave in them. */
@DisplayName("Spreadsheets, twelfth round")
@ExtendWith(NoNetwork.class)
class TwelfthRoundSheetsTest {

    @Test
    @DisplayName("a Notes column on an English sheet is offered an English heading, on a French sheet a French one")
    void hintInTheSheetLanguage() {
        Read en = ReaderCatalogueTest.read("csv", "Listing ID,Title (en),Program types,Notes\r\n"
                + "listing:doc-circuit/market-lab,Market Lab,lab,call Jane back\r\n");
        assertThat(CsvReads.withRule(en, "opdl.csv.unknown-heading")).singleElement()
                .satisfies(f -> assertThat(f.fix().en()).contains("did you mean \"Money notes (en)\"?"));
        Read fr = ReaderCatalogueTest.read("csv", "ID de la fiche,Titre (fr),Types de programme,Notes\r\n"
                + "listing:doc-circuit/market-lab,Labo du marché,lab,\r\n");
        assertThat(CsvReads.withRule(fr, "opdl.csv.empty-unknown-column")).singleElement()
                .satisfies(f -> assertThat(f.fix().fr()).contains("« Notes financières (en) »"));
    }

    @Test
    @DisplayName("a finding about the whole listing is placed at its row, not at the first column")
    void wholeListingAtItsRow() {
        Read r = ReaderCatalogueTest.read("csv", "JSON-LD context,Listing ID,Title (en),Program types\r\n"
                + ",listing:doc-circuit/market-lab,Market Lab,lab\r\n");
        Location at = r.records().get(0).sourceMap().locate("");
        assertThat(at.describe(Lang.EN)).isEqualTo("row 2");
        assertThat(at.describe(Lang.FR)).isEqualTo("rangée 2");
        assertThat(r.records().get(0).sourceMap().locate("/title/en").describe(Lang.EN)).isEqualTo("row 2, column \"Title (en)\" (C)");
    }
}

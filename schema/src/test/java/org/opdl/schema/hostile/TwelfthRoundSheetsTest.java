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

    @Test
    @DisplayName("#N/A, #REF!, #VALUE!, #DIV/0! or #VALEUR! saved into a CSV is reported at its cell as a spreadsheet error and read as empty, never as a title or a number")
    void errorValuesInACsv() {
        for (String error : java.util.List.of("#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#VALEUR!", "Err:502")) {
            Read r = CsvReads.read("Listing ID,Title (en),Title (fr),Program types,Places,Start date\r\n"
                    + "listing:doc-circuit/market-lab," + error + ",Labo du marché,lab,\"" + error + " | 12\",2027-03-15 | 2027-09-15\r\n");
            assertThat(CsvReads.withRule(r, "opdl.xlsx.cell-error")).as(error).hasSize(2).allSatisfy(f -> {
                assertThat(f.message().en()).isEqualTo("the cell shows the spreadsheet error " + error
                        + ", which a formula left in place of its value when the sheet was saved; it was read as empty");
                assertThat(f.message().fr()).startsWith("la cellule affiche l'erreur de tableur " + error);
                assertThat(f.fix().en()).startsWith("type the value itself in place of the formula");
                assertThat(f.fix().fr()).startsWith("tapez la valeur elle-même à la place de la formule");
            });
            assertThat(CsvReads.withRule(r, "opdl.xlsx.cell-error").get(0).location().describe(Lang.EN)).isEqualTo("row 2, column \"Title (en)\" (B)");
            assertThat(CsvReads.at(r, 0, "/title")).isEqualTo("{\"fr\":\"Labo du marché\"}");
            assertThat(CsvReads.at(r, 0, "/intakes/0/places")).isEqualTo("-");
            assertThat(CsvReads.at(r, 0, "/intakes/1/places")).isEqualTo("12");
        }
        Read words = CsvReads.read("Listing ID,Title (en),Program types\r\nlisting:doc-circuit/lab,#REF! Lab: a lab,lab\r\n");
        assertThat(CsvReads.withRule(words, "opdl.xlsx.cell-error")).isEmpty();
    }
}

package org.opdl.schema.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.hostile.ReaderCatalogueTest.Read;
import org.opdl.schema.testing.NoNetwork;
import tools.jackson.databind.JsonNode;

/**
 * The groups a fee is waived for (P32), a list inside one fee of the aligned fee cells: the groups of
 * one fee are separated by semicolons, or worded as a list, and stay with their fee.
 */
@DisplayName("The groups a fee is waived for, typed into the fee columns")
@ExtendWith(NoNetwork.class)
class FeeWaiverCellsTest {

    private static final String HEADINGS = "Listing ID,Fee type,Fee amount,Fee currency,Fee waived for\r\n";

    private static String at(Read r, int row, String pointer) {
        JsonNode n = r.records().get(row).listing().at(pointer);
        return n.isMissingNode() ? "-" : n.toString();
    }

    @Test
    @DisplayName("codes separated by semicolons are the groups of their own fee, the other fee waived for none")
    void semicolons() {
        Read r = CsvCatalogueTest.readAll(HEADINGS
                + "listing:hot-docs/deal-maker,application-fee | tuition,75 | 300,CAD | CAD,indigenous; black; racialized | \r\n");
        assertThat(at(r, 0, "/fees/0/waivedFor")).isEqualTo("[\"indigenous\",\"black\",\"racialized\"]");
        assertThat(at(r, 0, "/fees/1/waivedFor")).isEqualTo("-");
        assertThat(r.notes()).extracting(Finding::ruleId).doesNotContain("opdl.csv.unreadable", "opdl.syntax.csv");
    }

    @Test
    @DisplayName("a list in words, in English or French, is read as the groups and said once for the file")
    void words() {
        Read r = CsvCatalogueTest.readAll(HEADINGS
                + "listing:nsi/indigidocs,application-fee,100,CAD,\"Indigenous, Black, racialized\"\r\n"
                + "listing:inis/programme,application-fee,100,CAD,\"Autochtones, personnes noires et racisées\"\r\n");
        assertThat(at(r, 0, "/fees/0/waivedFor")).isEqualTo("[\"indigenous\",\"black\",\"racialized\"]");
        assertThat(at(r, 1, "/fees/0/waivedFor")).isEqualTo("[\"indigenous\",\"black\",\"racialized\"]");
        assertThat(r.notes()).anySatisfy(f -> assertThat(f.ruleId()).isEqualTo("opdl.csv.label-normalised"));
    }

    @Test
    @DisplayName("groups separated by an escaped |, as the workbook's Fees sheet passes a cell typed with | on, are the groups")
    void escapedPipes() {
        Read r = CsvCatalogueTest.readAll(HEADINGS + "listing:hot-docs/deal-maker,application-fee,75,CAD,Indigenous \\| Black \\| Racialized\r\n");
        assertThat(at(r, 0, "/fees/0/waivedFor")).isEqualTo("[\"indigenous\",\"black\",\"racialized\"]");
    }

    @Test
    @DisplayName("groups separated by | where one fee is given are refused at the cell, as the fee cells must line up, the rest read")
    void pipes() {
        Read r = CsvCatalogueTest.readAll(HEADINGS + "listing:hot-docs/deal-maker,application-fee,75,CAD,indigenous | black\r\n");
        assertThat(r.records()).hasSize(1);
        assertThat(r.notes()).filteredOn(f -> f.ruleId().equals("opdl.csv.unreadable")).singleElement().satisfies(f -> {
            assertThat(((Location.Csv) f.location()).heading()).isEqualTo("Fee waived for");
            assertThat(f.message().en()).contains("the cells of the fees group must line up");
        });
        assertThat(at(r, 0, "/fees/0/feeType")).isEqualTo("\"application-fee\"");
    }
}

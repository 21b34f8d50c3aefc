package org.opdl.schema.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.schema.xlsx.Books.row;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.schema.format.Limits;

@DisplayName("The workbook reader's join of item rows, in step with the Listings sheet")
class XlsxJoinOrderTest {

    private static String id(int i) {
        return "listing:prairie-film-coop/residency-" + i;
    }

    /** Listings 0…n-1, and an Intakes sheet with a row per listing number in {@code intakes}, in that order. */
    private static byte[] book(int n, List<Integer> intakes) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet listings = wb.createSheet("Listings");
            row(listings, 0, "Listing ID", "Title (en)", "Program types");
            for (int i = 0; i < n; i++) {
                row(listings, i + 1, id(i), "Documentary Residency " + i, "residency");
            }
            Sheet sheet = wb.createSheet("Intakes");
            row(sheet, 0, "Listing ID", "Places");
            for (int r = 0; r < intakes.size(); r++) {
                row(sheet, r + 1, id(intakes.get(r)), r + 1);
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    @DisplayName("joins item rows sorted by hand in another order than the listings, each in its row order")
    void handSorted() throws IOException {
        // Listing 4's rows first, then 0's, 3's, 1's, with one of 0's rows last: not the Listings order.
        Books.Reading r = Books.read(book(5, List.of(4, 4, 0, 3, 1, 0)), Limits.DEFAULT);
        assertThat(r.records()).hasSize(5);
        assertThat(r.ruleIds()).doesNotContain("opdl.xlsx.unjoined");
        var first = r.records().get(0);
        assertThat(first.listing().at("/intakes/0/places").asInt()).isEqualTo(3);
        assertThat(first.listing().at("/intakes/1/places").asInt()).isEqualTo(6);
        assertThat(((Location.Cell) first.sourceMap().locate("/intakes/1/places")).reference()).isEqualTo("Intakes!B7");
        assertThat(r.records().get(2).listing().has("intakes")).isFalse();
        assertThat(r.records().get(4).listing().at("/intakes/1/places").asInt()).isEqualTo(2);
    }

    @Test
    @DisplayName("reports a row further from its listing's place than the rows held, naming the sheet and row, and reads the rest")
    void tooFarOutOfOrder() throws IOException {
        int n = SheetJoin.HELD + 20;
        List<Integer> intakes = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            intakes.add(i);
        }
        intakes.add(0);
        Books.Reading r = Books.read(book(n, intakes), Limits.DEFAULT);
        assertThat(r.records()).hasSize(n);
        assertThat(r.records()).allSatisfy(rec -> assertThat(rec.listing().at("/intakes/0/places").isMissingNode()).isFalse());
        assertThat(r.records().get(0).listing().at("/intakes").size()).isEqualTo(1);
        List<Finding> late = r.notes().stream().filter(f -> f.ruleId().equals("opdl.xlsx.unjoined")).toList();
        assertThat(late).hasSize(1);
        Location.Cell at = (Location.Cell) late.get(0).location();
        assertThat(at.sheet()).isEqualTo("Intakes");
        assertThat(at.row()).isEqualTo(n + 2L);
        assertThat(late.get(0).message().en()).contains(id(0)).contains("Listings sheet");
        assertThat(late.get(0).fix().fr()).contains("Intakes").contains("Fiches");
    }
}

package org.opdl.schema.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.schema.xlsx.Books.row;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.schema.format.Limits;

@DisplayName("A listing id typed once over merged cells of an item sheet")
class MergedIdCellsTest {

    private static final String ID = "listing:prairie-film-coop/documentary-lab";

    /**
     * A listing with two fee rows, then {@code more} fee rows with no id; its id typed in the first,
     * over {@code merged} first-column cells when given.
     */
    private static byte[] book(CellRangeAddress merged, Object[]... more) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet listings = wb.createSheet("Listings");
            row(listings, 0, "Listing ID", "Title (en)", "Program types");
            row(listings, 1, ID, "Documentary Lab", "lab");
            Sheet fees = wb.createSheet("Fees");
            row(fees, 0, "Listing ID", "Fee type", "Fee amount", "Fee currency");
            row(fees, 1, ID, "application-fee", 25, "CAD");
            row(fees, 2, null, "tuition", 450, "CAD");
            for (int i = 0; i < more.length; i++) {
                row(fees, 3 + i, more[i]);
            }
            if (merged != null) {
                fees.addMergedRegion(merged);
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static List<Finding> unjoined(Books.Reading r) {
        return r.notes().stream().filter(f -> f.ruleId().equals("opdl.xlsx.unjoined")).toList();
    }

    @Test
    @DisplayName("the row under a merged Listing ID cell is reported as merged, with the fix to unmerge and copy the id into each row")
    void mergedId() throws IOException {
        List<Finding> found = unjoined(Books.read(book(CellRangeAddress.valueOf("A2:A3")), Limits.DEFAULT));
        assertThat(found).hasSize(1);
        Finding f = found.get(0);
        assertThat(((Location.Cell) f.location()).row()).isEqualTo(3);
        assertThat(f.message().en()).contains("merged").contains("A2:A3");
        assertThat(f.fix().en()).contains("unmerge").contains("each row");
        assertThat(f.message().fr()).contains("fusionnée").contains("A2:A3");
        assertThat(f.fix().fr()).contains("annulez la fusion").contains("chaque rangée");
    }

    @Test
    @DisplayName("a blank id with no merge, or a merge elsewhere, keeps the fix to copy the id into the first column")
    void notMerged() throws IOException {
        for (CellRangeAddress merge : new CellRangeAddress[] {null, CellRangeAddress.valueOf("B2:B3")}) {
            List<Finding> found = unjoined(Books.read(book(merge), Limits.DEFAULT));
            assertThat(found).hasSize(1);
            assertThat(found.get(0).message().en()).doesNotContain("merged");
            assertThat(found.get(0).fix().en()).contains("into the first column");
        }
    }

    @Test
    @DisplayName("the findings of an item sheet come in row order: the row under a merge before a later row's cell")
    void inRowOrder() throws IOException {
        byte[] bytes = book(CellRangeAddress.valueOf("A2:A3"), new Object[] {null, "tuition", "about 450", "CAD"});
        List<Long> rows = Books.read(bytes, Limits.DEFAULT).notes().stream()
                .filter(f -> f.location() instanceof Location.Cell c && c.sheet().equals("Fees"))
                .map(f -> ((Location.Cell) f.location()).row()).toList();
        assertThat(rows).contains(3L, 4L).isSorted();
    }
}

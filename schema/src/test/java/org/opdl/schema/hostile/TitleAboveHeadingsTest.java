package org.opdl.schema.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.opdl.model.finding.Location;
import org.opdl.schema.convert.Formats;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ReadException;

@DisplayName("A title typed above the heading row is named as such, with the rows to delete")
@Timeout(60)
class TitleAboveHeadingsTest {

    private static final String HEADINGS = "Listing ID,Title (en),Program types,Country\r\n";
    private static final String ROW = "listing:prairie-film-coop/documentary-residency,Documentary Residency,residency,Canada\r\n";

    @Test
    @DisplayName("CSV: a title row (alone or padded with commas) above the headings says to delete it, in both languages")
    void csvTitleRow() {
        for (String title : List.of("Prairie Film Co-op programs 2026\r\n", "Prairie Film Co-op programs 2026,,,\r\n")) {
            ReadException e = ReaderLimitsTest.refused("csv", Limits.DEFAULT, title + HEADINGS + ROW);
            assertThat(e.ruleId()).isEqualTo("opdl.syntax.csv");
            assertThat(((Location.Csv) e.location()).row()).isEqualTo(1);
            assertThat(e.text().en()).contains("\"Prairie Film Co-op programs 2026\"").contains("row 2 has them");
            assertThat(e.fix().en()).isEqualTo("delete the rows above row 2, so that the heading row is the first row");
            assertThat(e.fix().fr()).isEqualTo("supprimez les rangées au-dessus de la rangée 2, pour que la rangée d'en-têtes soit la première");
        }
        ReadException twoAbove = ReaderLimitsTest.refused("csv", Limits.DEFAULT, "Programs 2026\r\n\r\n" + HEADINGS + ROW);
        assertThat(twoAbove.fix().en()).contains("above row 3");
    }

    @Test
    @DisplayName("CSV: a first row of data with no heading row anywhere still says to insert the headings")
    void noHeadingRowAtAll() {
        ReadException e = ReaderLimitsTest.refused("csv", Limits.DEFAULT, ROW + ROW.replace("residency,", "lab,"));
        assertThat(e.fix().en()).startsWith("insert the heading row at the top");
    }

    @Test
    @DisplayName("a workbook's Listings sheet with a title in A1 names the sheet's row 2 as its heading row")
    void workbookTitleRow() throws IOException {
        byte[] book;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("Listings");
            s.createRow(0).createCell(0).setCellValue("Prairie Film Co-op programs 2026");
            String[][] rows = {HEADINGS.strip().split(","), ROW.strip().split(",")};
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
            book = out.toByteArray();
        }
        try {
            Formats.named("xlsx").orElseThrow().reader(Limits.DEFAULT).read("book.xlsx", new ByteArrayInputStream(book), r -> { }, f -> { });
            throw new AssertionError("the workbook was read");
        } catch (ReadException e) {
            assertThat(e.text().en()).contains("row 2 has them");
            assertThat(e.fix().en()).contains("above row 2");
        }
    }
}

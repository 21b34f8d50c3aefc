package org.opdl.schema.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.schema.convert.Formats;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.hostile.ReaderCatalogueTest.Read;
import org.opdl.schema.testing.NoNetwork;

/** CSV files as coordinators make them on a Mac, by renaming a workbook, or by pasting rows with their headings. */
@DisplayName("CSV files as program coordinators make them")
@ExtendWith(NoNetwork.class)
class CoordinatorCsvTest {

    private static final String HEAD = "Listing ID,Title (en),Title (fr),Program types,Places\r\n";
    private static final String SUMMER = "listing:coop-video-mtl/atelier-ete,Summer lab,Atelier d’été à Montréal,lab,12\r\n";
    private static final String WINTER = "listing:coop-video-mtl/atelier-hiver,Winter lab,Atelier d’hiver,mentorship,8\r\n";

    private static List<Finding> of(Read r, String rule) {
        return r.notes().stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    @Test
    @DisplayName("a CSV from Excel for Mac, in Mac Roman, keeps its accents and is said to have been read as Mac Roman")
    void macRoman() {
        Read r = ReaderCatalogueTest.read("csv", (HEAD + SUMMER + WINTER).getBytes(Charset.forName("x-MacRoman")));
        assertThat(r.records()).hasSize(2);
        assertThat(r.records().get(0).listing().at("/title/fr").asString()).isEqualTo("Atelier d’été à Montréal");
        assertThat(r.records().get(1).listing().at("/title/fr").asString()).isEqualTo("Atelier d’hiver");
        List<Finding> encoding = of(r, "opdl.csv.encoding");
        assertThat(encoding).hasSize(1);
        assertThat(encoding.get(0).message().en()).contains("Mac Roman");
        assertThat(encoding.get(0).message().fr()).contains("Mac Roman");
        assertThat(encoding.get(0).fix().en()).contains("CSV UTF-8");
    }

    @Test
    @DisplayName("the same text in Windows-1252 is still read as Windows-1252, curly quotes and all, and so is English with quotes and dashes only")
    void windows1252Stays() {
        String quoted = HEAD + SUMMER.replace("Atelier d’été", "“Atelier” d’été");
        Read r = ReaderCatalogueTest.read("csv", quoted.getBytes(Charset.forName("windows-1252")));
        assertThat(r.records().get(0).listing().at("/title/fr").asString()).isEqualTo("“Atelier” d’été à Montréal");
        assertThat(of(r, "opdl.csv.encoding").get(0).message().en()).contains("Windows-1252");
        String english = HEAD + "listing:prairie-film/lab,“Story” lab – online • weekly — free,,lab,12\r\n";
        Read e = ReaderCatalogueTest.read("csv", english.getBytes(Charset.forName("windows-1252")));
        assertThat(e.records().get(0).listing().at("/title/en").asString()).isEqualTo("“Story” lab – online • weekly — free");
    }

    @Test
    @DisplayName("a workbook named .csv is refused at row 1 as a workbook, with the fix to name it .xlsx, in both languages")
    void workbookNamedCsv() throws IOException {
        byte[] book;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("Listings").createRow(0).createCell(0).setCellValue("Listing ID");
            wb.write(out);
            book = out.toByteArray();
        }
        byte[] oldXls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        for (byte[] bytes : List.of(book, oldXls)) {
            ReadException e = assertThrows(ReadException.class, () -> Formats.named("csv").orElseThrow()
                    .reader(Limits.DEFAULT).read("ateliers.csv", new ByteArrayInputStream(bytes), l -> { }, f -> { }));
            assertThat(((Location.Csv) e.location()).row()).isEqualTo(1);
            assertThat(e.text().en()).contains("workbook");
            assertThat(e.text().fr()).contains("classeur");
            assertThat(e.fix().en()).contains(".xlsx");
            assertThat(e.fix().fr()).contains(".xlsx");
        }
    }

    @Test
    @DisplayName("a heading row repeated after a paste is skipped with a warning naming its row, not read as a listing")
    void repeatedHeadings() {
        Read r = ReaderCatalogueTest.read("csv", (HEAD + SUMMER + HEAD + WINTER).getBytes(StandardCharsets.UTF_8));
        assertThat(r.records()).hasSize(2);
        List<Finding> repeated = of(r, "opdl.csv.duplicate-heading");
        assertThat(repeated).hasSize(1);
        assertThat(((Location.Csv) repeated.get(0).location()).row()).isEqualTo(3);
        assertThat(repeated.get(0).message().en()).contains("row 3 repeats the heading row");
        assertThat(repeated.get(0).fix().fr()).contains("supprimez la rangée 3");
        assertThat(r.records()).allSatisfy(s -> assertThat(s.notes()).isEmpty());
    }
}

package org.opdl.schema.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.finding.Severity;
import org.opdl.schema.convert.Formats;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.SourceRecord;

/** A coordinator hides the rows of past programs, or leaves a filter on, or hides a column of working notes. */
@DisplayName("Hidden rows and columns of a workbook")
@Timeout(60)
class HiddenRowsAndColumnsTest {

    private static final String RULE = "opdl.xlsx.hidden";

    private static List<Finding> notes(byte[] book, List<SourceRecord> records) throws IOException {
        List<Finding> notes = new ArrayList<>();
        Formats.named("xlsx").orElseThrow().reader(Limits.DEFAULT)
                .read("programs.xlsx", new ByteArrayInputStream(book), records::add, notes::add);
        return notes;
    }

    private static byte[] book(boolean hide) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("Listings");
            Books.row(s, 0, "Listing ID", "Title (en)", "Program types", "Places");
            Books.row(s, 1, "listing:coop-video-mtl/atelier-2025", "Summer lab 2025", "lab", 10);
            Books.row(s, 2, "listing:coop-video-mtl/atelier-2026", "Summer lab 2026", "lab", 12);
            Books.row(s, 3, "listing:coop-video-mtl/atelier-2027", "Summer lab 2027", "lab", 12);
            Books.row(s, 4);
            if (hide) {
                s.getRow(1).setZeroHeight(true);
                s.getRow(2).setZeroHeight(true);
                s.getRow(4).setZeroHeight(true);
                s.setColumnHidden(3, true);
                s.setAutoFilter(new CellRangeAddress(0, 3, 0, 3));
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    @DisplayName("hidden rows with data are read as listings and named once, at the first, in both languages; a blank hidden row is not named")
    void hiddenRowsReadAndNamed() throws IOException {
        List<SourceRecord> records = new ArrayList<>();
        List<Finding> hidden = notes(book(true), records).stream().filter(f -> f.ruleId().equals(RULE)).toList();
        assertThat(records).hasSize(3);
        assertThat(hidden).hasSize(2).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        Finding rows = hidden.get(0);
        assertThat(((Location.Cell) rows.location()).sheet()).isEqualTo("Listings");
        assertThat(((Location.Cell) rows.location()).row()).isEqualTo(2);
        assertThat(rows.message().en()).isEqualTo(
                "2 hidden rows of the sheet \"Listings\" hold data and were read like the others, as listings: 2, 3");
        assertThat(rows.message().fr()).startsWith("2 rangées masquées de la feuille « Listings »");
        assertThat(rows.fix().en()).contains("with a filter").contains("delete the rows of programs that are not to be published");
        assertThat(rows.fix().fr()).contains("supprimez les rangées");
    }

    @Test
    @DisplayName("a hidden column with data is named by its letter and heading, and its cells are read")
    void hiddenColumnNamed() throws IOException {
        List<SourceRecord> records = new ArrayList<>();
        List<Finding> hidden = notes(book(true), records).stream().filter(f -> f.ruleId().equals(RULE)).toList();
        assertThat(records.get(2).listing().findValues("places")).extracting(n -> n.asInt()).containsExactly(12);
        Finding columns = hidden.get(1);
        assertThat(columns.message().en()).isEqualTo(
                "1 hidden column of the sheet \"Listings\" holds data and was read like the others: D (\"Places\")");
        assertThat(columns.message().fr()).contains("1 colonne masquée de la feuille « Listings » contient des données et a été lue");
        assertThat(((Location.Cell) columns.location()).column()).isEqualTo("D");
    }

    @Test
    @DisplayName("a sheet with nothing hidden gets no such note")
    void nothingHidden() throws IOException {
        assertThat(notes(book(false), new ArrayList<>())).noneMatch(f -> f.ruleId().equals(RULE));
    }
}

package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.cli.exit.ExitCode;

@DisplayName("validate --annotate: the provider's workbook copied with its findings, run from the built jar")
class AnnotateIT {

    private static Path workbook(Path dir) throws Exception {
        return Workbooks.placesInWords(dir.resolve("northern-screen-lab.xlsx"));
    }

    @Test
    @DisplayName("each finding becomes a note on its cell, the cell is coloured, and a Findings sheet links to it; the original is unchanged")
    void annotates(@TempDir Path dir) throws Exception {
        Path book = workbook(dir);
        byte[] before = Files.readAllBytes(book);
        Path copy = dir.resolve("checked.xlsx");
        Cli r = Cli.runJar("validate", book.toString(), "--annotate", copy.toString());
        assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.err()).contains("annotated copy written to").contains("checked.xlsx");
        assertThat(Files.readAllBytes(book)).isEqualTo(before);
        try (InputStream in = Files.newInputStream(copy); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Findings");
            assertThat(wb.getActiveSheetIndex()).isZero();
            XSSFCell places = wb.getSheet("Intakes").getRow(1).getCell(1);
            assertThat(places.getStringCellValue()).isEqualTo("several");
            assertThat(places.getCellComment().getString().getString()).startsWith("Error (").contains("Fix: ");
            assertThat(places.getCellStyle().getFillForegroundColorColor().getARGBHex()).endsWith("FFC7CE");
            Sheet findings = wb.getSheet("Findings");
            assertThat(findings.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Place");
            boolean linked = false;
            for (Row row : findings) {
                if (row.getRowNum() > 0 && row.getCell(2).getHyperlink() != null) {
                    linked |= row.getCell(2).getHyperlink().getAddress().equals("Intakes!B2");
                }
            }
            assertThat(linked).as("a Findings row links to Intakes!B2").isTrue();
        }
    }

    @Test
    @DisplayName("in French the sheet is Constats and the notes are in French")
    void french(@TempDir Path dir) throws Exception {
        Path book = workbook(dir);
        Path copy = dir.resolve("verifie.xlsx");
        Cli r = Cli.runJar("validate", book.toString(), "--annotate", copy.toString(), "--lang", "fr");
        assertThat(r.err()).contains("copie annotée écrite dans");
        try (InputStream in = Files.newInputStream(copy); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Constats");
            assertThat(wb.getSheet("Intakes").getRow(1).getCell(1).getCellComment().getString().getString())
                    .startsWith("Erreur (").contains("Correction : ");
        }
    }

    @Test
    @DisplayName("an existing copy is kept without --force, a CSV cannot be annotated, and - is refused")
    void refusals(@TempDir Path dir) throws Exception {
        Path book = workbook(dir);
        Path copy = dir.resolve("checked.xlsx");
        Files.writeString(copy, "keep me");
        Cli kept = Cli.runJar("validate", book.toString(), "--annotate", copy.toString());
        assertThat(kept.code()).isNotIn(ExitCode.OK, ExitCode.FINDINGS, ExitCode.INTERNAL);
        assertThat(Files.readString(copy)).isEqualTo("keep me");
        Cli forced = Cli.runJar("validate", book.toString(), "--annotate", copy.toString(), "--force");
        assertThat(forced.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(Files.size(copy)).isGreaterThan(1000);
        Path csv = dir.resolve("listings.csv");
        Files.writeString(csv, "Listing ID\nlisting:a/b\n");
        Cli notBook = Cli.runJar("validate", csv.toString(), "--annotate", dir.resolve("x.xlsx").toString());
        assertThat(notBook.code()).isEqualTo(ExitCode.USAGE);
        assertThat(notBook.err()).contains("one .xlsx file").doesNotContain("Exception");
        Cli dash = Cli.runJar("validate", book.toString(), "--annotate", "-");
        assertThat(dash.code()).isEqualTo(ExitCode.USAGE);
    }
}

package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.cli.exit.ExitCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@DisplayName("Workbooks (XLSX) through opdl template, validate and convert, run from the built jar as a process")
class WorkbookIT {

    @ParameterizedTest(name = "--lang {0}")
    @ValueSource(strings = {"en", "fr"})
    @DisplayName("the workbook template validates on the day it is made with no finding at all, in either language, and converts to JSON")
    void template(String lang, @TempDir Path dir) throws Exception {
        Path book = dir.resolve("listings.xlsx");
        Cli made = Cli.runJar("template", "--to", "xlsx", "--lang", lang, "-o", book.toString());
        assertThat(made.code()).as(made.err()).isEqualTo(ExitCode.OK);
        assertThat(made.err()).doesNotContain("Log4j");
        Cli checked = Cli.runJar("validate", book.toString(), "--lang", lang, "--format", "json");
        assertThat(checked.code()).as(checked.out() + checked.err()).isEqualTo(ExitCode.OK);
        JsonNode report = Cli.JSON.readTree(checked.out());
        // In French, written in the labels and words its dropdowns and example offer: the designed input, read with no note.
        assertThat(report.toString()).doesNotContain("\"severity\"");
        Cli json = Cli.runJar("convert", book.toString(), "--to", "json");
        assertThat(json.code()).as(json.err()).isEqualTo(ExitCode.OK);
        JsonNode listing = Cli.JSON.readTree(json.out()).get(0);
        assertThat(listing.get("intakes").size()).as("both intakes come back from their sheet").isEqualTo(2);
        assertThat(listing.get("locations").size()).isEqualTo(2);
        assertThat(listing.get("type").stringValue()).isEqualTo("Listing");
    }

    @Test
    @DisplayName("the example dataset goes to a workbook and back unchanged")
    void dataset(@TempDir Path dir) throws Exception {
        Path json = Path.of(System.getProperty("opdl.root")).resolve("docs/examples/dataset.json");
        Path book = dir.resolve("dataset.xlsx");
        Cli there = Cli.runJar("convert", json.toString(), "-o", book.toString());
        assertThat(there.code()).as(there.err()).isEqualTo(ExitCode.OK);
        Cli back = Cli.runJar("convert", book.toString(), "--to", "json");
        assertThat(back.code()).as(back.err()).isEqualTo(ExitCode.OK);
        ObjectNode dataset = (ObjectNode) Cli.JSON.readTree(back.out());
        ObjectNode original = (ObjectNode) Cli.JSON.readTree(Files.readString(json));
        if (!original.has("type")) {
            dataset.remove("type");
        }
        assertThat(dataset.get("listings").size()).isEqualTo(original.get("listings").size());
        assertThat(dataset).isEqualTo(original);
    }

    @Test
    @DisplayName("a cell that cannot be read is placed as the workbook names it: sheet, cell and heading")
    void cellPlaces(@TempDir Path dir) throws Exception {
        Path book = Workbooks.placesInWords(dir.resolve("book.xlsx"));
        Cli checked = Cli.runJar("validate", book.toString());
        assertThat(checked.out()).contains("Intakes!B2").contains("Places");
        Cli fr = Cli.runJar("validate", book.toString(), "--lang", "fr");
        assertThat(fr.out()).contains("Intakes!B2");
    }

    @Test
    @DisplayName("an old .xls workbook gets a clear message saying to save it as .xlsx")
    void oldXls(@TempDir Path dir) throws Exception {
        Path book = dir.resolve("old.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(book)) {
            wb.createSheet("Listings").createRow(0).createCell(0).setCellValue("Listing ID");
            wb.write(out);
        }
        Cli checked = Cli.runJar("validate", book.toString());
        assertThat(checked.code()).isNotEqualTo(ExitCode.OK);
        assertThat(checked.out() + checked.err()).contains("old.xls").contains(".xlsx").doesNotContain("Exception");
    }

    @Test
    @DisplayName("a workbook too large for the memory given ends in a clear error naming the file and the fix, never a stack trace")
    void outOfMemory(@TempDir Path dir) throws Exception {
        byte[] small;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("Listings");
            sheet.createRow(0).createCell(0).setCellValue("Listing ID");
            sheet.getRow(0).createCell(1).setCellValue("Title (en)");
            sheet.createRow(1).createCell(0).setCellValue("listing:prairie-film-coop/residency");
            sheet.getRow(1).createCell(1).setCellValue("Documentary Residency");
            wb.write(out);
            small = out.toByteArray();
        }
        // The same workbook whose shared-strings table holds 400,000 more notes: about 40 million
        // characters, within the documented limit but far beyond a 48 MB heap.
        Path book = dir.resolve("large.xlsx");
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(small));
                ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(book))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                z.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/sharedStrings.xml")) {
                    sharedStrings(z);
                } else {
                    in.transferTo(z);
                }
                z.closeEntry();
            }
        }
        Cli checked = Cli.runJarWith(List.of("-Xmx48m"), "validate", book.toString());
        assertThat(checked.code()).isNotEqualTo(ExitCode.OK);
        assertThat(checked.out() + checked.err()).contains("large.xlsx").contains("too large to read in the memory")
                .contains("split the workbook").doesNotContain("Exception").doesNotContain("OutOfMemoryError")
                .doesNotContain("\tat ");
    }

    private static void sharedStrings(OutputStream z) throws java.io.IOException {
        var w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(z, StandardCharsets.UTF_8));
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        for (String s : List.of("Listing ID", "Title (en)", "listing:prairie-film-coop/residency", "Documentary Residency")) {
            w.write("<si><t>" + s + "</t></si>");
        }
        Random random = new Random(16);
        for (int i = 0; i < 400_000; i++) {
            w.write("<si><t>Residency note " + i + ": " + new java.math.BigInteger(320, random).toString(16) + "</t></si>");
        }
        w.write("</sst>");
        w.flush();
    }
}

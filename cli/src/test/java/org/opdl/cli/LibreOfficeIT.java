package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The workbook template opened in LibreOffice Calc gives back its headings and example row")
class LibreOfficeIT {

    private static boolean installed() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "soffice"))) {
                return true;
            }
        }
        return false;
    }

    /** A row without its trailing empty cells, which LibreOffice writes up to the sheet's widest row. */
    private static List<String> trimmed(List<String> cells) {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isEmpty()) {
            end--;
        }
        return List.copyOf(cells.subList(0, end));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en, Listings", "fr, Fiches"})
    @DisplayName("headings and example row, as LibreOffice shows them, equal the template's")
    void template(String lang, String sheet, @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        if (!installed()) {
            System.out.println("SKIPPED LibreOfficeIT: LibreOffice (soffice) is not installed; .ci/run installs libreoffice-calc-nogui");
            Assumptions.abort("LibreOffice (soffice) is not installed");
        }
        Path book = dir.resolve("template.xlsx");
        assertThat(Cli.runJar("template", "--to", "xlsx", "--lang", lang, "-o", book.toString()).code()).isZero();
        Process lo = new ProcessBuilder("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                "--outdir", dir.resolve("out").toString(), book.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(lo.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
        Path csv = dir.resolve("out").resolve("template-" + sheet + ".csv");
        assertThat(csv).as("LibreOffice wrote the " + sheet + " sheet; log: "
                + Files.readString(dir.resolve("soffice.log"))).exists();
        List<List<String>> shown = new ArrayList<>();
        try (CSVParser p = CSVParser.parse(csv, StandardCharsets.UTF_8, CSVFormat.RFC4180)) {
            for (CSVRecord r : p) {
                shown.add(trimmed(r.toList()));
            }
        }
        List<List<String>> written = new ArrayList<>();
        try (InputStream in = Files.newInputStream(book); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            DataFormatter f = new DataFormatter(java.util.Locale.ROOT);
            for (Row row : wb.getSheet(sheet)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : f.formatCellValue(row.getCell(c)));
                }
                written.add(trimmed(cells));
            }
        }
        assertThat(shown).hasSize(2);
        assertThat(shown.get(0)).as("headings").isEqualTo(written.get(0));
        assertThat(shown.get(1)).as("example row").isEqualTo(written.get(1));
        assertThat(shown.get(0)).contains(lang.equals("fr") ? "ID de la fiche" : "Listing ID").doesNotContain("JSON-LD context");
    }

    @Test
    @DisplayName("the template saved again as .xlsx by LibreOffice reads with no formula warning: its TRUE() is a typed yes")
    void savedByLibreOffice(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        if (!installed()) {
            System.out.println("SKIPPED LibreOfficeIT: LibreOffice (soffice) is not installed; .ci/run installs libreoffice-calc-nogui");
            Assumptions.abort("LibreOffice (soffice) is not installed");
        }
        Path book = dir.resolve("template.xlsx");
        assertThat(Cli.runJar("template", "--to", "xlsx", "-o", book.toString()).code()).isZero();
        Process lo = new ProcessBuilder("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                "--convert-to", "xlsx", "--outdir", dir.resolve("out").toString(), book.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(lo.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
        Path saved = dir.resolve("out").resolve("template.xlsx");
        assertThat(saved).as("LibreOffice saved the workbook; log: " + Files.readString(dir.resolve("soffice.log"))).exists();
        Cli r = Cli.runJar("validate", saved.toString());
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).doesNotContain("opdl.xlsx.formula").contains("in 1 listing");
    }
}

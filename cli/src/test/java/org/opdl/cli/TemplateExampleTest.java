package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.cli.exit.ExitCode;

@DisplayName("The template's example row")
class TemplateExampleTest {

    @Test
    @DisplayName("gives no finding at all on the day it is written")
    void englishIsClean(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("listings.csv");
        assertThat(Cli.run("template", "-o", csv.toString()).code()).isEqualTo(ExitCode.OK);
        Cli r = Cli.run("validate", csv.toString());
        assertThat(r.code()).as(r.out()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("Summary: 0 errors, 0 warnings, 0 info in 1 listing");
    }

    @Test
    @DisplayName("in French, holds French labels rather than English codes and oui for yes, and gives no finding at all")
    void frenchLabels(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("fiches.csv");
        assertThat(Cli.run("template", "--lang", "fr", "-o", csv.toString()).code()).isEqualTo(ExitCode.OK);
        String text = Files.readString(csv);
        assertThat(text).contains("Mentorat").contains("Hybride").contains("anglais | français").doesNotContain(",hybrid,")
                .doesNotContain(",mentorship,");
        assertThat(text).as("readable values, not ISO codes").contains(",6 mois,").doesNotContain("P6M").contains("," + LocalDate.now().minusDays(1) + ",").doesNotContain("T10:00:00")
                .doesNotContain("Program coordinator");
        assertThat(text).as("the yes/no column in French").contains(",oui,").doesNotContain(",true,");
        Cli r = Cli.run("validate", "--lang", "fr", csv.toString());
        assertThat(r.code()).as(r.out()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("Résumé : 0 erreur, 0 avertissement, 0 info dans 1 fiche");
    }

    @Test
    @DisplayName("in a French workbook, holds the same French labels, readable values and a French contact, read back as the same codes with no finding")
    void frenchWorkbook(@TempDir Path dir) throws Exception {
        Path book = dir.resolve("fiches.xlsx");
        assertThat(Cli.run("template", "--lang", "fr", "-o", book.toString()).code()).isEqualTo(ExitCode.OK);
        Map<String, String> example = new HashMap<>();
        try (InputStream in = Files.newInputStream(book); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet("Fiches");
            for (Cell heading : sheet.getRow(0)) {
                Cell cell = sheet.getRow(1).getCell(heading.getColumnIndex());
                example.put(heading.getStringCellValue(), cell == null ? "" : cell.getCellType() == CellType.STRING
                        ? cell.getStringCellValue() : cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)
                        ? cell.getLocalDateTimeCellValue().toLocalDate().toString() : cell.toString());
            }
        }
        assertThat(example).containsEntry("Stades de carrière", "Émergent | Début de carrière").containsEntry("Durée", "6 mois")
                .containsEntry("Mode de prestation", "Hybride").containsEntry("Dernière mise à jour", LocalDate.now().toString())
                .containsEntry("Nom de la personne-ressource", "Coordination des programmes");
        Cli r = Cli.run("validate", "--lang", "fr", book.toString());
        assertThat(r.code()).as(r.out()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("Résumé : 0 erreur, 0 avertissement, 0 info dans 1 fiche");
        Cli json = Cli.run("convert", book.toString(), "--to", "json");
        assertThat(json.out()).contains("\"early-career\"").contains("\"P6M\"").contains(LocalDate.now() + "T12:00:00Z");
    }
}

package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real program of the twelfth round typed into the template: the WIFTV / WFF Film Market
 * Preparation Mentorship (2014), whose source names no career stage and no figure.
 */
@DisplayName("A listing typed into the template with no stage says which columns would give one")
class TwelfthRoundSheetTest {

    /** The template's columns that say who may apply by stage or figures, left blank as the source gives none. */
    private static final List<String> STAGE_COLUMNS = List.of("Career stages", "Stage wording (en)", "Stage wording (fr)",
            "Min completed works", "Max completed works", "Min professional credits", "Max professional credits",
            "Min years of practice", "Max years of practice", "Alternative (en)", "Alternative (fr)", "Alternative group",
            "Alternative lowest stage", "Alternative highest stage", "Stream (en)", "Stream (fr)", "Stream lowest stage",
            "Stream highest stage", "Stream places");

    @TempDir
    Path dir;

    @Test
    @DisplayName("the fix of opdl.stage.missing names the sheet's columns, and a JSON file's fields by their paths")
    void stageMissingFixNamesColumns() throws IOException {
        Path template = dir.resolve("template.csv");
        assertThat(Cli.run("template", "-o", template.toString(), "--force").code()).isZero();
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser p = CSVParser.parse(template, StandardCharsets.UTF_8, CSVFormat.RFC4180)) {
            for (CSVRecord r : p) {
                rows.add(new ArrayList<>(r.toList()));
            }
        }
        List<String> head = rows.get(0);
        head.set(0, head.get(0).replace("\uFEFF", ""));
        List<String> row = rows.get(1);
        for (String h : head) {
            if (STAGE_COLUMNS.contains(h) || h.startsWith("Alternative ") || h.startsWith("Stream ")) {
                row.set(head.indexOf(h), "");
            }
        }
        row.set(head.indexOf("Title (en)"), "WIFTV / WFF Film Market Preparation Mentorship");
        row.set(head.indexOf("Membership required (en)"), "Membership in Women in Film & Television Vancouver.");
        Path sheet = dir.resolve("wiftv.csv");
        StringBuilder text = new StringBuilder();
        for (List<String> cells : List.of(head, row)) {
            text.append(String.join(",", cells.stream().map(v -> '"' + v.replace("\"", "\"\"") + '"').toList())).append("\r\n");
        }
        Files.writeString(sheet, text, StandardCharsets.UTF_8);
        String said = Cli.run("validate", sheet.toString()).out();
        assertThat(said).contains("opdl.stage.missing")
                .contains("or eligibility bounds such as \"Min professional credits\" and \"Max years of practice\"")
                .doesNotContain("`minCredits`").doesNotContain("`maxYears`");
        Path json = dir.resolve("wiftv.json");
        assertThat(Cli.run("convert", sheet.toString(), "--to", "json", "-o", json.toString()).code()).isZero();
        assertThat(Cli.run("validate", json.toString()).out())
                .contains("such as `eligibility.minCredits` and `eligibility.maxYears`");
    }
}

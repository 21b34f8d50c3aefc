package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A coordinator reads findings about her spreadsheet in the words of its columns, not the JSON
 * names of the fields; a JSON file's findings keep the JSON names.
 */
@DisplayName("Findings on a spreadsheet name its columns")
class SpreadsheetFindingWordsTest {

    @TempDir
    Path dir;

    /** The template's heading row and example row in {@code lang}, with the cells of {@code changes} replaced. */
    private List<List<String>> template(String lang, Map<String, String> changes) throws IOException {
        Path csv = dir.resolve("template-" + lang + ".csv");
        assertThat(Cli.run("template", "--lang", lang, "-o", csv.toString(), "--force").code()).isZero();
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser p = CSVParser.parse(csv, StandardCharsets.UTF_8, CSVFormat.RFC4180)) {
            for (CSVRecord r : p) {
                rows.add(new ArrayList<>(r.toList()));
            }
        }
        rows.get(0).set(0, rows.get(0).get(0).replace("\uFEFF", ""));
        changes.forEach((heading, value) -> rows.get(1).set(rows.get(0).indexOf(heading), value));
        return rows;
    }

    /**
     * The example row as a coordinator's own (under another id, as the template's example itself is
     * an error beside other rows), then again as row 3 and 4 under other ids, with the cells of
     * {@code blanked} left empty.
     */
    private static void laterRows(List<List<String>> rows, String idHeading, List<String> blanked) {
        int idColumn = rows.get(0).indexOf(idHeading);
        String id = rows.get(1).get(idColumn);
        rows.get(1).set(idColumn, id + "-1");
        for (int n = 2; n <= 3; n++) {
            List<String> row = new ArrayList<>(rows.get(1));
            row.set(idColumn, id + "-" + n);
            blanked.forEach(h -> row.set(rows.get(0).indexOf(h), ""));
            rows.add(row);
        }
    }

    private Path write(String name, List<List<String>> rows) throws IOException {
        Path file = dir.resolve(name);
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            List<String> quoted = row.stream().map(v -> '"' + v.replace("\"", "\"\"") + '"').toList();
            text.append(String.join(",", quoted)).append("\r\n");
        }
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Nested
    @DisplayName("an eligibility minimum above its maximum")
    class MinAboveMax {

        @Test
        @DisplayName("names the two columns in French and in English, and the two fields in a JSON file")
        void columns() throws IOException {
            Path fr = write("fiches.csv", template("fr", Map.of("Min. de crédits professionnels", "5")));
            assertThat(Cli.run("validate", "--lang", "fr", fr.toString()).out())
                    .contains("« Min. de crédits professionnels » (5) dépasse « Max. de crédits professionnels » (2)")
                    .doesNotContain("minCredits").doesNotContain("maxCredits");
            Path en = write("listings.csv", template("en", Map.of("Min professional credits", "5")));
            assertThat(Cli.run("validate", en.toString()).out())
                    .contains("\"Min professional credits\" (5) is above \"Max professional credits\" (2)");
            Path json = dir.resolve("listings.json");
            Cli.run("convert", en.toString(), "--to", "json", "-o", json.toString());
            assertThat(Cli.run("validate", json.toString()).out()).contains("`minCredits` (5) is above `maxCredits` (2)");
        }
    }

    @Nested
    @DisplayName("a provider named only on the first row")
    class ProviderOnFirstRowOnly {

        @Test
        @DisplayName("gives one error per later row, naming the blank column and saying to copy the provider into it")
        void oneFindingPerRow() throws IOException {
            List<List<String>> rows = template("en", Map.of());
            laterRows(rows, "Listing ID", List.of("Provider name (en)", "Provider name (fr)", "Provider website"));
            Cli r = Cli.run("validate", write("listings.csv", rows).toString());
            assertThat(r.out()).contains("opdl.structure.required — Required field missing (2)")
                    .contains("row 3, column \"Provider name (en)\"").contains("row 4, column \"Provider name (en)\"")
                    .contains("Nothing is given in \"Provider name (en)\" on this row")
                    .contains("A blank cell is not read as the cell above it")
                    .doesNotContain("organization-conflict").doesNotContain("`name`")
                    .contains("Summary: 2 errors");
        }

        @Test
        @DisplayName("in French, names the column and the fix in French")
        void french() throws IOException {
            List<List<String>> rows = template("fr", Map.of());
            laterRows(rows, "ID de la fiche", List.of("Nom du fournisseur (en)", "Nom du fournisseur (fr)", "Site Web du fournisseur"));
            Cli r = Cli.run("validate", "--lang", "fr", write("fiches.csv", rows).toString());
            assertThat(r.out()).contains("Rien n'est donné dans « Nom du fournisseur (fr) » sur cette rangée")
                    .contains("copiez donc la valeur dans chaque rangée").doesNotContain("« name »")
                    .doesNotContain("organization-conflict").contains("Résumé : 2 erreurs");
        }

        @Test
        @DisplayName("with its id left blank too, names the provider's columns once per row")
        void wholeProvider() throws IOException {
            List<List<String>> rows = template("en", Map.of());
            laterRows(rows, "Listing ID", List.of("Provider ID", "Provider name (en)", "Provider name (fr)", "Provider website"));
            Cli r = Cli.run("validate", write("listings.csv", rows).toString());
            assertThat(r.out()).contains("Nothing is given in the columns \"Provider ID\", \"Provider name (en)\"")
                    .contains("fix: Fill in the columns \"Provider ID\"").contains("Summary: 2 errors");
        }

        @Test
        @DisplayName("in a workbook, names the column as in a CSV file")
        void workbook() throws IOException {
            List<List<String>> rows = template("en", Map.of());
            laterRows(rows, "Listing ID", List.of("Provider name (en)", "Provider name (fr)", "Provider website"));
            Path book = dir.resolve("listings.xlsx");
            Cli.run("convert", write("listings.csv", rows).toString(), "--to", "xlsx", "-o", book.toString());
            Cli r = Cli.run("validate", book.toString());
            assertThat(r.out()).contains("Nothing is given in \"Provider name (en)\" on this row").doesNotContain("`name`")
                    .doesNotContain("organization-conflict").contains("Summary: 2 errors");
        }
    }

    @Nested
    @DisplayName("a value that is no code")
    class UnknownCode {

        @Test
        @DisplayName("is told the label to pick on a spreadsheet row, the code in a JSON file, and a short list gives both")
        void labelOnRowCodeInJson() throws IOException {
            Path fr = write("fiches.csv", template("fr", Map.of("Statut", "Ouvret", "Stades de carrière", "rising-star")));
            assertThat(Cli.run("validate", "--lang", "fr", fr.toString()).out())
                    .contains("vouliez-vous dire « Ouvert »?").contains("Remplacez « Ouvret » par « Ouvert ».")
                    .contains("les codes sont : entry (Entrée), emerging (Émergent), early-career (Début de carrière)");
            Path en = write("listings.csv", template("en", Map.of("Status", "Opne")));
            assertThat(Cli.run("validate", en.toString()).out()).contains("did you mean `Open`?");
            Path json = dir.resolve("listings.json");
            Cli.run("convert", en.toString(), "--to", "json", "-o", json.toString());
            assertThat(Cli.run("validate", json.toString()).out()).contains("did you mean `open`?");
        }
    }

    @Nested
    @DisplayName("an amount left blank beside its currency (tenth round, P3)")
    class AmountBesideItsCurrency {

        @Test
        @DisplayName("names the filled cell that needs the amount, not every listing, in both languages")
        void namesTheFilledCell() throws IOException {
            Path en = write("listings.csv", template("en", Map.of("Stipend amount", "")));
            assertThat(Cli.run("validate", en.toString()).out())
                    .contains("Nothing is given in \"Stipend amount\" on this row, though \"Stipend currency\" is filled")
                    .contains("or empty \"Stipend currency\" when there is nothing to put in \"Stipend amount\"")
                    .doesNotContain("every listing needs a value").doesNotContain("`amount`");
            Path fr = write("fiches.csv", template("fr", Map.of("Montant (allocation)", "")));
            assertThat(Cli.run("validate", "--lang", "fr", fr.toString()).out())
                    .contains("alors que la colonne « Devise (allocation) » est remplie")
                    .doesNotContain("chaque fiche doit en donner une valeur");
        }

        @Test
        @DisplayName("that the reader could not read is reported once, as unreadable, with no missing-field error beside it")
        void unreadableOnce() throws IOException {
            Path en = write("listings.csv", template("en", Map.of("Award maximum amount",
                    "$10,000 (emerging) / $40,000 (mid-career and established)", "Award maximum currency", "CAD")));
            assertThat(Cli.run("validate", en.toString()).out())
                    .contains("opdl.csv.unreadable").contains("the largest, 40000, here")
                    .doesNotContain("opdl.structure.required").contains("Summary: 1 error");
        }
    }
}

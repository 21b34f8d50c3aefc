package org.opdl.schema.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Lang;
import org.opdl.schema.testing.SheetRead;
import tools.jackson.databind.JsonNode;

/**
 * A coordinator's sheets of the fourteenth round: a row with more cells than headings, a group's cells that do not
 * line up, a column repeated with another value, a row whose only cells cannot be read.
 */
@DisplayName("Spreadsheets, fourteenth round")
@Timeout(60)
class FourteenthRoundSheetsTest {

    private static final String HEAD = "Listing ID,Title (en),Title (fr),Provider name (en),Program types,Places\r\n";

    @Nested
    @DisplayName("a hand-written CSV row with more cells than headings")
    class MoreCellsThanHeadings {

        @Test
        @DisplayName("is named with its extra cells and not read, and the rows below it are read")
        void namedAndTheRowsBelowRead() throws IOException {
            SheetRead r = SheetRead.of("csv", (HEAD
                    + "listing:coop-video-mtl/atelier-ete,Summer lab,Atelier d'été,Coop Vidéo,lab,12\r\n"
                    + "listing:coop-video-mtl/atelier-hiver,Winter lab, Toronto,Atelier d'hiver,Coop Vidéo,mentorship,8\r\n"
                    + "listing:coop-video-mtl/atelier-printemps,Spring lab,Atelier du printemps,Coop Vidéo,lab,6\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            assertThat(r.ids()).containsExactly("listing:coop-video-mtl/atelier-ete", "listing:coop-video-mtl/atelier-printemps");
            assertThat(r.of("opdl.syntax.csv")).isEmpty();
            assertThat(r.of("opdl.csv.unreadable")).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.location().describe(Lang.EN)).isEqualTo("row 3");
                assertThat(f.message().en()).isEqualTo("row 3 has 1 filled cell after column F, the last with a heading: G (\"8\")."
                        + " A separator (comma) typed in a cell that is not in double quotes splits that cell in two and moves every"
                        + " cell after it one column to the right, so the row was not read, rather than read under the wrong"
                        + " headings; the rows below it were read");
                assertThat(f.message().fr()).isEqualTo("la rangée 3 a 1 cellule remplie après la colonne F, la dernière qui a un"
                        + " en-tête : G (« 8 »). Un séparateur (virgule) tapé dans une cellule qui n'est pas entre guillemets droits"
                        + " coupe cette cellule en deux et décale d'une colonne vers la droite chaque cellule qui la suit : la rangée"
                        + " n'a donc pas été lue, plutôt que lue sous les mauvais en-têtes; les rangées qui la suivent l'ont été");
                assertThat(f.fix().en()).isEqualTo("in row 3, put in double quotes each cell that holds the separator (comma), as a"
                        + " spreadsheet program does when it saves a CSV file, or delete the cells after column F if they are"
                        + " notes; then check the file again");
                assertThat(f.fix().fr()).startsWith("à la rangée 3, mettez entre guillemets droits chaque cellule qui contient le"
                        + " séparateur (virgule)");
            });
        }

        @Test
        @DisplayName("in a French file separated by semicolons, names the semicolon and each extra cell, the fourth and after counted")
        void semicolonsAndManyCells() throws IOException {
            SheetRead r = SheetRead.of("csv", ("ID de la fiche;Titre (fr);Types de programme;Places\r\n"
                    + "listing:coop-video-mtl/atelier-ete;Atelier d'été;lab;12;vérifié;Marie;mars;2026;ok\r\n"
                    + "listing:coop-video-mtl/atelier-hiver;Atelier d'hiver;mentorship;8\r\n").getBytes(StandardCharsets.UTF_8));
            assertThat(r.ids()).containsExactly("listing:coop-video-mtl/atelier-hiver");
            assertThat(r.of("opdl.csv.unreadable")).singleElement().satisfies(f -> {
                assertThat(f.message().en()).startsWith("row 2 has 5 filled cells after column D, the last with a heading:"
                        + " E (\"vérifié\"), F (\"Marie\"), G (\"mars\") and 2 more. A separator (semicolon)");
                assertThat(f.message().fr()).startsWith("la rangée 2 a 5 cellules remplies après la colonne D, la dernière qui a un"
                        + " en-tête : E (« vérifié »), F (« Marie »), G (« mars ») et 2 autres. Un séparateur (point-virgule)");
            });
        }

        @Test
        @DisplayName("that is the only row leaves no claim that the file holds only its headings")
        void onlyRow() throws IOException {
            SheetRead r = SheetRead.of("csv", (HEAD
                    + "listing:coop-video-mtl/atelier-ete,Summer lab,Atelier d'été,Coop Vidéo,lab,12,Checked by Marie\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            assertThat(r.records()).isEmpty();
            assertThat(r.of("opdl.csv.unreadable")).hasSize(1);
            assertThat(r.of("opdl.csv.no-listing")).isEmpty();
        }

        @Test
        @DisplayName("in a workbook, where no cell moves, names the cell beyond the last heading and reads the rest of its row")
        void workbookCellNamedRowRead() throws IOException {
            byte[] book = Books.sheet("Listings", List.of(
                    List.of("Listing ID", "Title (en)", "Program types"),
                    List.of("listing:coop-video-mtl/atelier-ete", "Summer lab", "lab", "", "Checked by Marie"),
                    List.of("listing:coop-video-mtl/atelier-hiver", "Winter lab", "mentorship")));
            SheetRead r = SheetRead.of("xlsx", book);
            assertThat(r.ids()).containsExactly("listing:coop-video-mtl/atelier-ete", "listing:coop-video-mtl/atelier-hiver");
            assertThat(r.records().get(0).notes()).filteredOn(f -> f.ruleId().equals("opdl.csv.unreadable")).singleElement()
                    .satisfies(f -> {
                        assertThat(f.location().describe(Lang.EN)).startsWith("Listings!E2");
                        assertThat(f.message().en()).isEqualTo("the cell holds \"Checked by Marie\" but its column E has no heading,"
                                + " so it belongs to no field; it was not read, and the rest of the row was");
                    });
        }
    }

    @Test
    @DisplayName("a cell of a group whose values do not line up with its group's other cells is named, and the row and the rows below are read")
    void misalignedGroupCell() throws IOException {
        SheetRead r = SheetRead.of("csv", ("Listing ID,Title (en),Program types,Places,Application deadline\r\n"
                + "listing:coop-video-mtl/atelier-ete,Summer lab,lab,12,2027-03-01 | 2027-06-01\r\n"
                + "listing:coop-video-mtl/atelier-hiver,Winter lab,mentorship,8,2027-10-01\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(r.ids()).containsExactly("listing:coop-video-mtl/atelier-ete", "listing:coop-video-mtl/atelier-hiver");
        assertThat(r.of("opdl.syntax.csv")).isEmpty();
        JsonNode summer = r.records().get(0).listing();
        assertThat(summer.path("title").path("en").asString()).isEqualTo("Summer lab");
        assertThat(summer.at("/intakes/0/places").asInt()).isEqualTo(12);
        assertThat(summer.at("/intakes/0").has("applicationDeadline")).as("no deadline guessed for the intake").isFalse();
        assertThat(r.records().get(0).notes()).filteredOn(f -> f.ruleId().equals("opdl.csv.unreadable")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().describe(Lang.EN)).isEqualTo("row 2, column \"Application deadline\" (E)");
            assertThat(f.message().en()).isEqualTo("this cell has 2 values separated by | but column D has 1, and the cells of the"
                    + " intakes group must line up, the first value of each with the first of the others: which value goes with"
                    + " which item cannot be told, so this cell was not read; the rest of the row and the rows below it were");
            assertThat(f.message().fr()).startsWith("cette cellule a 2 valeurs séparées par | mais la colonne D en a 1");
            assertThat(f.fix().en()).isEqualTo("give one value per item, leaving the place empty between | when an item has none");
        });
    }

    @Test
    @DisplayName("a column repeated beside its first with another value on a row reads neither value there, names both, and reads the rest")
    void repeatedColumnDisagrees() throws IOException {
        SheetRead r = SheetRead.of("csv", ("Listing ID,Title (en),Program types,Places,Places\r\n"
                + "listing:coop-video-mtl/atelier-ete,Summer lab,lab,12,10\r\n"
                + "listing:coop-video-mtl/atelier-hiver,Winter lab,mentorship,8,8\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(r.ids()).containsExactly("listing:coop-video-mtl/atelier-ete", "listing:coop-video-mtl/atelier-hiver");
        assertThat(r.records().get(0).listing().has("intakes")).as("neither 12 nor 10 is guessed").isFalse();
        assertThat(r.records().get(1).listing().at("/intakes/0/places").asInt()).isEqualTo(8);
        assertThat(r.records().get(1).notes()).isEmpty();
        assertThat(r.records().get(0).notes()).filteredOn(f -> f.ruleId().equals("opdl.csv.unreadable")).singleElement().satisfies(f -> {
            assertThat(f.location().describe(Lang.EN)).isEqualTo("row 2, column \"Places\" (E)");
            assertThat(f.message().en()).isEqualTo("this column and column D have the same heading but hold different values on this"
                    + " row, \"12\" in D and \"10\" in E: which is right cannot be told, so neither was read; the rest of the row was");
            assertThat(f.message().fr()).isEqualTo("cette colonne et la colonne D ont le même en-tête mais des valeurs différentes à"
                    + " cette rangée, « 12 » en D et « 10 » en E : on ne peut dire laquelle est la bonne, aucune n'a donc été lue;"
                    + " le reste de la rangée l'a été");
            assertThat(f.fix().en()).isEqualTo("keep the right value in column D and delete column E, which repeats its heading");
        });
    }

    @Test
    @DisplayName("a row whose only filled cell cannot be read is named at that cell, not dropped unsaid")
    void rowOfOneUnreadableCell() throws IOException {
        SheetRead r = SheetRead.of("csv", ("Listing ID,Title (en),Program types,Places\r\n"
                + "listing:coop-video-mtl/atelier-ete,Summer lab,lab,12\r\n"
                + ",,,about twelve\r\n"
                + "listing:coop-video-mtl/atelier-hiver,Winter lab,mentorship,8\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(r.ids()).containsExactly("listing:coop-video-mtl/atelier-ete", "listing:coop-video-mtl/atelier-hiver");
        assertThat(r.notes()).filteredOn(f -> f.location().line() == 3).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().describe(Lang.EN)).isEqualTo("row 3, column \"Places\" (D)");
            assertThat(f.message().en()).contains("about twelve");
        });
    }

    @Test
    @DisplayName("a column repeated beside its first, filled where the first is blank, gives its value, as one value is no guess")
    void repeatedColumnFillsTheBlank() throws IOException {
        SheetRead r = SheetRead.of("csv", ("Listing ID,Title (en),Program types,Places,Places\r\n"
                + "listing:coop-video-mtl/atelier-ete,Summer lab,lab,,10\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(r.records().get(0).listing().at("/intakes/0/places").asInt()).isEqualTo(10);
        assertThat(r.records().get(0).notes()).isEmpty();
        assertThat(r.of("opdl.csv.duplicate-heading")).as("the repeated heading is still named").hasSize(1);
    }

    @Test
    @DisplayName("a quote opened and never closed is told in a coordinator's words, with the row and the fix, in both languages")
    void quoteNeverClosed() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SheetRead.of("csv", ("Listing ID,Title (en),Program types,Places\r\n"
                + "listing:coop-video-mtl/atelier-ete,\"Summer lab,lab,12\r\n"
                + "listing:coop-video-mtl/atelier-hiver,Winter lab,mentorship,8\r\n").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(org.opdl.schema.format.ReadException.class, e -> {
                    assertThat(e.location().describe(Lang.EN)).isEqualTo("row 2");
                    assertThat(e.text().en()).isEqualTo("a cell of row 2 opens with a double quote (\") that is never closed:"
                            + " everything after it, to the end of the file, was taken as that one cell, so nothing could be read"
                            + " from row 2 on");
                    assertThat(e.text().fr()).startsWith("une cellule de la rangée 2 s'ouvre par un guillemet droit (\")");
                    assertThat(e.fix().en()).startsWith("in row 2, close the quote at the end of the cell's text, or delete it");
                    assertThat(e.text().en()).doesNotContain("EOF", "encapsulated");
                });
    }
}

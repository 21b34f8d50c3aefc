package org.opdl.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opdl.model.finding.Finding;
import org.opdl.model.text.Lang;
import org.opdl.schema.convert.Formats;
import org.opdl.schema.format.Limits;
import org.opdl.validator.report.Occurrence;

/** The status and the days of the date rules' warnings, as the coordinator of a French or English sheet reads them. */
@DisplayName("The status and dates of a sheet's date warnings")
class StatusDatesOnASheetTest {

    /** A French sheet: a documentary lab marked closed whose second call is still to come. */
    private static final String CLOSED = "ID de la fiche;Titre (fr);Types de programme;Statut;Ouverture des candidatures;"
            + "Date limite de candidature\r\n"
            + "listing:doc-circuit/labo-doc;Labo documentaire;lab;Fermé;2026-11-02 | 2027-05-03;2027-01-15 | 2027-07-01\r\n";

    private static List<Finding> findings(String sheet, LocalDate asOf, String rule) throws IOException {
        try (ValidationRun run = Validator.standard(ValidationOptions.defaults(asOf)).start()) {
            run.file("fiches.csv", Formats.named("csv").orElseThrow().reader(Limits.DEFAULT),
                    new ByteArrayInputStream(sheet.getBytes(StandardCharsets.UTF_8)));
            return run.finish().groups().stream().flatMap(g -> g.shown().stream()).map(Occurrence::finding)
                    .filter(f -> f.ruleId().equals(rule)).toList();
        }
    }

    @Nested
    @DisplayName("a listing closed while a later call takes applications")
    class ClosedWithALaterCall {

        @Test
        @DisplayName("names the status by its label and the days in words, in each language")
        void labelAndDaysInWords() throws IOException {
            assertThat(findings(CLOSED, LocalDate.of(2027, 3, 1), "opdl.dates.closed-later-intake")).singleElement().satisfies(f -> {
                assertThat(f.message(Lang.FR)).isEqualTo("Le statut est « Fermé », mais l'appel 2 reçoit des candidatures"
                        + " jusqu'au 1er juillet 2027 : une productrice ou un producteur qui cherche des programmes ouverts ne le"
                        + " voit jamais.");
                assertThat(f.fix().in(Lang.FR)).isEqualTo("Donnez à « Statut » la valeur « À venir » (les candidatures ouvrent le"
                        + " 3 mai 2027), ou retirez l'appel 2 s'il n'est pas encore annoncé.");
                assertThat(f.message(Lang.EN)).isEqualTo("The status is `Closed`, but intake 2 takes applications until"
                        + " July 1, 2027: a producer looking for open programs is never shown it.");
                assertThat(f.fix().in(Lang.EN)).startsWith("Set \"Status\" to `Upcoming` (applications open on May 3, 2027)");
            });
        }

        @Test
        @DisplayName("whose call is already open offers the label Open (Ouvert)")
        void openCall() throws IOException {
            assertThat(findings(CLOSED, LocalDate.of(2027, 6, 1), "opdl.dates.closed-later-intake")).singleElement()
                    .satisfies(f -> assertThat(f.fix().in(Lang.FR)).startsWith("Donnez à « Statut » la valeur « Ouvert »,"));
        }
    }

    @Test
    @DisplayName("a listing still open after its last deadline names the days in words and the statuses by their labels")
    void deadlinePassed() throws IOException {
        String open = CLOSED.replace(";Fermé;", ";Ouvert;");
        assertThat(findings(open, LocalDate.of(2027, 9, 1), "opdl.dates.deadline-passed")).singleElement().satisfies(f -> {
            assertThat(f.message(Lang.FR)).isEqualTo("La dernière date limite (1er juillet 2027) précède le 1er septembre 2027,"
                    + " mais le statut est encore « Ouvert ».");
            assertThat(f.fix().in(Lang.FR)).isEqualTo("Donnez à « Statut » la valeur « Fermé », ou ajoutez la prochaine cohorte.");
            assertThat(f.message(Lang.EN)).isEqualTo("The last application deadline (July 1, 2027) is before September 1, 2027,"
                    + " but the status is still `Open`.");
        });
    }
}

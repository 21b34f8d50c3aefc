package org.opdl.schema.cell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Lang;
import org.opdl.schema.testing.SheetRead;

/** Dates as a spreadsheet saves the text of a date cell into a CSV file, sixteenth round of spreadsheets. */
@DisplayName("Dates a spreadsheet saved into a CSV file, sixteenth round")
class SixteenthRoundDatesTest {

    private static final String HEAD = "Listing ID,Title (en),Program types,Start date,Application deadline\r\n";

    /** The findings of one rule, the file's and its listings'. */
    private static java.util.List<org.opdl.model.finding.Finding> of(SheetRead r, String rule) {
        return java.util.stream.Stream.concat(r.notes().stream(), r.records().stream().flatMap(x -> x.notes().stream()))
                .filter(f -> f.ruleId().equals(rule)).toList();
    }

    private static SheetRead read(String start, String deadline) throws IOException {
        return SheetRead.of("csv", HEAD + "listing:hot-docs/doc-accelerator,Doc Accelerator,lab," + start + "," + deadline + "\r\n");
    }

    @Nested
    @DisplayName("a month and year in Excel's mmm-yy format, saved as the cell shows it (Y59)")
    class MonthAndShortYear {

        @Test
        @DisplayName("is refused for its true reason, a month and two digits of a year with no day, and the fix names Month and Year")
        void refusedForItsReason() throws IOException {
            SheetRead r = read("Mar-27", "2027-01-15");
            assertThat(r.records().get(0).listing().at("/intakes/0/startDate").isMissingNode()).isTrue();
            assertThat(of(r, "opdl.csv.unreadable")).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.location().describe(Lang.EN)).contains("Start date");
                assertThat(f.message().en()).contains("expected a date with its day and its year in four digits, such as"
                        + " 2027-03-15: \"Mar-27\" is how Excel's mmm-yy format shows a month and the last two digits of its year"
                        + " (27), with no day, and neither the day nor the century is guessed");
                assertThat(f.message().en()).doesNotContain("no year is guessed");
                assertThat(f.fix().en()).isEqualTo("write the day the call gives with its year in four digits, such as 2027-03-15;"
                        + " if the call gives only the month, leave this cell blank and write the month in \"Month\" and the year,"
                        + " in four digits, in \"Year\" of the same intake");
                assertThat(f.message().fr()).contains("« Mar-27 » est la façon dont le format mmm-aa d'Excel affiche un mois");
                assertThat(f.fix().fr()).contains("dans « Mois » et l'année, en quatre chiffres, dans « Année » du même appel");
            });
        }

        @Test
        @DisplayName("in French Excel's words (mars-27) is refused the same way; a month and day typed with a space is still a day without a year")
        void frenchAndMonthDay() throws IOException {
            assertThat(of(read("mars-27", ""), "opdl.csv.unreadable")).singleElement()
                    .satisfies(f -> assertThat(f.message().en()).contains("\"mars-27\" is how Excel's mmm-yy format shows"));
            assertThat(of(read("March 27", ""), "opdl.csv.unreadable")).singleElement()
                    .satisfies(f -> assertThat(f.message().en()).contains("no year is guessed"));
        }
    }

    @Nested
    @DisplayName("a date with the midnight time a spreadsheet saves with a date cell whose time was never typed (Y60)")
    class MidnightTime {

        @Test
        @DisplayName("is read as its day, in ISO, month-first and day-first forms, with one note for the file")
        void readAsTheDay() throws IOException {
            SheetRead r = read("2027-03-15 00:00:00", "2/15/2027 0:00");
            var intake = r.records().get(0).listing().at("/intakes/0");
            assertThat(intake.at("/startDate").asString()).isEqualTo("2027-03-15");
            assertThat(intake.at("/applicationDeadline").asString()).isEqualTo("2027-02-15");
            assertThat(of(r, "opdl.csv.unreadable")).isEmpty();
            assertThat(of(r, "opdl.csv.date-normalised")).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.INFO);
                assertThat(f.message().en()).startsWith("2 dates were read without the midnight time (00:00) a spreadsheet saves"
                        + " with a date whose time was never typed, such as");
                assertThat(f.message().fr()).startsWith("2 dates ont été lues sans l'heure de minuit (00:00)");
            });
        }

        @Test
        @DisplayName("with the T of ISO or day-first (15/03/2027 00:00) is read as its day too")
        void otherForms() throws IOException {
            var intake = read("2027-03-15T00:00:00", "15/02/2027 00:00").records().get(0).listing().at("/intakes/0");
            assertThat(intake.at("/startDate").asString()).isEqualTo("2027-03-15");
            assertThat(intake.at("/applicationDeadline").asString()).isEqualTo("2027-02-15");
        }

        @Test
        @DisplayName("any other hour is still refused, as the column holds the day and the hour goes in the description")
        void anotherHour() throws IOException {
            assertThat(of(read("2027-03-15 18:00", ""), "opdl.csv.unreadable")).singleElement()
                    .satisfies(f -> assertThat(f.message().en()).contains("the column holds the day, not the hour"));
        }
    }
}

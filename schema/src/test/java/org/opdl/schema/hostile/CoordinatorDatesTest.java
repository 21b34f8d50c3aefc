package org.opdl.schema.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opdl.model.finding.Finding;
import org.opdl.schema.hostile.ReaderCatalogueTest.Read;
import org.opdl.schema.testing.NoNetwork;
import java.util.stream.Stream;

/** Dates as coordinators type them in Excel set to English (Canada), English (United States) or French (Canada). */
@DisplayName("Dates typed by coordinators in their own locale")
@ExtendWith(NoNetwork.class)
class CoordinatorDatesTest {

    private static final String HEAD = "Listing ID,Title (en),Program types,Start date\r\n";

    private static String row(String code, String date) {
        return "listing:coop-video-mtl/" + code + ",Summer lab,lab," + date + "\r\n";
    }

    private static List<Finding> all(Read r) {
        return Stream.concat(r.notes().stream(), r.records().stream().flatMap(s -> s.notes().stream())).toList();
    }

    private static List<Finding> dates(Read r) {
        return all(r).stream().filter(f -> f.ruleId().equals("opdl.csv.date-normalised")).toList();
    }

    private static String start(Read r, int i) {
        return r.records().get(i).listing().at("/intakes/0/startDate").asString();
    }

    @Test
    @DisplayName("03/15/2027 is read month-first and said so, not counted with 15/03/2027 as read day-first, in both languages")
    void monthFirstSaidSo() {
        Read r = ReaderCatalogueTest.read("csv", HEAD + row("a", "15/03/2027") + row("b", "03/15/2027"));
        assertThat(start(r, 0)).isEqualTo("2027-03-15");
        assertThat(start(r, 1)).isEqualTo("2027-03-15");
        List<Finding> notes = dates(r);
        assertThat(notes).hasSize(2);
        assertThat(notes).anySatisfy(f -> assertThat(f.message().en())
                .isEqualTo("1 date was read day-first as YYYY-MM-DD, such as \"15/03/2027\" as 2027-03-15"));
        assertThat(notes).anySatisfy(f -> {
            assertThat(f.message().en()).startsWith("1 date was read month-first").contains("\"03/15/2027\" as 2027-03-15");
            assertThat(f.message().fr()).startsWith("1 date a été lue mois d'abord");
        });
    }

    @Test
    @DisplayName("March 15th, 2027 and 15th March 2027 are read as 2027-03-15, like March 15, 2027; 05/04/2027 is still refused")
    void ordinalDays() {
        Read r = ReaderCatalogueTest.read("csv", HEAD + row("a", "\"March 15th, 2027\"") + row("b", "15th March 2027")
                + row("c", "\"Sept. 1st, 2027\"") + row("d", "05/04/2027"));
        assertThat(start(r, 0)).isEqualTo("2027-03-15");
        assertThat(start(r, 1)).isEqualTo("2027-03-15");
        assertThat(start(r, 2)).isEqualTo("2027-09-01");
        assertThat(dates(r)).singleElement().satisfies(f -> assertThat(f.message().en()).startsWith("3 dates written with the month's name"));
        assertThat(all(r)).anySatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("opdl.csv.unreadable");
            assertThat(f.message().en()).contains("\"05/04/2027\" could be read day-first or month-first");
        });
    }
}

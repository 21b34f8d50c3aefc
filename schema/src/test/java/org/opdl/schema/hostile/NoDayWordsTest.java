package org.opdl.schema.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opdl.model.finding.Finding;
import org.opdl.schema.hostile.ReaderCatalogueTest.Read;
import org.opdl.schema.testing.NoNetwork;

/** Words that name no day in the date cells of a component, and a season or month alone in any date cell. */
@DisplayName("Date cells holding words that name no day")
@ExtendWith(NoNetwork.class)
class NoDayWordsTest {

    private static List<Finding> unreadable(Read r) {
        return Stream.concat(r.notes().stream(), r.records().stream().flatMap(s -> s.notes().stream()))
                .filter(f -> f.ruleId().equals("opdl.csv.unreadable")).toList();
    }

    @Test
    @DisplayName("Spring 2027, fall, Q2 2027 or a day counted from an event in a component's dates: the fix sends the words to the intake's Timing with the component's name")
    void componentDates() {
        String head = "Listing ID,Title (en),Program types,Component (en),Component start,Component end\r\n";
        for (String words : List.of("Spring 2027", "fall", "Q2 2027", "printemps 2027")) {
            Read r = ReaderCatalogueTest.read("csv", head + "listing:doc-circuit/market-lab,Market Lab,lab,Market week,"
                    + words + ",2027-06-04\r\n");
            assertThat(unreadable(r)).as(words).singleElement().satisfies(f -> {
                assertThat(f.message().en()).contains("a component has no field for one");
                assertThat(f.fix().en()).contains("leave this cell blank")
                        .contains("component's name with \"" + words + "\" in \"Timing\" of the intake").doesNotContain("\"Season\"");
                assertThat(f.message().fr()).contains("une composante n'a pas de champ pour elle");
                assertThat(f.fix().fr()).contains("nom de la composante avec « " + words + " » dans « Moment » de l'appel");
            });
            assertThat(r.records().get(0).listing().at("/components/0/endDate").asString()).isEqualTo("2027-06-04");
        }
        Read relative = ReaderCatalogueTest.read("csv", head + "listing:doc-circuit/market-lab,Market Lab,lab,Market week,,"
                + "2 weeks before the market\r\n");
        assertThat(unreadable(relative)).singleElement().satisfies(f -> assertThat(f.fix().en())
                .contains("component's name with \"2 weeks before the market\" in \"Timing\" of the intake, and write the day here once the event's date is set"));
    }

    @Test
    @DisplayName("fall, automne, late March or fin juin alone in a start date is refused as a season or part of a year, with where the words go")
    void seasonOrMonthAlone() {
        String head = "Listing ID,Title (en),Program types,Start date\r\n";
        for (String words : List.of("fall", "automne", "late March", "fin juin", "l'été")) {
            Read r = ReaderCatalogueTest.read("csv", head + "listing:doc-circuit/lab,Lab,lab," + words + "\r\n");
            assertThat(unreadable(r)).as(words).singleElement().satisfies(f -> {
                assertThat(f.message().en()).contains("a season or part of a year (\"" + words + "\") names no day");
                assertThat(f.fix().en()).contains("its season in \"Season\"");
                assertThat(f.fix().fr()).contains("sa saison dans « Saison »");
            });
        }
    }

    @Test
    @DisplayName("2027-03-15 with (tentative) on a second line of the cell, or beside it, is refused with where the remark goes, never read without it")
    void dateWithRemark() {
        String head = "Listing ID,Title (en),Program types,Start date,Component (en),Component start\r\n";
        Read r = ReaderCatalogueTest.read("csv", head + "listing:doc-circuit/lab,Lab,lab,\"2027-03-15\n(tentative)\",Market week,"
                + "2027-06-01 to be confirmed\r\n");
        List<Finding> refused = unreadable(r);
        assertThat(refused).hasSize(2);
        assertThat(refused.get(0).fix().en()).isEqualTo("write 2027-03-15 here, and move \"(tentative)\" to \"Timing\" of the same intake");
        assertThat(refused.get(0).message().en()).contains("where they are kept for the people who read the listing");
        assertThat(refused.get(0).fix().fr()).contains("« (tentative) »").contains("« Moment » du même appel");
        assertThat(refused.get(1).fix().en()).contains("\"to be confirmed\", after the component's name, to \"Timing\" of the intake");
        Read twoDates = ReaderCatalogueTest.read("csv", "Listing ID,Title (en),Program types,Start date\r\n"
                + "listing:doc-circuit/lab,Lab,lab,\"2027-03-15\n2027-09-02\"\r\n");
        assertThat(unreadable(twoDates)).isEmpty();
    }
}

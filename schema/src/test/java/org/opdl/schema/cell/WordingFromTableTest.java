package org.opdl.schema.cell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opdl.model.definition.SheetUnit;
import org.opdl.model.definition.SheetWording;
import org.opdl.model.field.Field;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import tools.jackson.databind.JsonNode;

/** The readings beyond a field's type come from the field table's row, not from the field's or its scheme's name. */
@DisplayName("A cell's extra readings follow the field table")
class WordingFromTableTest {

    private static final Location CELL = new Location.Csv("programmes.csv", 1, "", 2, "Heading", "B");

    private static JsonNode read(Field field, String cell) {
        List<Finding> notes = new ArrayList<>();
        return new CellReader(new Readings()).read(field, cell, CELL, notes::add);
    }

    @Nested
    @DisplayName("a delivery mode written with its place")
    class ModeWithItsPlace {

        @Test
        @DisplayName("is refused with the mode and where the place goes in a field worded venue, as the table words Delivery mode")
        void refusedWhereWorded() {
            assertThatThrownBy(() -> read(RewordedTable.field("deliveryMode", Optional.of(SheetWording.VENUE)), "in person in Montréal"))
                    .isInstanceOf(Unreadable.class).hasMessageContaining("in-person").hasMessageContaining("Montréal");
        }

        @Test
        @DisplayName("is left as written, to the unknown code's finding, in a field of the same scheme the table does not word so")
        void leftWhereNotWorded() {
            assertThat(read(RewordedTable.field("deliveryMode", Optional.empty()), "in person in Montréal").asString())
                    .isEqualTo("in person in Montréal");
        }
    }

    @Nested
    @DisplayName("a minimum or maximum in words")
    class BoundsInWords {

        @Test
        @DisplayName("is read when the words name the unit the table gives the field: at least 2 credits, no more than 3 years")
        void readWithTheTablesUnit() {
            assertThat(read(RewordedTable.counting("eligibility.minCredits", Optional.of(SheetUnit.CREDITS)), "at least 2 credits").asInt())
                    .isEqualTo(2);
            assertThat(read(RewordedTable.counting("eligibility.maxYears", Optional.of(SheetUnit.YEARS)), "no more than 3 years").asInt())
                    .isEqualTo(3);
        }

        @Test
        @DisplayName("is refused in the same field when its row gives no unit, whatever the field is named")
        void refusedWithoutAUnit() {
            assertThatThrownBy(() -> read(RewordedTable.counting("eligibility.minCredits", Optional.empty()), "at least 2 credits"))
                    .isInstanceOf(Unreadable.class);
            assertThatThrownBy(() -> read(RewordedTable.counting("eligibility.maxYears", Optional.empty()), "no more than 3 years"))
                    .isInstanceOf(Unreadable.class);
        }

        @Test
        @DisplayName("is read in a field the table gives a unit to, as a new maximum would be: up to 40 participants in Max employees")
        void newFieldFromItsRow() {
            assertThat(read(RewordedTable.counting("eligibility.maxEmployees", Optional.of(SheetUnit.PLACES)), "up to 40 participants").asInt())
                    .isEqualTo(40);
            assertThatThrownBy(() -> read(RewordedTable.counting("eligibility.maxEmployees", Optional.empty()), "up to 40 participants"))
                    .isInstanceOf(Unreadable.class);
        }
    }

    @Nested
    @DisplayName("a range of durations")
    class DurationHomes {

        @Test
        @DisplayName("has its homes in the durations the table words minimum and maximum beside it, and none when it words them not")
        void homesFromTheTable() {
            Field duration = RewordedTable.field("minDuration", Optional.of(SheetWording.MINIMUM)).parent().orElseThrow()
                    .child("duration").orElseThrow();
            assertThat(DurationRanges.homes(duration)).hasValueSatisfying(h -> {
                assertThat(h.shortest().name()).isEqualTo("minDuration");
                assertThat(h.longest().name()).isEqualTo("maxDuration");
            });
            Field unworded = RewordedTable.field("minDuration", Optional.empty()).parent().orElseThrow().child("duration").orElseThrow();
            assertThat(DurationRanges.homes(unworded)).isEmpty();
        }
    }

    @Nested
    @DisplayName("a kind of credit written with the length of the work")
    class CreditWithItsLength {

        @Test
        @DisplayName("is refused with the kind and where the length goes in a field worded length, as the table words Credit kind")
        void refusedWhereWorded() {
            assertThatThrownBy(() -> read(RewordedTable.field("eligibility.creditKind", Optional.of(SheetWording.LENGTH)),
                    "theatrical feature credits")).isInstanceOf(Unreadable.class).hasMessageContaining("Min work length");
        }

        @Test
        @DisplayName("is left as written in a field of the same scheme the table does not word so")
        void leftWhereNotWorded() {
            assertThat(read(RewordedTable.field("eligibility.creditKind", Optional.empty()), "theatrical feature credits").asString())
                    .isEqualTo("theatrical feature credits");
        }
    }
}

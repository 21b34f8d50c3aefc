package org.opdl.schema.cell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
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

package org.opdl.schema.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.opdl.model.field.Field;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.schema.cell.DurationRange;
import org.opdl.schema.format.ReaderRule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ranges of durations typed in a row's Duration cell ("20–22 weeks"), held until the row's own
 * cells are read and then placed in the shortest and longest durations. A row whose Min duration
 * or Max duration cell gives another value keeps that cell's value, and the range's cell says so:
 * neither is dropped without a word.
 */
final class DurationRangeCells {

    /** One range: the object that holds its fields, the range, the cell as written and where. */
    private record Held(ObjectNode parent, DurationRange range, String written, Location.Csv at) {
    }

    private final List<Held> held = new ArrayList<>();

    /** Holds a range read from a cell, to place once the row is read. */
    void hold(ObjectNode parent, DurationRange range, String written, Location.Csv at) {
        held.add(new Held(parent, range, written, at));
    }

    /** Forgets the ranges of a row that could not be read to its end. */
    void clear() {
        held.clear();
    }

    /** Places the row's ranges where their own cells left the fields empty, and forgets them. */
    void place(Consumer<Finding> notes) {
        for (Held h : held) {
            end(h, h.range().shortest(), h.range().low(), notes);
            end(h, h.range().longest(), h.range().high(), notes);
        }
        held.clear();
    }

    private static void end(Held h, Field field, String value, Consumer<Finding> notes) {
        JsonNode given = h.parent().get(field.name());
        if (given == null) {
            h.parent().put(field.name(), value);
        } else if (!given.asString("").equals(value)) {
            notes.accept(new Finding(ReaderRule.CSV_UNREADABLE.id(), ReaderRule.CSV_UNREADABLE.severity(), h.at(),
                    CsvMessages.CSV_DURATION_RANGE_DISAGREES.text(h.written(), value, field.headingOrLabel(), given.asString("")),
                    CsvMessages.CSV_DURATION_RANGE_DISAGREES_FIX.text(field.headingOrLabel())));
        }
    }
}

package org.opdl.validator.report;

import org.opdl.model.finding.Location;
import tools.jackson.databind.node.ObjectNode;

/** Writes a location as JSON, in the source's own terms; the JSON report and SARIF share it. */
final class Locations {

    private Locations() {
    }

    static void write(Location location, ObjectNode out) {
        out.put("source", location.source());
        if (location.record() >= 0) {
            out.put("record", location.record());
        }
        out.put("pointer", location.pointer());
        if (location instanceof Location.Json j) {
            out.put("kind", "json");
            putPositive(out, "line", j.line());
            putPositive(out, "column", j.column());
        } else if (location instanceof Location.Csv c) {
            out.put("kind", "csv");
            out.put("row", c.row());
            if (!c.heading().isEmpty()) {
                out.put("heading", c.heading());
            }
            if (!c.column().isEmpty()) {
                out.put("columnLetter", c.column());
            }
        } else if (location instanceof Location.Cell c) {
            out.put("kind", "cell");
            out.put("sheet", c.sheet());
            putPositive(out, "row", c.row());
            if (!c.column().isEmpty()) {
                out.put("cell", c.reference());
                out.put("columnLetter", c.column());
            }
            if (!c.heading().isEmpty()) {
                out.put("heading", c.heading());
            }
        } else if (location instanceof Location.Rdf r) {
            out.put("kind", "rdf");
            out.put("subject", r.subject());
            if (!r.predicate().isEmpty()) {
                out.put("predicate", r.predicate());
            }
            putPositive(out, "line", r.line());
        } else if (location instanceof Location.Text t) {
            out.put("kind", "text");
            putPositive(out, "line", t.line());
            putPositive(out, "column", t.column());
        }
    }

    private static void putPositive(ObjectNode out, String name, long value) {
        if (value > 0) {
            out.put(name, value);
        }
    }
}

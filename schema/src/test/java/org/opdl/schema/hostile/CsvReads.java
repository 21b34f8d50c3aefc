package org.opdl.schema.hostile;

import java.util.List;
import org.opdl.model.finding.Finding;
import org.opdl.model.text.Lang;
import org.opdl.schema.hostile.ReaderCatalogueTest.Read;
import tools.jackson.databind.JsonNode;

/**
 * A few CSV rows read as a coordinator's file is read, and what the wording tests ask of the
 * result: a value of one row's listing, the findings of one rule, the note that states a reading.
 */
final class CsvReads {

    /** The rule of a cell that cannot be read. */
    static final String UNREADABLE = "opdl.csv.unreadable";

    private CsvReads() {
    }

    /** The listings of {@code csv}, with the file's notes and every listing's notes together. */
    static Read read(String csv) {
        return CsvCatalogueTest.readAll(csv);
    }

    /** The JSON of {@code pointer} in the listing of row {@code row} (0 is the first listing), or "-" when absent. */
    static String at(Read r, int row, String pointer) {
        JsonNode n = r.records().get(row).listing().at(pointer);
        return n.isMissingNode() ? "-" : n.toString();
    }

    /** The findings of {@code rule}, in file order. */
    static List<Finding> withRule(Read r, String rule) {
        return r.notes().stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    /** The cells that could not be read, in file order. */
    static List<Finding> refused(Read r) {
        return withRule(r, UNREADABLE);
    }

    /** The first note whose English message contains {@code words}: the one that states a reading. */
    static Finding stated(Read r, String words) {
        return r.notes().stream().filter(f -> f.message(Lang.EN).contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no note saying \"" + words + "\" in " + r.notes()));
    }
}

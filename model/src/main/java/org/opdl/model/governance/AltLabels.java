package org.opdl.model.governance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opdl.model.data.DataTable;
import org.opdl.model.text.Folding;

/**
 * Alternative labels of a scheme that name another concept too. A spreadsheet cell is read as the one
 * concept whose code or label it gives, folded as every label is; a cell that names two is refused. So an
 * alternative label that is another concept's code, label or alternative label turns the cells that named
 * that concept into errors, though a plain diff of the table shows a change of wording only (K32).
 */
final class AltLabels {

    private static final List<String> OWN = List.of("code", "label_en", "label_fr");
    private static final List<String> ALT = List.of("alt_labels_en", "alt_labels_fr");

    private AltLabels() {
    }

    /** Notes each alternative label of {@code rows} that another concept of the scheme already names. */
    static void check(Cells cells, List<DataTable.Row> rows) {
        Map<String, DataTable.Row> owners = new HashMap<>();
        for (DataTable.Row row : rows) {
            for (String heading : OWN) {
                String text = cells.get(row, heading);
                if (!text.isEmpty()) {
                    owners.putIfAbsent(Folding.fold(text), row);
                }
            }
        }
        Map<String, DataTable.Row> alternatives = new HashMap<>();
        for (DataTable.Row row : rows) {
            String code = cells.get(row, "code");
            for (String heading : ALT) {
                for (String part : cells.get(row, heading).split("\\|")) {
                    String alt = part.strip();
                    if (alt.isEmpty()) {
                        continue;
                    }
                    String key = Folding.fold(alt);
                    DataTable.Row owner = owners.get(key);
                    if (owner != null && !cells.get(owner, "code").equals(code)) {
                        taken(cells, row, heading, alt, owner);
                        continue;
                    }
                    DataTable.Row other = alternatives.putIfAbsent(key, row);
                    if (other != null && !cells.get(other, "code").equals(code)) {
                        shared(cells, row, heading, alt, other);
                    }
                }
            }
        }
    }

    /** An alternative label of {@code row} that is the code or a label of {@code owner}. */
    private static void taken(Cells cells, DataTable.Row row, String heading, String alt, DataTable.Row owner) {
        String code = cells.get(row, "code");
        String other = cells.get(owner, "code");
        boolean merged = replaces(cells, owner, code);
        boolean isCode = Folding.fold(other).equals(Folding.fold(alt));
        if (merged && isCode) {
            cells.problem(row, heading, "concept.alt-label-code-of-former", alt, other, code);
        } else if (merged) {
            // A concept merged into this one, whose label the editor moved here: the label goes with the concept in use.
            String label = Folding.fold(cells.get(owner, "label_en")).equals(Folding.fold(alt)) ? "label_en" : "label_fr";
            cells.problem(owner, label, "concept.alt-label-of-former", alt, other, code);
        } else {
            cells.problem(row, heading, "concept.alt-label-taken", alt, code, other);
        }
    }

    /** An alternative label of {@code row} that {@code other} has too; told at the former concept's row when one replaces the other. */
    private static void shared(Cells cells, DataTable.Row row, String heading, String alt, DataTable.Row other) {
        String code = cells.get(row, "code");
        String otherCode = cells.get(other, "code");
        if (replaces(cells, other, code)) {
            cells.problem(other, heading, "concept.alt-label-shared-with-replacement", alt, otherCode, code);
        } else if (replaces(cells, row, otherCode)) {
            cells.problem(row, heading, "concept.alt-label-shared-with-replacement", alt, code, otherCode);
        } else {
            cells.problem(row, heading, "concept.alt-label-shared", alt, code, otherCode);
        }
    }

    private static boolean replaces(Cells cells, DataTable.Row row, String code) {
        return cells.get(row, "deprecated").equals("true") && cells.get(row, "replaced_by").equals(code);
    }
}

package org.opdl.model.governance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The labels a deprecated concept shares with the concept that replaces it, told once per concept. A code
 * renamed by copying its row, the old row deprecated in favour of the new, shares every label and
 * alternative label of the row: told one by one, that was nine problems for one edit (K33), each with its
 * own fix. They become one problem at the deprecated row naming all the labels, with one fix.
 */
final class FormerLabels {

    /** Problems whose arguments are the label, the deprecated concept and its replacement, told at the deprecated row. */
    private static final Set<String> OWN_LABEL = Set.of("concept.label-of-former", "concept.alt-label-of-former");
    private static final String ALTERNATIVE = "concept.alt-label-shared-with-replacement";

    private FormerLabels() {
    }

    /** Folds, among the problems of {@code file}, those of one deprecated concept into one when it has several. */
    static void group(List<TableProblem> problems, String file) {
        Map<List<Object>, List<TableProblem>> byConcept = new LinkedHashMap<>();
        for (TableProblem p : problems) {
            if (p.file().equals(file) && (OWN_LABEL.contains(p.key()) || p.key().equals(ALTERNATIVE))) {
                byConcept.computeIfAbsent(List.of(p.line(), p.args().get(1), p.args().get(2)), k -> new ArrayList<>()).add(p);
            }
        }
        for (List<TableProblem> group : byConcept.values()) {
            if (group.size() < 2) {
                continue;
            }
            TableProblem first = group.get(0);
            int at = problems.indexOf(first);
            problems.removeAll(group);
            problems.add(at, grouped(group));
        }
    }

    /** One problem naming every label of the group, with the fix for its own labels when it has any. */
    private static TableProblem grouped(List<TableProblem> group) {
        TableProblem first = group.get(0);
        List<String> own = new ArrayList<>();
        List<String> alternative = new ArrayList<>();
        for (TableProblem p : group) {
            (OWN_LABEL.contains(p.key()) ? own : alternative).add(p.args().get(0));
        }
        List<String> all = new ArrayList<>(own);
        all.addAll(alternative);
        String former = first.args().get(1);
        String replacement = first.args().get(2);
        String count = String.valueOf(all.size());
        String labels = String.join(" | ", all);
        String key = own.isEmpty() ? "concept.alt-labels-shared-with-replacement"
                : alternative.isEmpty() ? "concept.labels-of-former" : "concept.copied-labels-of-former";
        return TableProblem.of(first.file(), first.line(), first.column(), key, former, replacement, count, labels,
                own.isEmpty() ? "" : own.get(0), String.join(" | ", alternative));
    }
}

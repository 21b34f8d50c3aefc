package org.opdl.model.governance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a folder laid out like the standard's {@code standard/} tables and returns every problem
 * found, in the order of the files: vocabulary, career stages, then listing fields. An empty list
 * means the copy can be built into the tool.
 */
public final class StandardCheck {

    private StandardCheck() {
    }

    /** Every problem in the tables under {@code root}. */
    public static List<TableProblem> check(Path root) {
        List<TableProblem> problems = new ArrayList<>();
        StandardTables tables = new StandardTables(root, problems, true);
        Map<String, Set<String>> schemes = new VocabularyCheck(tables, problems).check();
        new ScaleCheck(tables, problems).check(List.copyOf(schemes.getOrDefault("career-stage", Set.of())));
        Optional<Set<String>> known = tables.table("vocabulary/schemes.csv")
                .filter(table -> table.headings().contains("scheme")).map(table -> schemes.keySet());
        new FieldCheck(tables, problems).check(known);
        return List.copyOf(problems);
    }
}

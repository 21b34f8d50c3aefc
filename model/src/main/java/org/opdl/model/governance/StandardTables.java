package org.opdl.model.governance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opdl.model.data.DataTable;
import org.opdl.model.data.DefinitionException;
import org.opdl.model.text.Nearest;
import tools.jackson.core.JacksonException;

/**
 * The tables of one copy of the standard, read from a folder laid out like {@code standard/}. A
 * table that is missing, not UTF-8 or not well-formed CSV is noted as a problem and left out, so
 * that the checks of the other tables still run.
 */
final class StandardTables {

    /** A released concept table, whose columns every scheme's table has. */
    private static final String CONCEPT_TABLE = "vocabulary/program-type.csv";

    private final Path root;
    private final List<TableProblem> problems;
    private final Map<String, Optional<DataTable>> read = new LinkedHashMap<>();

    private final boolean columnsChecked;

    /** The tables under {@code root}, their columns taken as they are (to compare two versions). */
    StandardTables(Path root, List<TableProblem> problems) {
        this(root, problems, false);
    }

    /** The tables under {@code root}; with {@code columnsChecked}, a column the released table lacks is a problem. */
    StandardTables(Path root, List<TableProblem> problems, boolean columnsChecked) {
        this.root = root;
        this.problems = problems;
        this.columnsChecked = columnsChecked;
    }

    /** True when the folder holds a file at {@code name}, read or not. */
    boolean exists(String name) {
        return Files.isRegularFile(root.resolve(name));
    }

    /** The table at a path under the folder, or empty (with a problem noted) when it cannot be read. */
    Optional<DataTable> table(String name) {
        return read.computeIfAbsent(name, this::load);
    }

    private Optional<DataTable> load(String name) {
        Path file = root.resolve(name);
        if (!Files.isRegularFile(file)) {
            problems.add(TableProblem.of(name, 0, "", "file.missing"));
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(TableProblem.of(name, 0, "", "file.unreadable", String.valueOf(e.getMessage())));
            return Optional.empty();
        }
        int badLine = firstLineNotUtf8(bytes);
        if (badLine > 0) {
            problems.add(TableProblem.of(name, badLine, "", "file.encoding"));
            return Optional.empty();
        }
        if (separatedBySemicolons(bytes)) {
            problems.add(TableProblem.of(name, 1, "", "file.semicolons"));
            return Optional.empty();
        }
        try {
            DataTable table = DataTable.read(name, new ByteArrayInputStream(bytes));
            if (columnsChecked) {
                unknownColumns(table);
            }
            return Optional.of(table);
        } catch (DefinitionException e) {
            // The parser's own words are English and name character codes: the problem says what to look for instead.
            problems.add(TableProblem.of(name, e.line(), "", e.getCause() instanceof JacksonException ? "file.malformed" : "row.extra-cells"));
            return Optional.empty();
        }
    }

    /**
     * Notes each heading that is not a column of the released table of that name (for a new scheme's
     * table, of a released scheme's): the tool would leave its cells out without a word, so a
     * misspelt {@code alt_labels_fr} would lose every French alternative label. The nearest missing
     * column is named when there is one.
     */
    private void unknownColumns(DataTable table) {
        String released = DataTable.exists(table.name()) ? table.name()
                : table.name().startsWith("vocabulary/") ? CONCEPT_TABLE : null;
        if (released == null) {
            return;
        }
        List<String> known = DataTable.load(released).headings();
        List<String> missing = known.stream().filter(h -> !table.headings().contains(h)).toList();
        unnamedColumns(table);
        for (String heading : table.headings()) {
            if (!heading.isBlank() && !known.contains(heading)) {
                List<String> nearest = Nearest.among(heading, missing, 1);
                problems.add(nearest.isEmpty()
                        ? TableProblem.of(table.name(), 1, heading, "column.unknown", heading, String.join(", ", known))
                        : TableProblem.of(table.name(), 1, heading, "column.misspelled", heading, nearest.get(0)));
            }
        }
    }

    /**
     * Notes, once per table, the columns without a name: when no cell of theirs is filled in (a spreadsheet
     * leaves such columns after cells once used) nothing would be lost, but every line would change in a
     * plain diff; when one is, at the first row that fills one in, its cells would be left out.
     */
    private void unnamedColumns(DataTable table) {
        List<String> headings = table.headings();
        List<String> unnamed = headings.stream().filter(String::isBlank).distinct().toList();
        if (unnamed.isEmpty()) {
            return;
        }
        int first = headings.indexOf(unnamed.get(0));
        String before = headings.get(Math.max(first - 1, 0));
        table.rows().stream().flatMap(r -> unnamed.stream().map(r::get).filter(v -> !v.isBlank()).limit(1)
                        .map(v -> TableProblem.of(table.name(), r.line(), "", "column.unnamed", v, before)))
                .findFirst()
                .ifPresentOrElse(problems::add, () -> problems.add(TableProblem.of(table.name(), 1, "", "column.unnamed-empty", before)));
    }

    /**
     * True when the header row holds semicolons and no comma, as a spreadsheet set up for French (or
     * any language whose decimal mark is a comma) saves a CSV: read with commas, each row would be one cell.
     */
    static boolean separatedBySemicolons(byte[] bytes) {
        int end = 0;
        while (end < bytes.length && bytes[end] != '\n') {
            end++;
        }
        String header = new String(bytes, 0, end, StandardCharsets.UTF_8);
        return header.indexOf(';') >= 0 && header.indexOf(',') < 0;
    }

    /** The one-based line of the first byte that is not UTF-8, or 0 when the whole file is UTF-8. */
    static int firstLineNotUtf8(byte[] bytes) {
        int line = 1;
        int from = 0;
        for (int i = 0; i <= bytes.length; i++) {
            // A line feed never occurs inside a multi-byte UTF-8 sequence, so lines can be decoded alone.
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, from, i - from));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                from = i + 1;
            }
        }
        return 0;
    }
}

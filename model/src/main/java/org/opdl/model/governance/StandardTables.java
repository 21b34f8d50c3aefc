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

/**
 * The tables of one copy of the standard, read from a folder laid out like {@code standard/}. A
 * table that is missing, not UTF-8 or not well-formed CSV is noted as a problem and left out, so
 * that the checks of the other tables still run.
 */
final class StandardTables {

    private final Path root;
    private final List<TableProblem> problems;
    private final Map<String, Optional<DataTable>> read = new LinkedHashMap<>();

    StandardTables(Path root, List<TableProblem> problems) {
        this.root = root;
        this.problems = problems;
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
        try {
            return Optional.of(DataTable.read(name, new ByteArrayInputStream(bytes)));
        } catch (DefinitionException e) {
            problems.add(TableProblem.of(name, e.line(), "", "file.malformed", e.detail()));
            return Optional.empty();
        }
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

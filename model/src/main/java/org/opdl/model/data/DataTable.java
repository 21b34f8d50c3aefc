package org.opdl.model.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.dataformat.csv.CsvFactory;

/**
 * One CSV table of the standard's definition, read by heading. Its rows are maps from heading to
 * cell, and each row knows its line, so that a bad cell is reported where an editor can find it.
 *
 * @param name the table's path under {@code standard/}, such as {@code vocabulary/region.csv}
 * @param headings the headings, in file order
 * @param rows the data rows, in file order
 */
public record DataTable(String name, List<String> headings, List<Row> rows) {

    /** The classpath folder where the standard's tables ship. */
    public static final String ROOT = "org/opdl/standard/";

    private static final CsvFactory CSV = new CsvFactory();

    /** Copies the lists. */
    public DataTable {
        headings = List.copyOf(headings);
        rows = List.copyOf(rows);
    }

    /**
     * One data row of a table.
     *
     * @param table the table's name
     * @param line the one-based line of the row in the file (the heading is line 1)
     * @param cells the cells by heading, blank cells as empty strings
     */
    public record Row(String table, int line, Map<String, String> cells) {

        /** The trimmed cell under a heading; empty when blank. */
        public String get(String heading) {
            String v = cells.get(heading);
            if (v == null) {
                throw new DefinitionException(table, line, "no column \"" + heading + "\"");
            }
            return v.strip();
        }

        /** The cell under a heading, which must not be blank. */
        public String required(String heading) {
            String v = get(heading);
            if (v.isEmpty()) {
                throw new DefinitionException(table, line, "\"" + heading + "\" is empty");
            }
            return v;
        }

        /** The cell split on {@code |}, each part trimmed, blanks dropped. */
        public List<String> list(String heading) {
            List<String> out = new ArrayList<>();
            for (String part : get(heading).split("\\|")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
            return out;
        }

        /** The cell as a whole number, or {@code fallback} when blank. */
        public int integer(String heading, int fallback) {
            String v = get(heading);
            if (v.isEmpty()) {
                return fallback;
            }
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new DefinitionException(table, line, "\"" + heading + "\" is not a whole number: " + v);
            }
        }
    }

    /** Reads a table that ships in the model jar, such as {@code vocabulary/region.csv}. */
    public static DataTable load(String name) {
        try (InputStream in = DataTable.class.getClassLoader().getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new DefinitionException(name, 0, "missing from the standard's definition");
            }
            return read(name, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when a table of that name ships in the model jar. */
    public static boolean exists(String name) {
        return DataTable.class.getClassLoader().getResource(ROOT + name) != null;
    }

    /**
     * Reads a table from a stream; {@code name} is used in messages only. The rows come from the CSV
     * token stream, without a data-binding mapper: building one was a large share of a cold start.
     */
    public static DataTable read(String name, InputStream in) {
        List<Row> rows = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        int line = 0;
        try (JsonParser p = CSV.createParser(ObjectReadContext.empty(), in)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.START_ARRAY) {
                    cells.clear();
                } else if (t == JsonToken.VALUE_STRING) {
                    if (cells.isEmpty()) {
                        // A row's own start is reported at the end of the line before; its first cell is not.
                        line = p.currentTokenLocation().getLineNr();
                    }
                    cells.add(p.getString());
                } else if (t == JsonToken.END_ARRAY) {
                    if (headings.isEmpty()) {
                        headings.addAll(cells);
                    } else {
                        row(name, line, headings, cells).ifPresent(rows::add);
                    }
                }
            }
        } catch (JacksonException e) {
            long at = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new DefinitionException(name, (int) at, e.getOriginalMessage(), e);
        }
        return new DataTable(name, headings, rows);
    }

    /** A data row by heading, or empty when every cell is blank. */
    private static Optional<Row> row(String name, int line, List<String> headings, List<String> cells) {
        if (cells.size() > headings.size()) {
            throw new DefinitionException(name, line, cells.size() + " cells under " + headings.size() + " headings");
        }
        if (cells.stream().allMatch(String::isBlank)) {
            return Optional.empty();
        }
        Map<String, String> byHeading = new LinkedHashMap<>();
        for (int i = 0; i < headings.size(); i++) {
            String heading = headings.get(i);
            String cell = i < cells.size() ? cells.get(i) : "";
            if (heading.isBlank()) {
                // Columns without a name, which a spreadsheet leaves after cells once used, share one key: it keeps a value if any holds one.
                byHeading.merge(heading, cell, (before, now) -> before.isBlank() ? now : before);
            } else {
                byHeading.put(heading, cell);
            }
        }
        return Optional.of(new Row(name, line, byHeading));
    }
}

package org.opdl.model.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

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

    private static final CsvMapper MAPPER = CsvMapper.builder().build();

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

    /** Reads a table from a stream; {@code name} is used in messages only. */
    public static DataTable read(String name, InputStream in) {
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<Row> rows = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = MAPPER.readerForMapOf(String.class).with(schema).readValues(in)) {
            while (it.hasNextValue()) {
                int line = it.currentLocation() == null ? 0 : it.currentLocation().getLineNr();
                Map<String, String> cells = new LinkedHashMap<>(it.nextValue());
                if (headings.isEmpty()) {
                    headings.addAll(cells.keySet());
                }
                if (cells.values().stream().allMatch(v -> v == null || v.isBlank())) {
                    continue;
                }
                cells.replaceAll((k, v) -> v == null ? "" : v);
                rows.add(new Row(name, line, cells));
            }
        } catch (JacksonException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new DefinitionException(name, (int) line, e.getOriginalMessage());
        }
        return new DataTable(name, headings, rows);
    }
}

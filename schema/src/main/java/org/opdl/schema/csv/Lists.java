package org.opdl.schema.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.opdl.model.definition.FieldType;
import org.opdl.model.field.Field;

/**
 * Joins and splits the values of a multi-valued cell. Values are separated by {@code " | "}; a
 * literal {@code |} in a value is written {@code \|} and a backslash {@code \\}. When splitting,
 * the one space on each side of a separator is dropped, so values keep their own spaces.
 */
final class Lists {

    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");

    private Lists() {
    }

    /** The cell for these values. */
    static String join(List<String> values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(CsvLayout.SEPARATOR);
            }
            String v = values.get(i);
            for (int k = 0; k < v.length(); k++) {
                char c = v.charAt(k);
                if (c == '|' || c == '\\') {
                    sb.append('\\');
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The values of a cell; an empty part is an absent value. */
    static List<String> split(String cell) {
        List<String> parts = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length() && (cell.charAt(i + 1) == '|' || cell.charAt(i + 1) == '\\')) {
                sb.append(cell.charAt(++i));
            } else if (c == '|') {
                parts.add(sb.toString());
                sb.setLength(0);
            } else {
                sb.append(c);
            }
        }
        parts.add(sb.toString());
        for (int i = 0; i < parts.size(); i++) {
            String p = parts.get(i);
            if (i > 0 && p.startsWith(" ")) {
                p = p.substring(1);
            }
            if (i < parts.size() - 1 && p.endsWith(" ")) {
                p = p.substring(0, p.length() - 1);
            }
            parts.set(i, p);
        }
        return parts;
    }

    /**
     * The values of a cell of one item each that a person put on lines of their own (Alt+Enter in
     * Excel, Ctrl+Enter in Google Sheets) rather than separating them by {@code |}, when the field's
     * values hold no line break of their own (a date, a number, a code, an address); else empty, as
     * in words a line break may be the writer's own, and a field that repeats within an item keeps
     * its line breaks for its own values. The caller takes them only when they line up with the
     * items another cell of the group gives.
     */
    static Optional<List<String>> lines(Field field, String cell) {
        FieldType t = field.type();
        // Most cells hold no line break: that is told by a scan, before any other work on them.
        if (cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0 || t == FieldType.TEXT || t == FieldType.STRING
                || field.repeat()) {
            return Optional.empty();
        }
        String v = cell.strip();
        if (v.indexOf('|') >= 0 || !LINE_BREAK.matcher(v).find()) {
            return Optional.empty();
        }
        List<String> lines = LINE_BREAK.splitAsStream(v).map(String::strip).toList();
        return lines.stream().anyMatch(String::isEmpty) ? Optional.empty() : Optional.of(lines);
    }
}

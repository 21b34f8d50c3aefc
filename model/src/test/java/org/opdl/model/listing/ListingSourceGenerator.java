package org.opdl.model.listing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.opdl.model.definition.FieldDefinition;
import org.opdl.model.definition.FieldType;
import org.opdl.model.definition.RecordDefinition;
import org.opdl.model.definition.StandardDefinition;

/**
 * Renders the Java records of {@code org.opdl.model.listing} from the standard's definition: one
 * record per class, its components in table order. Fixed fields ({@code type}, {@code @context},
 * {@code standardVersion}) have no component, since they can hold only one value.
 */
final class ListingSourceGenerator {

    private final Map<String, String> sources = new LinkedHashMap<>();

    /** The source of every generated file, by file name. */
    static Map<String, String> generate() {
        ListingSourceGenerator g = new ListingSourceGenerator();
        for (RecordDefinition record : List.of(StandardDefinition.listing(), StandardDefinition.dataset())) {
            g.render(record, record.rdfClass(), record.topLevel(), record.name() + ".csv");
        }
        return g.sources;
    }

    private void render(RecordDefinition record, String cls, List<FieldDefinition> fields, String table) {
        if (sources.containsKey(cls + ".java")) {
            return;
        }
        TreeSet<String> imports = new TreeSet<>();
        List<String> params = new ArrayList<>();
        List<String> components = new ArrayList<>();
        List<String> checks = new ArrayList<>();
        for (FieldDefinition f : fields) {
            if (f.fixed().isPresent() || f.isNodeType() || f.isContextReference()) {
                continue;
            }
            String type = javaType(record, f, imports);
            params.add(" * @param " + f.name() + " " + f.label().en() + ": " + f.definition().en());
            components.add(type + " " + f.name());
            checks.add(check(f));
            if (f.isObject() && !record.isRecordReference(f)) {
                render(record, f.rdfClass().orElseThrow(), record.children(f.path()), table);
            }
        }
        StringBuilder s = new StringBuilder();
        s.append("package org.opdl.model.listing;\n\n");
        for (String i : imports) {
            s.append("import ").append(i).append(";\n");
        }
        if (!imports.isEmpty()) {
            s.append('\n');
        }
        String label = StandardDefinition.classNamed(cls).orElseThrow().definition().en();
        s.append("/**\n").append(wrap(" * " + label)).append(" *\n");
        s.append(wrap(" * <p>Generated from {@code standard/listing/" + (table.equals("listing.csv") ? "fields.csv" : table)
                + "} by the model module's {@code ListingSourceGenerator}; edit the table, not this file.")).append(" *\n");
        params.forEach(p -> s.append(wrap(p)));
        s.append(" */\n");
        s.append("public record ").append(cls).append("(\n");
        for (int i = 0; i < components.size(); i++) {
            s.append("        ").append(components.get(i)).append(i + 1 < components.size() ? ",\n" : ") {\n");
        }
        s.append("\n    /** Checks that required fields are present and that lists and language maps are never empty. */\n");
        s.append("    public ").append(cls).append(" {\n");
        checks.forEach(c -> s.append("        ").append(c).append('\n'));
        s.append("    }\n}\n");
        sources.put(cls + ".java", s.toString());
    }

    private static String javaType(RecordDefinition record, FieldDefinition f, TreeSet<String> imports) {
        String item = switch (f.type()) {
            case OBJECT -> f.rdfClass().orElseThrow();
            case TEXT -> "Map<String, String>";
            case DATE -> "LocalDate";
            case DATE_TIME -> "OffsetDateTime";
            case INTEGER -> "Integer";
            case DECIMAL -> "BigDecimal";
            case BOOLEAN -> "Boolean";
            default -> "String";
        };
        switch (f.type()) {
            case TEXT -> imports.add("java.util.Map");
            case DATE -> imports.add("java.time.LocalDate");
            case DATE_TIME -> imports.add("java.time.OffsetDateTime");
            case DECIMAL -> imports.add("java.math.BigDecimal");
            default -> { }
        }
        if (f.repeat()) {
            imports.add("java.util.List");
            return "List<" + item + ">";
        }
        if (f.type() == FieldType.TEXT || f.required()) {
            return item;
        }
        imports.add("java.util.Optional");
        return "Optional<" + item + ">";
    }

    private static String check(FieldDefinition f) {
        String n = f.name();
        if (f.repeat()) {
            return n + " = Values.list(" + n + ", \"" + n + "\", " + f.required() + ");";
        }
        if (f.type() == FieldType.TEXT) {
            return n + " = Values.text(" + n + ", \"" + n + "\", " + f.required() + ");";
        }
        return (f.required() ? "Values.required(" : "Values.optional(") + n + ", \"" + n + "\");";
    }

    private static String wrap(String line) {
        StringBuilder out = new StringBuilder();
        StringBuilder current = new StringBuilder();
        for (String word : line.split(" ")) {
            if (current.length() + word.length() + 1 > 100 && current.length() > 3) {
                out.append(current.toString().stripTrailing()).append('\n');
                current = new StringBuilder(" *     ");
            }
            current.append(word).append(' ');
        }
        return out.append(current.toString().stripTrailing()).append('\n').toString();
    }
}

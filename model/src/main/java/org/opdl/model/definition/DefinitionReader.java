package org.opdl.model.definition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.opdl.model.data.DataTable;
import org.opdl.model.data.DefinitionException;
import org.opdl.model.text.Text;
import org.opdl.model.vocab.Vocabulary;

/** Reads one field table and checks every reference in it, naming the row of any mistake. */
final class DefinitionReader {

    /** The IRI spaces an {@code iri} field may name in its {@code scheme} column. */
    static final Set<String> ID_SPACES = Set.of("listing", "provider");

    private static final Pattern PATH = Pattern.compile("@context|[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)*");
    private static final Pattern LOCAL_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern CURIE = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*:[A-Za-z][A-Za-z0-9]*");

    private final DataTable table;
    private final Vocabulary vocabulary;
    private final Set<String> recordClasses;
    private final Map<String, ClassDefinition> classes;

    private DefinitionReader(DataTable table, Vocabulary vocabulary, Set<String> recordClasses,
            Map<String, ClassDefinition> classes) {
        this.table = table;
        this.vocabulary = vocabulary;
        this.recordClasses = recordClasses;
        this.classes = classes;
    }

    /**
     * Reads a table into a record definition.
     *
     * @param name the record's name
     * @param table the field table
     * @param vocabulary the vocabulary that code fields refer to
     * @param recordClasses classes of the records an object field may hold whole, such as {@code Listing}
     * @param classes the classes that object fields may name, by name
     */
    static RecordDefinition read(String name, DataTable table, Vocabulary vocabulary, Set<String> recordClasses,
            Map<String, ClassDefinition> classes) {
        return new DefinitionReader(table, vocabulary, recordClasses, classes).read(name);
    }

    /** Reads the class table, checking its alignments against the vocabulary's prefixes. */
    static Map<String, ClassDefinition> classes(DataTable table, Vocabulary vocabulary) {
        Map<String, ClassDefinition> out = new LinkedHashMap<>();
        for (DataTable.Row row : table.rows()) {
            String name = row.required("class");
            if (!LOCAL_NAME.matcher(name).matches()) {
                throw new DefinitionException(table.name(), row.line(), "\"" + name + "\" is not a local name");
            }
            List<String> aligns = words(row.get("aligns"));
            aligns.forEach(a -> checkCurie(a, vocabulary, table.name(), row.line()));
            ClassDefinition c = new ClassDefinition(name, aligns,
                    new Text(row.required("label_en"), row.required("label_fr")),
                    new Text(row.required("definition_en"), row.required("definition_fr")));
            if (out.putIfAbsent(name, c) != null) {
                throw new DefinitionException(table.name(), row.line(), "the class " + name + " appears twice");
            }
        }
        return out;
    }

    /**
     * Checks that rows sharing an RDF property share its meaning: one type, label and definition,
     * since the vocabulary publishes the property once.
     */
    static void checkSharedProperties(List<RecordDefinition> records) {
        Map<String, FieldDefinition> first = new HashMap<>();
        for (RecordDefinition record : records) {
            for (FieldDefinition f : record.fields()) {
                if (f.rdfProperty().isEmpty()) {
                    continue;
                }
                FieldDefinition seen = first.putIfAbsent(f.rdfProperty().get(), f);
                if (seen != null && (seen.type() != f.type() || !seen.label().equals(f.label())
                        || !seen.definition().equals(f.definition()) || seen.ordered() != f.ordered()
                        || !seen.scheme().equals(f.scheme()) || !seen.rdfClass().equals(f.rdfClass()))) {
                    throw new DefinitionException("listing/", 0, "\"" + f.path() + "\" (" + record.name()
                            + ") and \"" + seen.path() + "\" share the property " + f.rdfProperty().get()
                            + " but not its type, class, scheme, label or definition");
                }
            }
        }
    }

    private RecordDefinition read(String name) {
        List<FieldDefinition> fields = new ArrayList<>();
        Map<String, FieldDefinition> byPath = new HashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        for (DataTable.Row row : table.rows()) {
            FieldDefinition field = field(row);
            if (byPath.putIfAbsent(field.path(), field) != null) {
                throw fail(row.line(), "the path \"" + field.path() + "\" appears twice");
            }
            field.parent().ifPresent(parent -> {
                FieldDefinition p = byPath.get(parent);
                if (p == null) {
                    throw fail(row.line(), "\"" + field.path() + "\" has no parent row \"" + parent
                            + "\" above it");
                }
                if (!p.isObject()) {
                    throw fail(row.line(), "\"" + parent + "\" is a " + p.type().code() + ", not an object");
                }
            });
            fields.add(field);
            lines.put(field.path(), row.line());
        }
        FieldDefinition type = fields.stream().filter(FieldDefinition::isNodeType).findFirst()
                .orElseThrow(() -> fail(0, "no \"type\" row names the record's class"));
        ClassDefinition cls = classes.get(type.rdfClass().orElseThrow());
        if (cls == null) {
            throw fail(lines.get(type.path()), "the class " + type.rdfClass().get() + " is not in classes.csv");
        }
        RecordDefinition record = new RecordDefinition(name, cls.name(), cls.aligns(), fields);
        checkObjects(record, lines);
        checkHeadings(record, lines);
        return record;
    }

    private FieldDefinition field(DataTable.Row row) {
        String path = row.required("path");
        if (!PATH.matcher(path).matches()) {
            throw fail(row.line(), "the path \"" + path + "\" is not dotted lower camel case");
        }
        String typeCode = row.required("type");
        FieldType type = FieldType.fromCode(typeCode)
                .orElseThrow(() -> fail(row.line(), "unknown type \"" + typeCode + "\""));
        Optional<String> scheme = optional(row.get("scheme"));
        if (type == FieldType.CODE) {
            String s = scheme.orElseThrow(() -> fail(row.line(), "a code field needs a scheme"));
            if (vocabulary.scheme(s).isEmpty()) {
                throw fail(row.line(), "unknown scheme \"" + s + "\"");
            }
        } else if (type == FieldType.IRI && scheme.isPresent() && !ID_SPACES.contains(scheme.get())) {
            throw fail(row.line(), "unknown IRI space \"" + scheme.get() + "\"; use one of " + ID_SPACES);
        } else if (type != FieldType.IRI && scheme.isPresent()) {
            throw fail(row.line(), "only code and iri fields take a scheme");
        }
        FieldDefinition field;
        try {
            field = new FieldDefinition(path, type, scheme,
                    bool(row, "required"), bool(row, "repeat"), bool(row, "ordered"),
                    number(row, "min"), number(row, "max"),
                    optional(row.get("rdf_property")), optional(row.get("rdf_class")),
                    words(row.get("aligns")),
                    row.get("csv_en").isEmpty() ? Optional.empty()
                            : Optional.of(new Text(row.get("csv_en"), row.required("csv_fr"))),
                    new Text(row.required("label_en"), row.required("label_fr")),
                    new Text(row.required("definition_en"), row.required("definition_fr")),
                    optional(row.get("example")), optional(row.get("fixed")), sheetWording(row),
                    sheetUnit(row));
        } catch (IllegalArgumentException e) {
            throw fail(row.line(), e.getMessage());
        }
        checkRdf(row.line(), field);
        return field;
    }

    private void checkRdf(int line, FieldDefinition f) {
        if (f.isKeyword() == f.rdfProperty().isPresent()) {
            throw fail(line, f.isKeyword() ? "\"" + f.path() + "\" is carried by a JSON-LD keyword and takes no rdf_property"
                    : "\"" + f.path() + "\" needs an rdf_property");
        }
        f.rdfProperty().filter(p -> !LOCAL_NAME.matcher(p).matches())
                .ifPresent(p -> { throw fail(line, "rdf_property \"" + p + "\" is not a local name"); });
        if ((f.isObject() || f.isNodeType()) != f.rdfClass().isPresent()) {
            throw fail(line, "rdf_class is for object rows and the type row only");
        }
        f.aligns().forEach(curie -> checkCurie(curie, vocabulary, table.name(), line));
        f.rdfClass().filter(c -> !classes.containsKey(c))
                .ifPresent(c -> { throw fail(line, "the class " + c + " is not in classes.csv"); });
        if ((f.min().isPresent() || f.max().isPresent())
                && f.type() != FieldType.INTEGER && f.type() != FieldType.DECIMAL) {
            throw fail(line, "min and max are for integer and decimal fields");
        }
        boolean headless = f.isObject() || f.isNodeType() || f.isContextReference();
        if (f.heading().isPresent() == headless) {
            throw fail(line, f.heading().isPresent() ? "objects, type and @context take no spreadsheet heading"
                    : "\"" + f.path() + "\" needs csv_en and csv_fr headings");
        }
    }

    private void checkObjects(RecordDefinition record, Map<String, Integer> lines) {
        Map<String, FieldDefinition> firstOfClass = new HashMap<>();
        for (FieldDefinition f : record.fields()) {
            if (!f.isObject()) {
                continue;
            }
            String cls = f.rdfClass().orElseThrow();
            if (record.isRecordReference(f)) {
                if (!recordClasses.contains(cls)) {
                    throw fail(lines.get(f.path()), "the object \"" + f.path() + "\" has no fields, and "
                            + cls + " is not a record it could hold");
                }
                continue;
            }
            FieldDefinition first = firstOfClass.putIfAbsent(cls, f);
            if (first != null && !shape(record, first.path()).equals(shape(record, f.path()))) {
                throw fail(lines.get(f.path()), "\"" + f.path() + "\" is a " + cls
                        + " but its fields differ from those of \"" + first.path() + "\"");
            }
        }
    }

    /** The part of a subtree that must agree between objects of one class. */
    private static List<String> shape(RecordDefinition record, String path) {
        List<String> out = new ArrayList<>();
        Optional<String> parent = Optional.of(path);
        for (FieldDefinition c : record.fields().stream().filter(f -> f.parent().equals(parent)).toList()) {
            out.add(c.name() + " " + c.type() + " " + c.scheme() + " " + c.required() + c.repeat() + c.ordered()
                    + " " + c.min() + c.max() + " " + c.rdfProperty() + " " + c.rdfClass());
            out.addAll(shape(record, c.path()));
        }
        return out;
    }

    private void checkHeadings(RecordDefinition record, Map<String, Integer> lines) {
        Set<String> en = new HashSet<>();
        Set<String> fr = new HashSet<>();
        for (FieldDefinition f : record.fields()) {
            f.heading().ifPresent(h -> {
                if (!en.add(h.en()) || !fr.add(h.fr())) {
                    throw fail(lines.get(f.path()), "the spreadsheet heading of \"" + f.path() + "\" is used twice");
                }
            });
        }
    }

    private static void checkCurie(String curie, Vocabulary vocabulary, String table, int line) {
        String prefix = curie.substring(0, Math.max(0, curie.indexOf(':')));
        if (!CURIE.matcher(curie).matches() || !vocabulary.prefixes().containsKey(prefix)) {
            throw new DefinitionException(table, line, "alignment \"" + curie + "\" is not a prefixed name with a known prefix");
        }
    }

    private static List<String> words(String cell) {
        return Arrays.stream(SPACES.split(cell)).filter(s -> !s.isEmpty()).toList();
    }

    private boolean bool(DataTable.Row row, String heading) {
        String v = row.get(heading);
        if (v.equals("true") || v.equals("false")) {
            return v.equals("true");
        }
        throw fail(row.line(), "\"" + heading + "\" must be true or false, not \"" + v + "\"");
    }

    private Optional<BigDecimal> number(DataTable.Row row, String heading) {
        String v = row.get(heading);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(v));
        } catch (NumberFormatException e) {
            throw fail(row.line(), "\"" + heading + "\" is not a number: " + v);
        }
    }

    private Optional<SheetWording> sheetWording(DataTable.Row row) {
        return optional(row.get("sheet_wording")).map(code -> SheetWording.fromCode(code).orElseThrow(() -> fail(row.line(),
                "unknown sheet wording \"" + code + "\"; use one of " + Arrays.stream(SheetWording.values()).map(SheetWording::code).toList())));
    }

    private Optional<SheetUnit> sheetUnit(DataTable.Row row) {
        return optional(row.get("sheet_unit")).map(code -> SheetUnit.fromCode(code).orElseThrow(() -> fail(row.line(),
                "unknown sheet unit \"" + code + "\"; use one of " + Arrays.stream(SheetUnit.values()).map(SheetUnit::code).toList())));
    }

    private static Optional<String> optional(String cell) {
        return cell.isEmpty() ? Optional.empty() : Optional.of(cell);
    }

    private DefinitionException fail(int line, String reason) {
        return new DefinitionException(table.name(), line, reason);
    }
}

package org.opdl.model.definition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
    private static final Pattern CURIE = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*:[A-Za-z][A-Za-z0-9]*");

    private final DataTable table;
    private final Vocabulary vocabulary;
    private final Set<String> recordClasses;

    private DefinitionReader(DataTable table, Vocabulary vocabulary, Set<String> recordClasses) {
        this.table = table;
        this.vocabulary = vocabulary;
        this.recordClasses = recordClasses;
    }

    /**
     * Reads a table into a record definition.
     *
     * @param name the record's name
     * @param table the field table
     * @param vocabulary the vocabulary that code fields refer to
     * @param recordClasses classes of the records an object field may hold whole, such as {@code Listing}
     */
    static RecordDefinition read(String name, DataTable table, Vocabulary vocabulary, Set<String> recordClasses) {
        return new DefinitionReader(table, vocabulary, recordClasses).read(name);
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
        RecordDefinition record = new RecordDefinition(name, type.rdfClass().orElseThrow(), type.aligns(), fields);
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
                    List.of(row.get("aligns").split("\\s+")).stream().filter(s -> !s.isEmpty()).toList(),
                    row.get("csv_en").isEmpty() ? Optional.empty()
                            : Optional.of(new Text(row.get("csv_en"), row.required("csv_fr"))),
                    new Text(row.required("label_en"), row.required("label_fr")),
                    new Text(row.required("definition_en"), row.required("definition_fr")),
                    optional(row.get("example")), optional(row.get("fixed")));
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
        for (String curie : f.aligns()) {
            String prefix = curie.substring(0, Math.max(0, curie.indexOf(':')));
            if (!CURIE.matcher(curie).matches() || !vocabulary.prefixes().containsKey(prefix)) {
                throw fail(line, "alignment \"" + curie + "\" is not a prefixed name with a known prefix");
            }
        }
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
        for (FieldDefinition c : record.children(path)) {
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

    private static Optional<String> optional(String cell) {
        return cell.isEmpty() ? Optional.empty() : Optional.of(cell);
    }

    private DefinitionException fail(int line, String reason) {
        return new DefinitionException(table.name(), line, reason);
    }
}

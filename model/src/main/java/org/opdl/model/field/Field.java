package org.opdl.model.field;

import java.util.List;
import java.util.Optional;
import org.opdl.model.definition.FieldDefinition;
import org.opdl.model.definition.FieldType;
import org.opdl.model.definition.SheetUnit;
import org.opdl.model.definition.SheetWording;
import org.opdl.model.text.Text;
import org.opdl.model.vocab.Iris;

/**
 * One field of a listing or a dataset in the standard's field tree: its row of the field table,
 * with what every format and rule works out from it, worked out once (its number, its path split
 * into property names, its JSON pointer, its full RDF property and its children). Nodes are made
 * only by {@link FieldTree}; a tree and its nodes never change and are shared between threads.
 */
public final class Field {

    /** Marks the field that holds a node's IRI. */
    public static final String ID = "@id";
    /** Marks the field that holds a node's class. */
    public static final String TYPE = "@type";
    /** Marks the field that names the JSON-LD context, which carries no data. */
    public static final String CONTEXT = "@context";

    /** How many items of an array have their pointers built in advance. */
    static final int ITEMS = 16;

    private final FieldDefinition definition;
    private final int number;
    private final String name;
    private final String[] segments;
    private final String escaped;
    private final String pointer;
    private final String[] items = new String[ITEMS];
    private final String propertyIri;
    private final Field parent;
    private final boolean recordReference;
    List<Field> children = List.of();
    /** The children as an array, for walks that run once per listing. */
    Field[] below = new Field[0];

    /** The root: the record itself, with no row. */
    Field() {
        this.definition = null;
        this.number = -1;
        this.name = "";
        this.segments = new String[0];
        this.escaped = "";
        this.pointer = "";
        this.propertyIri = "";
        this.parent = null;
        this.recordReference = false;
        fillItems();
    }

    Field(FieldDefinition definition, int number, Field parent, boolean recordReference) {
        this.definition = definition;
        this.number = number;
        // Interned, as the readers intern property names, so that look-ups match by identity.
        this.name = definition.name().intern();
        this.parent = parent;
        this.segments = new String[parent.segments.length + 1];
        System.arraycopy(parent.segments, 0, segments, 0, parent.segments.length);
        segments[parent.segments.length] = name;
        this.escaped = JsonPointer.escape(name);
        this.pointer = parent.pointer + "/" + escaped;
        this.propertyIri = property(definition);
        this.recordReference = recordReference;
        fillItems();
    }

    private void fillItems() {
        for (int k = 0; k < ITEMS; k++) {
            items[k] = pointer + "/" + k;
        }
    }

    private static String property(FieldDefinition row) {
        if (row.isNodeId()) {
            return ID;
        }
        if (row.isNodeType()) {
            return TYPE;
        }
        if (row.isContextReference()) {
            return CONTEXT;
        }
        return Iris.term(row.rdfProperty().orElseThrow(() -> new IllegalStateException(row.path() + " has no RDF property")));
    }

    /** The row of the field table this node stands for: bounds, alignments, definitions, example. */
    public FieldDefinition definition() {
        if (definition == null) {
            throw new IllegalStateException("the root of a field tree has no row");
        }
        return definition;
    }

    /** True for the root, which stands for the record itself. */
    public boolean isRoot() {
        return definition == null;
    }

    /** The field's place in its table, from 0; the numbers of a tree run from 0 to its size less one. The root is -1. */
    public int number() {
        return number;
    }

    /** The JSON property name, such as {@code startDate}; empty for the root. */
    public String name() {
        return name;
    }

    /** The dotted path from the record, such as {@code intakes.startDate}; empty for the root. */
    public String path() {
        return isRoot() ? "" : definition.path();
    }

    /** How many property names the path has: 1 at the top of the record, 0 for the root. */
    public int depth() {
        return segments.length;
    }

    /** The {@code i}th property name of the path, from 0. */
    public String segment(int i) {
        return segments[i];
    }

    /** The path split into property names. */
    public List<String> segments() {
        return List.of(segments);
    }

    /** The name as a JSON pointer token, {@code ~} and {@code /} escaped. */
    public String escapedName() {
        return escaped;
    }

    /**
     * The JSON pointer of the field when no array lies on the way, such as {@code /provider/name};
     * built once, so its hash is too. Empty for the root.
     */
    public String pointer() {
        return pointer;
    }

    /** The pointer of item {@code k} of this field's array when no array lies above it: {@code /intakes/3}. */
    public String itemPointer(int k) {
        return k < ITEMS ? items[k] : pointer + "/" + k;
    }

    /** The kind of value; the root is an object. */
    public FieldType type() {
        return isRoot() ? FieldType.OBJECT : definition.type();
    }

    /** For codes, the concept scheme; for identifiers, the IRI space; else empty. */
    public Optional<String> scheme() {
        return isRoot() ? Optional.empty() : definition.scheme();
    }

    /** True when the field must be present within its parent object; the root is required. */
    public boolean required() {
        return isRoot() || definition.required();
    }

    /** True when the value is a JSON array. */
    public boolean repeat() {
        return !isRoot() && definition.repeat();
    }

    /** True when the order of the array's items means something (an RDF list). */
    public boolean ordered() {
        return !isRoot() && definition.ordered();
    }

    /** The full IRI of the field's RDF property, or {@link #ID}, {@link #TYPE} or {@link #CONTEXT}; empty for the root. */
    public String propertyIri() {
        return propertyIri;
    }

    /** True when coordinators word the field's cells in a spreadsheet this way, as the field table says. */
    public boolean wordedAs(SheetWording wording) {
        return !isRoot() && definition.sheetWording().isPresent() && definition.sheetWording().get() == wording;
    }

    /** What the field counts, as the field table's {@code sheet_unit} names it; empty for most fields and the root. */
    public Optional<SheetUnit> sheetUnit() {
        return isRoot() ? Optional.empty() : definition.sheetUnit();
    }

    /** For an object field (and the {@code type} field), the local name of its RDF class, such as {@code Intake}. */
    public Optional<String> rdfClass() {
        return isRoot() ? Optional.empty() : definition.rdfClass();
    }

    /** The field's name in English and French. */
    public Text label() {
        return isRoot() ? new Text("", "") : definition.label();
    }

    /** The spreadsheet heading in English and French, or the label when the table gives none (objects, keywords). */
    public Text headingOrLabel() {
        return isRoot() ? new Text("", "") : definition.heading().orElse(definition.label());
    }

    /** The object this field sits in; empty for the root. */
    public Optional<Field> parent() {
        return Optional.ofNullable(parent);
    }

    /** The fields of an object, in table order; empty for a leaf. */
    public List<Field> children() {
        return children;
    }

    /** The child field with this JSON name, if any. */
    public Optional<Field> child(String childName) {
        for (Field f : below) {
            if (f.name.equals(childName)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** True when this field holds the node's IRI rather than a property value. */
    public boolean isId() {
        return ID.equals(propertyIri);
    }

    /** True when this field names the JSON-LD context. */
    public boolean isContext() {
        return CONTEXT.equals(propertyIri);
    }

    /** True when this field holds the node's class. */
    public boolean isType() {
        return TYPE.equals(propertyIri);
    }

    /** True for the three fields that JSON-LD keywords carry rather than a property: id, type and {@code @context}. */
    public boolean isKeyword() {
        return isId() || isType() || isContext();
    }

    /** True when the value is a JSON object (or an array of them). */
    public boolean isObject() {
        return type() == FieldType.OBJECT;
    }

    /** True when the object holds whole records of another kind, such as the listings of a dataset. */
    public boolean isRecordReference() {
        return recordReference;
    }

    @Override
    public String toString() {
        return isRoot() ? "(root)" : path();
    }
}

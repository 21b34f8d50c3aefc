package org.opdl.model.field;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.opdl.model.definition.FieldDefinition;
import org.opdl.model.definition.FieldType;
import org.opdl.model.definition.RecordDefinition;
import org.opdl.model.definition.StandardDefinition;

/**
 * The fields of a listing or a dataset as one tree, built once from the standard's field table:
 * the generators, every reader and writer and the validator read it, so that a field added to the
 * table reaches every artifact, format and rule. Fields are found by dotted path, by JSON pointer,
 * by type or by number, and a {@link FieldWalk} collects the values of chosen fields from a listing in
 * one pass. A tree never changes and is safe to share between threads.
 */
public final class FieldTree {

    private final RecordDefinition record;
    private final Field root = new Field();
    private final List<Field> fields;
    private final Map<String, Field> byPath = new HashMap<>();
    private final Map<FieldType, List<Field>> byType = new EnumMap<>(FieldType.class);
    private final Map<String, List<Field>> byName = new HashMap<>();
    private final Map<String, List<Field>> byProperty = new HashMap<>();
    private final FieldWalk[] alone;

    private static final class Standard {
        static final FieldTree LISTING = of(StandardDefinition.listing());
        static final FieldTree DATASET = of(StandardDefinition.dataset());
    }

    private FieldTree(RecordDefinition record, List<FieldDefinition> rows) {
        this.record = record;
        Map<Field, List<Field>> childrenOf = new HashMap<>();
        childrenOf.put(root, new ArrayList<>());
        List<Field> all = new ArrayList<>();
        for (FieldDefinition row : rows) {
            Field parent = row.parent().map(byPath::get).orElse(root);
            if (parent == null) {
                throw new IllegalArgumentException("no parent field for " + row.path());
            }
            Field f = new Field(row, all.size(), parent, record.isRecordReference(row));
            all.add(f);
            byPath.put(f.path(), f);
            childrenOf.put(f, new ArrayList<>());
            childrenOf.get(parent).add(f);
        }
        childrenOf.forEach((f, kids) -> {
            f.children = List.copyOf(kids);
            f.below = kids.toArray(new Field[0]);
        });
        this.fields = List.copyOf(all);
        for (FieldType t : FieldType.values()) {
            byType.put(t, fields.stream().filter(f -> f.type() == t).toList());
        }
        for (Field f : fields) {
            if (!f.isKeyword()) {
                byName.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(f);
                byProperty.computeIfAbsent(f.propertyIri(), k -> new ArrayList<>()).add(f);
            }
        }
        byName.replaceAll((k, v) -> List.copyOf(v));
        byProperty.replaceAll((k, v) -> List.copyOf(v));
        this.alone = new FieldWalk[fields.size()];
        for (Field f : fields) {
            alone[f.number()] = new FieldWalk(this, g -> g == f);
        }
    }

    /** The tree of a record definition's fields. */
    public static FieldTree of(RecordDefinition record) {
        return new FieldTree(record, record.fields());
    }

    /** The fields of a listing in this version of the standard. */
    public static FieldTree listing() {
        return Standard.LISTING;
    }

    /** The fields of a dataset in this version of the standard; its {@code listings} hold whole listings. */
    public static FieldTree dataset() {
        return Standard.DATASET;
    }

    /** The tree of the record whose class has this local name, {@code Listing} or {@code Dataset}. */
    public static FieldTree ofClass(String rdfClass) {
        StandardDefinition.ofClass(rdfClass);
        return listing().record().rdfClass().equals(rdfClass) ? listing() : dataset();
    }

    /**
     * The same tree without some fields and everything below them, numbered again from 0: a
     * dataset's own fields, say, without the listings it holds.
     */
    public FieldTree without(Predicate<Field> drop) {
        List<FieldDefinition> kept = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (Field f : fields) {
            if (drop.test(f) || dropped.stream().anyMatch(d -> f.path().startsWith(d + "."))) {
                dropped.add(f.path());
            } else {
                kept.add(f.definition());
            }
        }
        return new FieldTree(record, kept);
    }

    /** The record definition the tree was built from. */
    public RecordDefinition record() {
        return record;
    }

    /** The root, which stands for the record itself: its children are the top-level fields. */
    public Field root() {
        return root;
    }

    /** Every field in table order, parents before their children; a field's {@link Field#number()} is its place here. */
    public List<Field> fields() {
        return fields;
    }

    /** How many fields the tree has. */
    public int size() {
        return fields.size();
    }

    /** The field at a dotted path such as {@code intakes.endDate}. */
    public Optional<Field> field(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /** The fields of one type, in table order. */
    public List<Field> ofType(FieldType type) {
        return byType.get(type);
    }

    /** The fields that hold a value rather than an object, in table order. */
    public List<Field> leaves() {
        return fields.stream().filter(f -> !f.isObject()).toList();
    }

    /**
     * The field a JSON pointer lands in: array indexes are skipped, and a pointer into a language
     * map ({@code /title/en}) gives the text field itself.
     */
    public Optional<Field> at(String pointer) {
        return field(JsonPointer.dottedPath(pointer)).or(() -> {
            int slash = pointer.lastIndexOf('/');
            return slash <= 0 ? Optional.empty()
                    : field(JsonPointer.dottedPath(pointer.substring(0, slash))).filter(f -> f.type() == FieldType.TEXT);
        });
    }

    /** The names a property could have in the object a pointer designates, for "did you mean" hints. */
    public List<String> namesIn(String objectPointer) {
        String parent = JsonPointer.dottedPath(objectPointer);
        Field object = parent.isEmpty() ? root : byPath.get(parent);
        return object == null ? List.of() : object.children().stream().map(Field::name).toList();
    }

    /**
     * Every field called {@code name}, at any depth, in table order: where a property written at
     * the wrong level belongs ({@code places} is {@code intakes.places}). Keywords are not included.
     */
    public List<Field> named(String name) {
        return byName.getOrDefault(name, List.of());
    }

    /** Every field whose RDF property is {@code propertyIri}, at any depth, in table order. */
    public List<Field> withProperty(String propertyIri) {
        return byProperty.getOrDefault(propertyIri, List.of());
    }

    /**
     * The RDF property that carries the value at a JSON pointer: the property of the deepest field
     * the pointer names, skipping array indexes and language tags. An RDF location names it as its
     * predicate. Empty for the record itself or a pointer to no field.
     */
    public String rdfProperty(String pointer) {
        Field field = root;
        String property = "";
        for (String token : pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1)) {
            Optional<Field> child = field.child(JsonPointer.unescape(token));
            if (child.isEmpty()) {
                continue;
            }
            field = child.get();
            if (!field.propertyIri().startsWith("@")) {
                property = field.propertyIri();
            }
        }
        return property;
    }

    /** A walk that collects the values of the chosen fields; make it once and use it for every record. */
    public FieldWalk select(Predicate<Field> chosen) {
        return new FieldWalk(this, chosen);
    }

    /** The walk that collects the values of one field of this tree. */
    public FieldWalk select(Field field) {
        if (field.number() < 0 || field.number() >= alone.length || fields.get(field.number()) != field) {
            throw new IllegalArgumentException(field + " is not a field of this tree");
        }
        return alone[field.number()];
    }
}

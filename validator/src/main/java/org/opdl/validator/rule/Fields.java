package org.opdl.validator.rule;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opdl.model.definition.FieldDefinition;
import org.opdl.model.definition.FieldType;
import org.opdl.model.definition.RecordDefinition;
import org.opdl.model.definition.StandardDefinition;

/**
 * The field definitions of a listing, looked up by JSON pointer. Rules use it to learn what a value
 * at a pointer is (a code of which scheme, a URL, a currency) and what a field is called and means,
 * so that adding a field to the standard needs no change here.
 */
public final class Fields {

    private final RecordDefinition record;
    private final Map<String, FieldDefinition> byPath = new LinkedHashMap<>();
    private final Map<FieldType, List<FieldDefinition>> byType = new EnumMap<>(FieldType.class);
    private final Map<String, FieldPath> pathsByPath = new LinkedHashMap<>();
    private final Map<FieldType, List<FieldPath>> pathsByType = new EnumMap<>(FieldType.class);
    private final FieldTrie walked;

    /** The types of the fields that rules look at in every listing, found in one walk of it. */
    private static final Set<FieldType> WALKED = EnumSet.of(FieldType.CODE, FieldType.TEXT, FieldType.STRING,
            FieldType.CURRENCY, FieldType.IRI, FieldType.URL, FieldType.EMAIL);

    /** The fields of a record definition. */
    public Fields(RecordDefinition record) {
        this.record = record;
        record.fields().forEach(f -> byPath.put(f.path(), f));
        for (FieldType t : FieldType.values()) {
            List<FieldDefinition> of = new ArrayList<>();
            for (FieldDefinition f : record.fields()) {
                if (f.type() == t) {
                    of.add(f);
                }
            }
            byType.put(t, List.copyOf(of));
        }
        List<FieldDefinition> all = record.fields();
        for (int i = 0; i < all.size(); i++) {
            FieldDefinition f = all.get(i);
            pathsByPath.putIfAbsent(f.path(),
                    new FieldPath(f, PathSegments.of(f.path()), pathsByPath.size(), WALKED.contains(f.type())));
        }
        walked = FieldTrie.of(pathsByPath.values().stream().filter(FieldPath::walked).toList());
        for (FieldType t : FieldType.values()) {
            List<FieldPath> of = new ArrayList<>();
            for (FieldDefinition f : byType.get(t)) {
                of.add(pathsByPath.get(f.path()));
            }
            pathsByType.put(t, List.copyOf(of));
        }
    }

    /** The number of distinct field paths, which number the {@link FieldPath}s from 0. */
    int pathCount() {
        return pathsByPath.size();
    }

    /** The fields rules look at in every listing, arranged for one walk. */
    FieldTrie walked() {
        return walked;
    }

    /** The field at a dotted path, ready to be searched for, or null. */
    FieldPath pathOf(String path) {
        return pathsByPath.get(path);
    }

    /** The fields of one type, ready to be searched for, in table order. */
    List<FieldPath> pathsOfType(FieldType type) {
        return pathsByType.get(type);
    }

    /** The fields of a listing in this version of the standard. */
    public static Fields listing() {
        return new Fields(StandardDefinition.listing());
    }

    /** The record definition these fields come from. */
    public RecordDefinition record() {
        return record;
    }

    /** The field at a dotted path such as {@code intakes.endDate}. */
    public Optional<FieldDefinition> byPath(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /**
     * The field a JSON pointer lands in: array indexes are skipped, and a pointer into a language
     * map ({@code /title/en}) gives the text field itself.
     */
    public Optional<FieldDefinition> at(String pointer) {
        return byPath(path(pointer)).or(() -> {
            int slash = pointer.lastIndexOf('/');
            return slash <= 0 ? Optional.empty()
                    : byPath(path(pointer.substring(0, slash))).filter(f -> f.type() == FieldType.TEXT);
        });
    }

    /** The dotted path of a pointer: {@code /intakes/0/endDate} gives {@code intakes.endDate}. */
    public static String path(String pointer) {
        StringBuilder sb = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty() || part.chars().allMatch(Character::isDigit)) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(part.replace("~1", "/").replace("~0", "~"));
        }
        return sb.toString();
    }

    /** The fields of one type, in table order. */
    public List<FieldDefinition> ofType(FieldType type) {
        return byType.get(type);
    }

    /** The names a property could have at the object a pointer designates, for "did you mean" hints. */
    public List<String> namesIn(String objectPointer) {
        String parent = path(objectPointer);
        List<FieldDefinition> children = parent.isEmpty() ? record.topLevel() : record.children(parent);
        return children.stream().map(FieldDefinition::name).toList();
    }
}

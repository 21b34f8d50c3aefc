package org.opdl.validator.rule;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.opdl.model.definition.FieldType;
import org.opdl.model.field.Field;
import org.opdl.model.field.JsonPointer;
import org.opdl.model.finding.Location;
import org.opdl.schema.format.SourceMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One listing as rules see it: its JSON tree, its place in the file, the date the run compares
 * against, and the standard's reference data. The accessors never throw on a value of the wrong
 * kind; they return empty, because the structure layer already reports such values. A listing
 * remembers the pointers it has resolved, so it belongs to one thread at a time.
 */
public final class Listing {

    private final ObjectNode node;
    private final int index;
    private final LocalDate asOf;
    private final Standard standard;
    private final SourceMap sourceMap;
    /** Values already found, by field and by pointer; rules ask for the same fields many times per listing. */
    private final FieldValues values;
    private final RunMemo.Tables memos;
    private final Map<String, JsonNode> resolved = new HashMap<>(64);
    private final Map<Object, Object> derived = new HashMap<>(16);
    private final Map<String, Map<String, String>> texts = new HashMap<>(8);
    private final Map<String, Map<Integer, String>> stringLists = new HashMap<>(8);
    /** The string values of each field type, by the type's ordinal, found when first asked for. */
    private final List<Value>[] stringsByType = FieldValues.newLists(FieldType.values().length);

    /**
     * A value of a field and where it is.
     *
     * @param pointer its JSON pointer in the listing
     * @param node the value
     */
    public record Value(String pointer, JsonNode node) {
    }

    /**
     * Wraps a listing read from a file, so that rules comparing listings can say where another
     * listing is.
     *
     * @param node the listing in the standard's JSON form
     * @param index its zero-based index in its file
     * @param asOf the date that date rules compare against
     * @param standard the reference data rules consult
     * @param sourceMap where the listing's values came from, or null when unknown
     */
    public Listing(ObjectNode node, int index, LocalDate asOf, Standard standard, SourceMap sourceMap) {
        this(node, index, asOf, standard, sourceMap, new RunMemo.Tables());
    }

    /**
     * Wraps a listing of a run, whose rules remember answers in the run's tables.
     *
     * @param memos the run's remembered answers, shared by the listings of the run
     */
    public Listing(ObjectNode node, int index, LocalDate asOf, Standard standard, SourceMap sourceMap,
            RunMemo.Tables memos) {
        this.memos = Objects.requireNonNull(memos, "memos");
        this.node = Objects.requireNonNull(node, "node");
        this.index = index;
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.standard = Objects.requireNonNull(standard, "standard");
        this.sourceMap = sourceMap;
        this.values = new FieldValues(node, standard);
    }

    /**
     * The line (JSON, NDJSON, text) or spreadsheet row (CSV) where the listing starts, or 0 when its
     * source does not say, as for a graph.
     */
    public long line() {
        Location at = sourceMap == null ? null : sourceMap.locate("");
        return at == null || at instanceof Location.Rdf ? 0 : at.line();
    }

    /** True when {@link #line()} is a spreadsheet row rather than a line of text. */
    public boolean inRows() {
        return sourceMap != null && (sourceMap.locate("") instanceof Location.Csv
                || sourceMap.locate("") instanceof Location.Cell);
    }

    /** The listing's JSON tree; rules must not change it. */
    public ObjectNode node() {
        return node;
    }

    /** The zero-based index of the listing in its file. */
    public int index() {
        return index;
    }

    /** The date that date rules compare against ({@code --as-of}, default today). */
    public LocalDate asOf() {
        return asOf;
    }

    /** The standard's vocabulary, scale, crosswalk and field definitions. */
    public Standard standard() {
        return standard;
    }

    /** The answer of a memo for a text, remembered by the run or worked out now. */
    public <V> V recall(RunMemo<V> memo, String text) {
        return memos.get(memo, text);
    }

    /**
     * A value worked out from the listing once and shared by the rules that need it, such as the
     * list of its code values.
     *
     * @param key what is worked out; one key always gives the same type
     * @param compute how to work it out
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object key, Function<Listing, T> compute) {
        Object known = derived.get(key);
        if (known == null) {
            known = compute.apply(this);
            derived.put(key, known);
        }
        return (T) known;
    }

    /** The value at a JSON pointer, or a missing node. */
    public JsonNode at(String pointer) {
        JsonNode known = resolved.get(pointer);
        if (known != null) {
            return known;
        }
        JsonNode current = PointerWalk.walk(node, pointer);
        // Rules ask for the same few pointers again and again.
        JsonNode found = current == null ? MissingNode.getInstance() : current;
        resolved.put(pointer, found);
        return found;
    }

    /** The string at a pointer, if it is a non-blank string. */
    public Optional<String> string(String pointer) {
        return string(at(pointer));
    }

    /** The string a node holds, if it is a non-blank string. */
    public static Optional<String> string(JsonNode n) {
        return Optional.ofNullable(stringOrNull(n));
    }

    /** The string a node holds if it is a non-blank string, else null: for loops run per value. */
    public static String stringOrNull(JsonNode n) {
        return n != null && n.isString() && !n.stringValue().isBlank() ? n.stringValue() : null;
    }

    /** The ISO 8601 date a node holds, if it is a string that parses. */
    public static Optional<LocalDate> date(JsonNode n) {
        String s = stringOrNull(n);
        return s == null ? Optional.empty() : IsoDates.date(s);
    }

    /** The ISO 8601 date-time with offset at a pointer, if it parses. */
    public Optional<OffsetDateTime> dateTime(String pointer) {
        return string(pointer).flatMap(IsoDates::dateTime);
    }

    /**
     * The decimal at a pointer, written as a JSON string ({@code "1500.00"}) or a number. A value
     * beyond {@value #MAX_DIGITS} digits either side of the point, such as {@code 1e1000000000}, is
     * no amount of money; it is left to the structure layer, since writing it out in full would take
     * gigabytes.
     */
    public Optional<BigDecimal> decimal(String pointer) {
        JsonNode n = at(pointer);
        if (n.isNumber()) {
            return bounded(n.decimalValue());
        }
        return string(n).flatMap(s -> {
            try {
                return bounded(new BigDecimal(s.strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /** The most digits before or after the point a decimal rules compute with may have. */
    public static final int MAX_DIGITS = 100;

    /** {@code d} unless it has more than {@link #MAX_DIGITS} digits before or after the point. */
    public static Optional<BigDecimal> bounded(BigDecimal d) {
        long after = d.scale();
        long before = (long) d.precision() - d.scale();
        return after > MAX_DIGITS || before > MAX_DIGITS ? Optional.empty() : Optional.of(d);
    }

    /**
     * The whole number at a pointer, however large: JSON has no limit on an integer, and a minimum of
     * 18446744073709551617 is above a maximum of 2 however a 64-bit type would wrap it.
     */
    public Optional<BigInteger> wholeNumber(String pointer) {
        JsonNode n = at(pointer);
        return n.isIntegralNumber() ? Optional.of(n.bigIntegerValue()) : Optional.empty();
    }

    /** The strings of an array at a pointer with their indexes; other items are skipped. Read once per listing. */
    public Map<Integer, String> strings(String pointer) {
        Map<Integer, String> known = stringLists.get(pointer);
        if (known != null) {
            return known;
        }
        JsonNode n = at(pointer);
        Map<Integer, String> out = new LinkedHashMap<>();
        if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                String s = stringOrNull(n.get(i));
                if (s != null) {
                    out.put(i, s);
                }
            }
        }
        Map<Integer, String> found = Collections.unmodifiableMap(out);
        stringLists.put(pointer, found);
        return found;
    }

    /** The entries of a language map ({@code {"en": ..., "fr": ...}}) at a pointer, by language tag. Read once per listing. */
    public Map<String, String> text(String pointer) {
        Map<String, String> known = texts.get(pointer);
        if (known != null) {
            return known;
        }
        JsonNode n = at(pointer);
        Map<String, String> out = new LinkedHashMap<>();
        if (n.isObject()) {
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                String s = stringOrNull(e.getValue());
                if (s != null) {
                    out.put(e.getKey(), s);
                }
            }
        }
        Map<String, String> found = Collections.unmodifiableMap(out);
        texts.put(pointer, found);
        return found;
    }

    /** The number of items of the array at a pointer, 0 when it is absent or not an array. */
    public int count(String pointer) {
        JsonNode n = at(pointer);
        return n.isArray() ? n.size() : 0;
    }

    /** True when a value is present at the pointer (any kind, even an empty one). */
    public boolean has(String pointer) {
        JsonNode n = at(pointer);
        return !n.isMissingNode() && !n.isNull();
    }

    /**
     * Every value of a field of the standard, given by its dotted path, with its pointer: arrays on
     * the way are expanded, so {@code fees.amount.currency} gives {@code /fees/0/amount/currency} and
     * so on, and a repeated leaf such as {@code programTypes} gives one value per item. Any other
     * path (a language of a text, {@code title.fr}, or a field a rule from outside the built-in set
     * looks for) is searched for in the listing alike, and not kept.
     */
    public List<Value> valuesOf(String path) {
        Optional<Field> field = standard.fields().field(path);
        return field.isPresent() ? Collections.unmodifiableList(valuesOf(field.get())) : FieldValues.search(node, path);
    }

    /**
     * Every value of a field of the standard, found once per listing (see {@link FieldValues}). The
     * list is the listing's own; callers only read it.
     */
    List<Value> valuesOf(Field field) {
        return values.of(field);
    }

    /**
     * The non-blank strings of every field of a type, in the order of the standard's field table:
     * the web addresses, say, that several rules check. Found once per listing.
     */
    public List<Value> stringsOf(FieldType type) {
        List<Value> known = stringsByType[type.ordinal()];
        if (known != null) {
            return known;
        }
        List<Value> out = new ArrayList<>();
        for (Field field : standard.fields().ofType(type)) {
            for (Value v : valuesOf(field)) {
                if (stringOrNull(v.node()) != null) {
                    out.add(v);
                }
            }
        }
        List<Value> found = List.copyOf(out);
        stringsByType[type.ordinal()] = found;
        return found;
    }

    /**
     * The objects of the array at a top-level property, such as the intakes, with their pointers
     * ({@code /intakes/0}, ...); items that are not objects are skipped.
     */
    public List<Value> objectsIn(String name) {
        List<Value> out = new ArrayList<>(2);
        JsonNode array = node.get(name);
        if (array != null && array.isArray()) {
            Field field = standard.fields().field(name).filter(f -> f.depth() == 1).orElse(null);
            String pointer = field == null ? JsonPointer.append("", name) : null;
            for (int i = 0; i < array.size(); i++) {
                JsonNode item = array.get(i);
                if (item.isObject()) {
                    out.add(new Value(field != null ? field.itemPointer(i) : pointer + "/" + i, item));
                }
            }
        }
        return out;
    }
}

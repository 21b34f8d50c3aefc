package org.opdl.schema.csv;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Text;
import org.opdl.schema.cell.CellReader;
import org.opdl.schema.cell.DurationRange;
import org.opdl.schema.cell.Readings;
import org.opdl.schema.cell.Unreadable;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ReaderRule;
import org.opdl.schema.format.SourceMap;
import org.opdl.model.field.Field;
import org.opdl.model.definition.FieldType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the cells of one row into a listing, and places JSON pointers back on the row's cells. A
 * cell that cannot be read is a finding on that cell and is left out; the rest of the row is read.
 */
final class CsvRow {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String source;
    private final CsvHeadings headings;
    private final Limits limits;
    private final CellReader values;
    /** Reads cells only to test them, counting no reading; one for the whole file, as it keeps each field's codes. */
    private final CellReader probe = new CellReader(new Readings());
    /** The ranges of durations the row's Duration cells hold, placed once its own cells are read. */
    private final DurationRangeCells durationRanges = new DurationRangeCells();
    /** The cells of the file's columns that may state a second fact beside their own. */
    private final SecondFacts secondFacts;
    /** The Region cells of one location that name several regions. */
    private final RegionSpread regionSpread;
    /** The row's fees written as free, read as no fee at all once the row is read. */
    private final FreeFeeCells freeFees = new FreeFeeCells();
    /** True when a cell of the row could not be read, which may leave an item with nothing in it. */
    private boolean unreadable;

    CsvRow(String source, CsvHeadings headings, Limits limits, Readings readings) {
        this.source = source;
        this.headings = headings;
        this.limits = limits;
        this.values = new CellReader(readings, headings.forms());
        this.secondFacts = new SecondFacts(headings);
        this.regionSpread = new RegionSpread(headings);
    }

    ObjectNode listing(List<String> record, long row, int index, Consumer<Finding> notes) {
        int width = headings.columns().size();
        ExtraCells.nameEach(record, width, i -> cell(index, row, i, ""), notes);
        // A repeated column is held to the first as written, before the passes below read it apart.
        RepeatedColumns repeated = RepeatedColumns.of(record, headings, i -> cell(index, row, i, ""), notes);
        record = repeated.record();
        record = regionSpread.spread(record, values, i -> cell(index, row, i, headings.columns().get(i).pointer()));
        SecondFacts.Split second = secondFacts.split(record, probe, values.readings(),
                i -> cell(index, row, i, headings.columns().get(i).pointer()), notes);
        record = second.record();
        ObjectNode listing = NODES.objectNode();
        freeFees.clear();
        durationRanges.clear();
        unreadable = false;
        Map<Field, Integer> groupSizes = new HashMap<>();
        Map<Field, Integer> groupWitness = new HashMap<>();
        for (int i = 0; i < Math.min(width, record.size()); i++) {
            String raw = record.get(i);
            String v = Cells.unescape(raw);
            if (v.isBlank()) {
                continue;
            }
            if (v.length() > limits.maxStringLength()) {
                throw new ReadException(ReaderRule.LIMIT_CSV, cell(index, row, i, ""),
                        CsvMessages.LIMIT_CSV_CELL_LONGER_THAN.text(limits.maxStringLength()),
                        CsvMessages.LIMIT_CSV_SHORTEN_CELL_CHECK.text());
            }
            if (headings.duplicateOf()[i] >= 0 || repeated.disagreeing().contains(i)) {
                continue;
            }
            Column c = headings.columns().get(i);
            if (c == null) {
                if (headings.written().get(i).isBlank()) {
                    // A note typed beside the table ("Checked by Marie"): not read, named at its cell, the rows read on.
                    notes.accept(new Finding(ReaderRule.CSV_UNREADABLE.id(), ReaderRule.CSV_UNREADABLE.severity(), cell(index, row, i, ""),
                            CsvMessages.SYNTAX_CSV_CELL_HOLDS_BUT.text(v, Location.Csv.letter(i)),
                            CsvMessages.SYNTAX_CSV_GIVE_COLUMN_HEADING.text()));
                }
                continue;
            }
            if (c.dataset()) {
                continue;
            }
            Location.Csv at = cell(index, row, i, c.pointer());
            v = TextMarker.strip(c.field(), v, at, values.readings());
            formula(c, raw, v, at, notes);
            fill(listing, c, v, at, notes, groupSizes, groupWitness, i);
        }
        durationRanges.place(notes);
        freeFees.apply(listing);
        second.apply(listing);
        if (unreadable) {
            EmptyItems.prune(listing);
        }
        return listing;
    }

    private void fill(ObjectNode listing, Column c, String v, Location.Csv at, Consumer<Finding> notes,
            Map<Field, Integer> groupSizes, Map<Field, Integer> groupWitness, int position) {
        Field f = c.field();
        if (!c.multi()) {
            Optional<DurationRange> range = f.type() == FieldType.DURATION ? values.durationRange(f, v, at)
                    : Optional.empty();
            if (range.isPresent()) {
                durationRanges.hold(parent(listing, c, 0, c.trail().size() - 1), range.get(), v.strip(), at);
                return;
            }
            JsonNode value = value(f, v, at, notes);
            if (value != null) {
                set(parent(listing, c, 0, c.trail().size() - 1), c, value);
            }
            return;
        }
        List<String> parts = Lists.split(v);
        if (c.group() < 0) {
            if (parts.size() == 1) {
                parts = values.list(f, v, at).orElse(parts);
            }
            ArrayNode array = NODES.arrayNode();
            Map<JsonNode, String> words = new LinkedHashMap<>();
            for (String p : parts) {
                JsonNode value = p.isBlank() ? null : value(f, p, at, notes);
                if (value == null) {
                    continue;
                }
                String before = words.putIfAbsent(value, p.strip());
                if (before != null) {
                    notes.accept(sameItem(at, value, before, p.strip()));
                    continue;
                }
                array.add(value);
            }
            if (!array.isEmpty()) {
                parent(listing, c, 0, c.trail().size() - 1).set(f.name(), array);
            }
            return;
        }
        Field group = c.trail().get(c.group());
        Integer others = groupSizes.get(group);
        if (parts.size() == 1 && others != null && others > 1) {
            // Lines are the items only when they line up with the items another cell of the group separates by |:
            // else a second line may be a remark on the one value ("2027-03-15" then "(tentative)").
            Optional<List<String>> lines = Lists.lines(f, v).filter(ls -> ls.size() == others);
            if (lines.isPresent()) {
                values.readings().add(Readings.Kind.LIST, at, v.strip(), String.join(" | ", lines.get()));
                parts = lines.get();
            }
        }
        Integer size = groupSizes.putIfAbsent(group, parts.size());
        if (size != null && size != parts.size()) {
            // Which value goes with which item cannot be told: the cell is named and left out, the row read on.
            int other = groupWitness.get(group);
            unreadable = true;
            notes.accept(new Finding(ReaderRule.CSV_UNREADABLE.id(), ReaderRule.CSV_UNREADABLE.severity(), at,
                    CsvMessages.CSV_GROUP_MISALIGNED.text(parts.size(), Location.Csv.letter(other), size, group.name()),
                    CsvMessages.GIVE_ONE_VALUE.text()));
            return;
        }
        groupWitness.putIfAbsent(group, position);
        ArrayNode items = parent(listing, c, 0, c.group()).withArray(group.name());
        while (items.size() < parts.size()) {
            items.addObject();
        }
        boolean fees = group.name().equals("fees") && c.trail().get(0) == group;
        for (int k = 0; k < parts.size(); k++) {
            String p = parts.get(k);
            Optional<Finding> regions = p.isBlank() ? Optional.empty() : RegionSpread.refusal(c, p.strip(), at, probe);
            if (regions.isPresent()) {
                unreadable = true;
                notes.accept(regions.get());
                continue;
            }
            if (fees && !p.isBlank() && CellReader.isFree(p)) {
                if (freeFees.hold(k)) {
                    values.readings().add(Readings.Kind.FREE, at, p.strip(), "no fee");
                }
                continue;
            }
            JsonNode value = p.isBlank() ? null : f.repeat() ? itemValues(f, p, at, notes) : value(f, p, at, notes);
            if (value != null) {
                ObjectNode item = (ObjectNode) items.get(k);
                set(parent(item, c, c.group() + 1, c.trail().size() - 1), c, value);
            }
        }
    }

    /**
     * The values one item holds in a field of its own that repeats (the groups a fee is waived
     * for), separated within the item's part of the cell by {@code ;} (or an escaped {@code |}), or
     * worded as a list.
     */
    private JsonNode itemValues(Field f, String part, Location.Csv at, Consumer<Finding> notes) {
        // A | left in the part was escaped, as the workbook's item sheets write a cell typed with it.
        List<String> words = List.of(part.split("[" + CsvLayout.ITEM_SEPARATOR + "|]", -1));
        if (words.size() == 1) {
            words = values.list(f, part, at).orElse(words);
        }
        ArrayNode array = NODES.arrayNode();
        for (String w : words) {
            JsonNode value = w.isBlank() ? null : value(f, w.strip(), at, notes);
            if (value != null && !array.valueStream().anyMatch(value::equals)) {
                array.add(value);
            }
        }
        return array.isEmpty() ? null : array;
    }

    /** Two words of one cell that mean the same item: named, both words given, read once. */
    private static Finding sameItem(Location.Csv at, JsonNode value, String first, String second) {
        String item = value.isString() ? value.stringValue() : value.toString();
        Text words = first.equals(second) ? CsvMessages.CSV_SAME_ITEM_TWICE.text(first) : CsvMessages.CSV_SAME_ITEM_BOTH.text(first, second);
        return new Finding(ReaderRule.CSV_SAME_ITEM.id(), ReaderRule.CSV_SAME_ITEM.severity(), at,
                CsvMessages.CSV_SAME_ITEM_CELL_LISTS_MORE.text(item, words),
                CsvMessages.KEEP_ONE_TWO.text());
    }

    /**
     * Puts the value of a dataset column's cell into the dataset's own fields; the maps hold, for
     * the dataset's lists, how many items the first of their columns gave and where.
     */
    void datasetCell(ObjectNode fields, Column c, String v, long row, int position, Consumer<Finding> notes,
            Map<Field, Integer> groupSizes, Map<Field, Integer> groupWitness) {
        Location.Csv at = new Location.Csv(source, -1, c.pointer(), row, headings.written().get(position),
                Location.Csv.letter(position));
        String cell = Cells.unescape(v);
        formula(c, v, cell, at, notes);
        // A dataset's list of organisations is written one value per organisation, as a listing's
        // partners are: read it the same way, so that no two organisations merge into one.
        fill(fields, c, cell, at, notes, groupSizes, groupWitness, position);
    }

    /**
     * Warns of a text cell a spreadsheet may run as a formula; a cell neutralised with a leading
     * apostrophe, as opdl writes it, is not one.
     */
    private static void formula(Column c, String raw, String cell, Location.Csv at, Consumer<Finding> notes) {
        FieldType t = c.field().type();
        if (raw != cell || (t != FieldType.TEXT && t != FieldType.STRING) || !Cells.formulaTrigger(cell.charAt(0))) {
            return;
        }
        String shown = Cells.visible(cell.charAt(0));
        notes.accept(new Finding(ReaderRule.CSV_FORMULA.id(), ReaderRule.CSV_FORMULA.severity(), at,
                CsvMessages.CSV_FORMULA_CELL_STARTS_SPREADSHEET.text(shown),
                CsvMessages.CSV_FORMULA_CHECK_TEXT_WHAT.text()));
    }

    /** The value of one cell or part, or null when it cannot be read (a finding on the cell says so). */
    private JsonNode value(Field f, String v, Location.Csv at, Consumer<Finding> notes) {
        try {
            if (ErrorValues.tooNarrow(v, at, notes)) {
                unreadable = true;
                return null;
            }
            return ErrorValues.reported(v, at, notes) ? null : read(f, v, at, notes);
        } catch (Unreadable e) {
            unreadable = true;
            notes.accept(e.finding(at));
            return null;
        }
    }

    private JsonNode read(Field f, String v, Location.Csv at, Consumer<Finding> notes) {
        if (f.type() == FieldType.TEXT || f.type() == FieldType.STRING) {
            String words = Cells.words(v, at, values.readings());
            return words.isEmpty() ? null : NODES.stringNode(words);
        }
        String trimmed = Cells.strip(v);
        boolean typed = Cells.TRIMMED.contains(f.type());
        if (!trimmed.equals(v)) {
            notes.accept(new Finding(ReaderRule.CSV_STRAY_SPACES.id(), ReaderRule.CSV_STRAY_SPACES.severity(), at, typed
                    ? CsvMessages.CSV_STRAY_SPACES_CELL_SPACES_BEFORE.text(trimmed)
                    : CsvMessages.CELL_SPACES_BEFORE.text(trimmed),
                    CsvMessages.DELETE_SPACES_AROUND_2.text()));
        } else if (!typed && Cells.hasNoBreakSpace(v)) {
            notes.accept(new Finding(ReaderRule.CSV_STRAY_SPACES.id(), ReaderRule.CSV_STRAY_SPACES.severity(), at,
                    CsvMessages.CSV_STRAY_SPACES_CELL_HOLDS_NO.text(v),
                    CsvMessages.TYPE_VALUE_AGAIN.text()));
        }
        return values.read(f, typed ? trimmed : v, at, notes);
    }

    private static ObjectNode parent(ObjectNode root, Column c, int from, int to) {
        ObjectNode node = root;
        for (int i = from; i < to; i++) {
            node = node.withObjectProperty(c.trail().get(i).name());
        }
        return node;
    }

    private static void set(ObjectNode parent, Column c, JsonNode value) {
        if (c.lang() != null) {
            parent.withObjectProperty(c.field().name()).set(c.lang(), value);
        } else {
            parent.set(c.field().name(), value);
        }
    }

    private Location.Csv cell(int index, long row, int position, String pointer) {
        String heading = position < headings.written().size() ? headings.written().get(position) : "";
        return new Location.Csv(source, index, pointer, row, heading, Location.Csv.letter(position));
    }

    /** The source map of the listing on {@code row}. */
    SourceMap map(long row, int index) {
        return new RowSourceMap(source, headings, row, index);
    }
}

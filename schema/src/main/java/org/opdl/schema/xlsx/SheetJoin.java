package org.opdl.schema.xlsx;

import org.opdl.schema.format.ReaderRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.schema.format.SourceMap;
import org.opdl.schema.format.SourceRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Joins the rows of the group sheets (Intakes, Partners…) to their listings by the listing's id,
 * and places the pointers of the joined listing back on the cells they came from. Each row of a
 * group sheet was read as a small listing holding the id and one item.
 *
 * <p>The join is a merge in the order of the Listings sheet, as the workbook writer writes the
 * rows: each group sheet is read alongside the listings, and at most {@value #HELD} of its rows
 * are held, by listing id, until their listing comes, so memory does not grow with the workbook.
 * Rows sorted by hand join as long as none is more than that many rows away from its place. A row
 * naming no listing, a listing no row of the Listings sheet has (known once every listing is
 * read: such rows are held till then, and take their places among the rows held), or a listing
 * already passed is an error on that row: never dropped silently.
 */
final class SheetJoin implements AutoCloseable {

    /** How many rows of each group sheet may be held ahead of the listing being read. */
    static final int HELD = 2_000;

    /** How many unjoined rows are reported one by one before a count of the rest. */
    private static final int SHOWN = 100;
    /** The listing field naming what the provider says the program does not have. */
    private static final String STATED_NONE = "statedNone";

    /**
     * One row of a group sheet, read, kept as little as the join needs: up to {@value #HELD} rows of
     * each sheet wait for their listing, and the whole small listing each was read as is not kept.
     *
     * @param sheet the sheet's name
     * @param group the group its items belong to
     * @param id the listing id the row names, as written; null when it names none
     * @param map where each pointer of the row's small listing came from
     * @param notes the findings of the row
     * @param items the row's items
     * @param statedNone what the row says the program does not have (a fee written as free); null when nothing
     */
    record Child(String sheet, String group, String id, SourceMap map, List<Finding> notes, List<JsonNode> items,
            JsonNode statedNone) {

        /** The row read as {@code record}, a small listing that holds the id and the items at {@code gp}. */
        static Child of(String sheet, String group, SourceRecord record, String gp) {
            JsonNode id = record.listing().get("id");
            List<JsonNode> items = new ArrayList<>();
            JsonNode array = record.listing().at(gp);
            if (array != null && array.isArray()) {
                array.forEach(items::add);
            }
            return new Child(sheet, group, id != null && id.isString() ? id.asString() : null, record.sourceMap(),
                    record.notes(), items, record.listing().get(STATED_NONE));
        }
    }

    /** The items of one group of a joined listing: {@code pointer/start…} came from {@code child}. */
    private record Part(String pointer, int start, Child child) {
    }

    /** A finding of a group sheet held until the sheet's merged cells are known, to keep row order. */
    private sealed interface Pending permits WithoutId, Told {
    }

    /** A row with items but no listing id, at {@code where} on {@code sheet}. */
    private record WithoutId(Location where, String sheet) implements Pending {
    }

    /** A finding ready to tell, that came after a row without an id. */
    private record Told(Finding finding) implements Pending {
    }

    /**
     * One group sheet: its rows to come, and those read ahead, by listing id in the order first met.
     * From its first row without an id to its end, its findings wait in {@code pending}, so that they
     * come in row order once the merged cells, written after the rows, say how to word that row.
     */
    private static final class Ahead {
        private final GroupCursor cursor;
        private final LinkedHashMap<String, List<Child>> held = new LinkedHashMap<>();
        private final List<Pending> pending = new ArrayList<>();
        private final Consumer<Finding> notes;
        private int count;

        Ahead(GroupCursor cursor, Consumer<Finding> fileNotes) {
            this.cursor = cursor;
            this.notes = f -> {
                if (pending.isEmpty()) {
                    fileNotes.accept(f);
                } else {
                    pending.add(new Told(f));
                }
            };
        }
    }

    private final List<Ahead> sheets = new ArrayList<>();
    private final Consumer<Finding> fileNotes;
    private final Set<String> joined = new HashSet<>();
    private int unjoinedShown;
    private int unjoinedMore;
    private int lateShown;
    private int lateMore;
    private Location lastUnjoined;
    private Location lastLate;

    /**
     * A join of the rows of {@code cursors} to the listings as they come; findings about whole
     * rows, and the group sheets' own findings, go to {@code fileNotes}.
     */
    SheetJoin(List<GroupCursor> cursors, Consumer<Finding> fileNotes) {
        this.fileNotes = fileNotes;
        cursors.forEach(c -> sheets.add(new Ahead(c, fileNotes)));
    }

    /** The rows of one sheet for the listing {@code id}, after reading ahead as far as is held. */
    private List<Child> take(Ahead a, String id) {
        while (a.count < HELD) {
            Child c = a.cursor.next(a.notes);
            if (c == null) {
                reportWithoutId(a);
                break;
            }
            hold(a, c);
        }
        List<Child> out = a.held.remove(id);
        a.count -= out == null ? 0 : out.size();
        return out == null ? List.of() : out;
    }

    /** Holds a row whose listing is still to come; reports one that names none or comes too late. */
    private void hold(Ahead a, Child child) {
        if (child.id() == null || child.id().isBlank()) {
            if (!child.items().isEmpty()) {
                // Reported at the sheet's end, once its merged cells (written after the rows) are known.
                a.pending.add(new WithoutId(Cells.place(child.map().locate("/id"), child.sheet(), -1, ""), child.sheet()));
            }
            // A row whose cells could not be read has no items left, but its findings must still be told.
            child.notes().forEach(f -> a.notes.accept(Cells.place(f, child.sheet())));
            return;
        }
        if (child.items().isEmpty() && child.notes().isEmpty() && child.statedNone() == null) {
            return;
        }
        String key = child.id().strip();
        if (joined.contains(key)) {
            unjoined(child, true, a.notes);
        } else {
            a.held.computeIfAbsent(key, k -> new ArrayList<>()).add(child);
            a.count++;
        }
    }

    /** Adds to the listing what an item row states it does not have (a fee written as free: {@code no-tuition}). */
    private static void stateNone(ObjectNode listing, JsonNode codes) {
        if (codes == null || !codes.isArray()) {
            return;
        }
        ArrayNode stated = listing.withArrayProperty(STATED_NONE);
        for (JsonNode code : codes) {
            if (stated.valueStream().noneMatch(code::equals)) {
                stated.add(code);
            }
        }
    }

    /**
     * Adds the rows held for {@code listing}'s id to it; returns the source map of the joined listing
     * and adds the rows' own findings, placed in the whole listing, to {@code notes}.
     */
    SourceMap join(ObjectNode listing, int index, SourceMap listingsMap, String listingsSheet, List<Finding> notes) {
        JsonNode id = listing.get("id");
        String key = id != null && id.isString() ? id.asString().strip() : "";
        List<Child> children = new ArrayList<>();
        if (!key.isEmpty() && !joined.contains(key)) {
            for (Ahead a : sheets) {
                children.addAll(take(a, key));
            }
            // Only now: the rows read ahead for this listing are its own, not late.
            joined.add(key);
        }
        if (children.isEmpty()) {
            return SourceMap.wordedBy(listingsMap, pointer -> Cells.place(listingsMap.locate(pointer), listingsSheet, index, pointer));
        }
        List<Part> parts = new ArrayList<>();
        Map<String, Integer> next = new HashMap<>();
        for (Child c : children) {
            String gp = "/" + c.group().replace('.', '/');
            ObjectNode parent = listing;
            String[] steps = c.group().split("\\.");
            for (int i = 0; i < steps.length - 1; i++) {
                parent = parent.withObjectProperty(steps[i]);
            }
            JsonNode before = parent.get(steps[steps.length - 1]);
            int start = next.getOrDefault(gp, before == null ? 0 : before.size());
            if (!c.items().isEmpty()) {
                ArrayNode array = parent.withArrayProperty(steps[steps.length - 1]);
                c.items().forEach(array::add);
            }
            next.put(gp, start + c.items().size());
            stateNone(listing, c.statedNone());
            parts.add(new Part(gp, start, c));
            for (Finding f : c.notes()) {
                String p = shift(f.location().pointer(), gp, start);
                notes.add(new Finding(f.ruleId(), f.severity(), Cells.place(f.location(), c.sheet(), index, p),
                        f.message(), f.fix()));
            }
        }
        return SourceMap.wordedBy(listingsMap, pointer -> {
            for (Part part : parts) {
                if (pointer.startsWith(part.pointer() + "/")) {
                    String rest = pointer.substring(part.pointer().length() + 1);
                    int slash = rest.indexOf('/');
                    String digits = slash < 0 ? rest : rest.substring(0, slash);
                    int k = digits.chars().allMatch(Character::isDigit) && !digits.isEmpty() && digits.length() < 9
                            ? Integer.parseInt(digits) : -1;
                    if (k >= part.start() && k < part.start() + part.child().items().size()) {
                        String inChild = part.pointer() + "/" + (k - part.start()) + (slash < 0 ? "" : rest.substring(slash));
                        return Cells.place(part.child().map().locate(inChild), part.child().sheet(), index, pointer);
                    }
                }
            }
            return Cells.place(listingsMap.locate(pointer), listingsSheet, index, pointer);
        });
    }

    /** Reads the rows left on every sheet, once the listings are all read, and reports them: none has a listing now. */
    void unjoined() {
        for (Ahead a : sheets) {
            for (Child c = a.cursor.next(a.notes); c != null; c = a.cursor.next(a.notes)) {
                hold(a, c);
            }
            reportWithoutId(a);
            a.held.values().forEach(rows -> rows.forEach(c -> unjoined(c, false, fileNotes)));
            a.held.clear();
            a.count = 0;
        }
        if (unjoinedMore > 0) {
            fileNotes.accept(new Finding(ReaderRule.XLSX_UNJOINED.id(), ReaderRule.XLSX_UNJOINED.severity(), lastUnjoined,
                    XlsxTexts.text("rows-unjoined-more", unjoinedMore), XlsxTexts.text("rows-unjoined-more.fix")));
        }
        if (lateMore > 0) {
            fileNotes.accept(new Finding(ReaderRule.XLSX_UNJOINED.id(), ReaderRule.XLSX_UNJOINED.severity(), lastLate,
                    XlsxTexts.text("rows-out-of-order-more", lateMore, HELD), XlsxTexts.text("rows-out-of-order-more.fix")));
        }
    }

    /**
     * Reports the rows of a read sheet that name no listing id, with the findings that came after
     * the first of them, in the order met; a row whose id cell is under a merge of the first column
     * is told so, as unmerging is the fix.
     */
    private void reportWithoutId(Ahead a) {
        for (Pending p : a.pending) {
            if (p instanceof Told t) {
                fileNotes.accept(t.finding());
                continue;
            }
            WithoutId w = (WithoutId) p;
            long row = w.where() instanceof Location.Cell cell ? cell.row() : -1;
            FirstColumnMerge merge = a.cursor.mergeOver(row);
            fileNotes.accept(new Finding(ReaderRule.XLSX_UNJOINED.id(), ReaderRule.XLSX_UNJOINED.severity(), w.where(),
                    merge == null ? XlsxTexts.text("row-without-id", w.sheet())
                            : XlsxTexts.text("row-without-id-merged", w.sheet(), merge.reference()),
                    merge == null ? XlsxTexts.text("row-without-id.fix")
                            : XlsxTexts.text("row-without-id-merged.fix", merge.reference())));
        }
        a.pending.clear();
    }

    /**
     * Reports a row that joins no listing: its listing was read before the row came ({@code late}),
     * or no row of the Listings sheet has its id. A late row is told through {@code notes}, its sheet's.
     */
    private void unjoined(Child c, boolean late, Consumer<Finding> notes) {
        Location where = Cells.place(c.map().locate("/id"), c.sheet(), -1, "");
        String id = c.id();
        if (late) {
            lastLate = where;
            if (lateShown++ < SHOWN) {
                notes.accept(new Finding(ReaderRule.XLSX_UNJOINED.id(), ReaderRule.XLSX_UNJOINED.severity(), where,
                        XlsxTexts.text("row-out-of-order", c.sheet(), id, HELD), XlsxTexts.text("row-out-of-order.fix", c.sheet())));
            } else {
                lateMore++;
            }
            return;
        }
        lastUnjoined = where;
        if (unjoinedShown++ < SHOWN) {
            fileNotes.accept(new Finding(ReaderRule.XLSX_UNJOINED.id(), ReaderRule.XLSX_UNJOINED.severity(), where,
                    XlsxTexts.text("row-unjoined", c.sheet(), id), XlsxTexts.text("row-unjoined.fix")));
        } else {
            unjoinedMore++;
        }
    }

    /** Stops reading the group sheets. */
    @Override
    public void close() {
        sheets.forEach(a -> a.cursor.close());
    }

    private static String shift(String pointer, String gp, int start) {
        String first = gp + "/0";
        if (start == 0 || !(pointer.equals(first) || pointer.startsWith(first + "/"))) {
            return pointer;
        }
        return gp + "/" + start + pointer.substring(first.length());
    }
}

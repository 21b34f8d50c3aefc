package org.opdl.schema.xlsx;

import org.opdl.schema.format.ReaderRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Text;
import org.opdl.schema.format.SourceMap;
import org.opdl.schema.format.SourceRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Joins the rows of the group sheets (Intakes, Partners…) to their listings by the listing's id,
 * and places the pointers of the joined listing back on the cells they came from. Each row of a
 * group sheet was read as a small listing holding the id and one item. A row naming no listing,
 * or a listing no row of the Listings sheet has, is an error on that row: never dropped silently.
 */
final class SheetJoin {

    /** One row of a group sheet, read. */
    record Child(String sheet, String group, SourceRecord record, List<JsonNode> items) {
    }

    /** The items of one group of a joined listing: {@code pointer/start…} came from {@code child}. */
    private record Part(String pointer, int start, Child child) {
    }

    private final Map<String, List<Child>> byId = new LinkedHashMap<>();

    /** Holds one row of a group sheet until its listing comes; a row without an id is reported. */
    void add(Child child, Consumer<Finding> notes) {
        JsonNode id = child.record().listing().get("id");
        if (id == null || !id.isString() || id.asString().isBlank()) {
            if (!child.items().isEmpty()) {
                Location at = Cells.place(child.record().sourceMap().locate(""), child.sheet(), -1, "");
                notes.accept(new Finding(ReaderRule.XLSX_UNJOINED.id(), ReaderRule.XLSX_UNJOINED.severity(), at,
                        XlsxTexts.text("row-without-id", child.sheet()), XlsxTexts.text("row-without-id.fix")));
            }
            // A row whose cells could not be read has no items left, but its findings must still be told.
            child.record().notes().forEach(f -> notes.accept(Cells.place(f, child.sheet())));
            return;
        }
        if (!child.items().isEmpty() || !child.record().notes().isEmpty()) {
            byId.computeIfAbsent(id.asString(), k -> new ArrayList<>()).add(child);
        }
    }

    /**
     * Adds the rows held for {@code listing}'s id to it; returns the source map of the joined listing
     * and adds the rows' own findings, placed in the whole listing, to {@code notes}.
     */
    SourceMap join(ObjectNode listing, int index, SourceMap listingsMap, String listingsSheet, List<Finding> notes) {
        JsonNode id = listing.get("id");
        List<Child> children = id != null && id.isString() ? byId.remove(id.asString()) : null;
        if (children == null) {
            return pointer -> Cells.place(listingsMap.locate(pointer), listingsSheet, index, pointer);
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
            ArrayNode array = parent.withArrayProperty(steps[steps.length - 1]);
            int start = next.getOrDefault(gp, array.size());
            for (JsonNode item : c.items()) {
                array.add(item);
            }
            next.put(gp, start + c.items().size());
            parts.add(new Part(gp, start, c));
            for (Finding f : c.record().notes()) {
                String p = shift(f.location().pointer(), gp, start);
                notes.add(new Finding(f.ruleId(), f.severity(), Cells.place(f.location(), c.sheet(), index, p),
                        f.message(), f.fix()));
            }
        }
        return pointer -> {
            for (Part part : parts) {
                if (pointer.startsWith(part.pointer() + "/")) {
                    String rest = pointer.substring(part.pointer().length() + 1);
                    int slash = rest.indexOf('/');
                    String digits = slash < 0 ? rest : rest.substring(0, slash);
                    int k = digits.chars().allMatch(Character::isDigit) && !digits.isEmpty() && digits.length() < 9
                            ? Integer.parseInt(digits) : -1;
                    if (k >= part.start() && k < part.start() + part.child().items().size()) {
                        String inChild = part.pointer() + "/" + (k - part.start()) + (slash < 0 ? "" : rest.substring(slash));
                        return Cells.place(part.child().record().sourceMap().locate(inChild), part.child().sheet(), index, pointer);
                    }
                }
            }
            return Cells.place(listingsMap.locate(pointer), listingsSheet, index, pointer);
        };
    }

    /** Reports the rows whose listing never came; the first hundred one by one, then how many more. */
    void unjoined(Consumer<Finding> notes) {
        int shown = 0;
        int more = 0;
        Location last = null;
        for (Iterator<Map.Entry<String, List<Child>>> it = byId.entrySet().iterator(); it.hasNext();) {
            Map.Entry<String, List<Child>> e = it.next();
            for (Child c : e.getValue()) {
                last = Cells.place(c.record().sourceMap().locate(""), c.sheet(), -1, "");
                if (shown++ < 100) {
                    notes.accept(new Finding(ReaderRule.XLSX_UNJOINED.id(), ReaderRule.XLSX_UNJOINED.severity(), last,
                            XlsxTexts.text("row-unjoined", c.sheet(), e.getKey()), XlsxTexts.text("row-unjoined.fix")));
                } else {
                    more++;
                }
            }
        }
        if (more > 0) {
            notes.accept(new Finding(ReaderRule.XLSX_UNJOINED.id(), ReaderRule.XLSX_UNJOINED.severity(), last,
                    XlsxTexts.text("rows-unjoined-more", more), XlsxTexts.text("rows-unjoined-more.fix")));
        }
        byId.clear();
    }

    private static String shift(String pointer, String gp, int start) {
        String first = gp + "/0";
        if (start == 0 || !(pointer.equals(first) || pointer.startsWith(first + "/"))) {
            return pointer;
        }
        return gp + "/" + start + pointer.substring(first.length());
    }
}

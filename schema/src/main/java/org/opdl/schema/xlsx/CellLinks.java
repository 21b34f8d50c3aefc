package org.opdl.schema.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.opdl.model.finding.Location;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * The web addresses behind a sheet's linked cells: a cell showing "Our website" whose link (Insert,
 * Link) goes to the program's page, or a {@code HYPERLINK} formula with the address written in it.
 * Only http and https links are kept; a link inside the workbook or to an e-mail is no web page.
 * Excel gives one link to a range ({@code ref="D2:D5"}) when several cells are selected before
 * Insert, Link: every cell of the range links to its address.
 * A sheet's links follow its rows in its XML, so they are read in a pass of their own before the
 * rows, and only when the sheet has a link to a web address at all.
 */
final class CellLinks {

    /** The links kept; a real sheet has a few. */
    private static final int KEPT = 100_000;
    /** The links over ranges kept, each looked through for a cell that has no link of its own. */
    private static final int RANGES_KEPT = 1_000;
    /** {@code HYPERLINK("https://…", "Our website")}: the address as a string written in the formula. */
    private static final Pattern FORMULA = Pattern.compile("(?i)\\s*(?:_xlfn\\.)?HYPERLINK\\(\\s*\"(https?://[^\"]+)\"\\s*[,;)].*");

    /** One link over a range of cells: its columns zero-based and its rows one-based, both ends kept. */
    private record Range(int firstColumn, long firstRow, int lastColumn, long lastRow, String target) {

        boolean holds(int column, long row) {
            return column >= firstColumn && column <= lastColumn && row >= firstRow && row <= lastRow;
        }
    }

    private final Map<String, String> byCell;
    private final List<Range> ranges;

    private CellLinks(Map<String, String> byCell, List<Range> ranges) {
        this.byCell = byCell;
        this.ranges = ranges;
    }

    /** The links of {@code sheet}'s cells, by reference such as {@code F2}; none when the sheet has no web link. */
    static CellLinks of(SheetRef sheet) throws IOException, XMLStreamException {
        Map<String, String> targets = new HashMap<>();
        try {
            for (PackageRelationship rel : sheet.part().getRelationshipsByType(XSSFRelation.SHEET_HYPERLINKS.getRelation())) {
                String target = rel.getTargetURI() == null ? "" : rel.getTargetURI().toString();
                if (rel.getTargetMode() == TargetMode.EXTERNAL && isWebAddress(target)) {
                    targets.put(rel.getId(), target);
                }
            }
        } catch (InvalidFormatException e) {
            return new CellLinks(Map.of(), List.of());
        }
        if (targets.isEmpty()) {
            return new CellLinks(Map.of(), List.of());
        }
        Map<String, String> byCell = new HashMap<>();
        List<Range> ranges = new ArrayList<>();
        try (InputStream in = sheet.part().getInputStream()) {
            XMLStreamReader xml = SheetXml.open(in);
            try {
                while (xml.hasNext() && byCell.size() + ranges.size() < KEPT) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("hyperlink")) {
                        String ref = xml.getAttributeValue(null, "ref");
                        String target = targets.get(relationshipId(xml));
                        if (ref != null && target != null) {
                            keep(ref.strip().toUpperCase(Locale.ROOT), target, byCell, ranges);
                        }
                    }
                }
            } finally {
                xml.close();
            }
        }
        return new CellLinks(byCell, ranges);
    }

    private static void keep(String ref, String target, Map<String, String> byCell, List<Range> ranges) {
        int colon = ref.indexOf(':');
        if (colon < 0) {
            byCell.put(ref, target);
            return;
        }
        String first = ref.substring(0, colon);
        String last = ref.substring(colon + 1);
        long firstRow = CellReferences.parseRow(first.replaceAll("^[A-Z]+", ""));
        long lastRow = CellReferences.parseRow(last.replaceAll("^[A-Z]+", ""));
        if (firstRow > 0 && lastRow > 0 && ranges.size() < RANGES_KEPT) {
            ranges.add(new Range(Math.min(CellReferences.columnOf(first), CellReferences.columnOf(last)), Math.min(firstRow, lastRow),
                    Math.max(CellReferences.columnOf(first), CellReferences.columnOf(last)), Math.max(firstRow, lastRow), target));
        }
    }

    /**
     * The web address the cell at zero-based {@code column} and one-based {@code row} links to, or null:
     * its own link first, then the first range that holds it, as Excel opens the cell's own link.
     */
    String at(int column, long row) {
        if (byCell.isEmpty() && ranges.isEmpty()) {
            return null;
        }
        String own = byCell.get(Location.Csv.letter(column) + row);
        if (own != null) {
            return own;
        }
        for (Range range : ranges) {
            if (range.holds(column, row)) {
                return range.target();
            }
        }
        return null;
    }

    /** The web address a {@code HYPERLINK} formula writes out, or null for any other formula. */
    static String inFormula(CharSequence formula) {
        Matcher m = FORMULA.matcher(formula);
        return m.matches() ? m.group(1) : null;
    }

    /** True for an http or https address, as a cell that already holds one needs no link read. */
    static boolean isWebAddress(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("https://") || t.startsWith("http://");
    }

    private static String relationshipId(XMLStreamReader xml) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals("id")) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }
}

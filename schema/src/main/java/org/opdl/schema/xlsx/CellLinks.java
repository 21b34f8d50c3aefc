package org.opdl.schema.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * The web addresses behind a sheet's linked cells: a cell showing "Our website" whose link (Insert,
 * Link) goes to the program's page, or a {@code HYPERLINK} formula with the address written in it.
 * Only http and https links are kept; a link inside the workbook or to an e-mail is no web page.
 * A sheet's links follow its rows in its XML, so they are read in a pass of their own before the
 * rows, and only when the sheet has a link to a web address at all.
 */
final class CellLinks {

    /** The links kept; a real sheet has a few. */
    private static final int KEPT = 100_000;
    /** {@code HYPERLINK("https://…", "Our website")}: the address as a string written in the formula. */
    private static final Pattern FORMULA = Pattern.compile("(?i)\\s*(?:_xlfn\\.)?HYPERLINK\\(\\s*\"(https?://[^\"]+)\"\\s*[,;)].*");

    private final Map<String, String> byCell;

    private CellLinks(Map<String, String> byCell) {
        this.byCell = byCell;
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
            return new CellLinks(Map.of());
        }
        if (targets.isEmpty()) {
            return new CellLinks(Map.of());
        }
        Map<String, String> byCell = new HashMap<>();
        try (InputStream in = sheet.part().getInputStream()) {
            XMLStreamReader xml = SheetXml.open(in);
            try {
                while (xml.hasNext() && byCell.size() < KEPT) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("hyperlink")) {
                        String ref = xml.getAttributeValue(null, "ref");
                        String target = targets.get(relationshipId(xml));
                        if (ref != null && target != null && !ref.contains(":")) {
                            byCell.put(ref.toUpperCase(Locale.ROOT), target);
                        }
                    }
                }
            } finally {
                xml.close();
            }
        }
        return new CellLinks(byCell);
    }

    /** The web address cell {@code ref}'s link goes to, or null. */
    String at(String ref) {
        return byCell.isEmpty() ? null : byCell.get(ref);
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

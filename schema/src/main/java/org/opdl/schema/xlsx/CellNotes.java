package org.opdl.schema.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * The notes a coordinator left on a sheet's cells (Review, New Note; a threaded comment keeps one too),
 * by row: no field holds them, so each is named at its cell rather than dropped without a word. The
 * notes opdl itself writes (the template's on its headings, a checked workbook's on its cells) are
 * signed {@code opdl} and passed over, as are the notes of the heading row.
 */
final class CellNotes {

    /** One note: the zero-based column of its cell and its words. */
    record Note(int column, String words) {
    }

    /** The notes kept; a real sheet has a few. */
    private static final int KEPT = 10_000;
    /** The most characters of a note kept, enough to recognise it in a message. */
    private static final int SHOWN = 120;
    /** What Excel writes before a threaded comment's words in the note it keeps for older versions. */
    private static final String THREADED = "Comment:";

    private final NavigableMap<Long, List<Note>> byRow;

    private CellNotes(Map<Long, List<Note>> byRow) {
        this.byRow = new TreeMap<>(byRow);
    }

    /** The notes of {@code sheet}'s cells below its heading row; none when it has no notes part. */
    static CellNotes of(SheetRef sheet) throws IOException, XMLStreamException {
        Map<Long, List<Note>> byRow = new HashMap<>();
        try {
            for (PackageRelationship rel : sheet.part().getRelationshipsByType(XSSFRelation.SHEET_COMMENTS.getRelation())) {
                if (rel.getTargetMode() != TargetMode.EXTERNAL) {
                    PackagePart part = sheet.part().getRelatedPart(rel);
                    if (part != null) {
                        read(part, byRow);
                    }
                }
            }
        } catch (InvalidFormatException | IllegalArgumentException e) {
            // A notes part that cannot be found is no listing's data: the sheet is read without it.
        }
        return new CellNotes(byRow);
    }

    /** The rows with notes after row {@code after}, up to row {@code upTo}, in order. */
    Iterable<Long> rowsAfter(long after, long upTo) {
        return byRow.isEmpty() || upTo <= after ? List.of() : List.copyOf(byRow.subMap(after, false, upTo, true).keySet());
    }

    /** The notes of row {@code row}, in the order the part lists them. */
    List<Note> at(long row) {
        return byRow.isEmpty() ? List.of() : byRow.getOrDefault(row, List.of());
    }

    private static void read(PackagePart part, Map<Long, List<Note>> byRow) throws IOException, XMLStreamException {
        List<String> authors = new ArrayList<>();
        StringBuilder words = new StringBuilder();
        String ref = null;
        String author = null;
        boolean inText = false;
        int phonetic = 0;
        int kept = 0;
        try (InputStream in = part.getInputStream()) {
            XMLStreamReader xml = SheetXml.open(in);
            try {
                while (xml.hasNext() && kept < KEPT) {
                    switch (xml.next()) {
                        case XMLStreamConstants.START_ELEMENT -> {
                            switch (xml.getLocalName()) {
                                case "author" -> {
                                    words.setLength(0);
                                    inText = true;
                                }
                                case "comment" -> {
                                    ref = xml.getAttributeValue(null, "ref");
                                    int a = CellValues.parseInt(String.valueOf(xml.getAttributeValue(null, "authorId")).strip());
                                    author = a >= 0 && a < authors.size() ? authors.get(a) : "";
                                    words.setLength(0);
                                }
                                case "t" -> inText = ref != null && phonetic == 0;
                                case "rPh" -> phonetic++;
                                default -> { }
                            }
                        }
                        case XMLStreamConstants.END_ELEMENT -> {
                            switch (xml.getLocalName()) {
                                case "author" -> {
                                    authors.add(words.toString().strip());
                                    inText = false;
                                }
                                case "t" -> inText = false;
                                case "rPh" -> phonetic--;
                                case "comment" -> {
                                    if (keep(ref, author, words.toString(), byRow)) {
                                        kept++;
                                    }
                                    ref = null;
                                }
                                default -> { }
                            }
                        }
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                            if (inText && words.length() <= SHOWN * 4) {
                                words.append(xml.getText());
                            }
                        }
                        default -> { }
                    }
                }
            } finally {
                xml.close();
            }
        }
    }

    private static boolean keep(String ref, String author, String text, Map<Long, List<Note>> byRow) {
        if (ref == null || "opdl".equals(author)) {
            return false;
        }
        long row = CellReferences.parseRow(ref.replaceAll("^[A-Za-z]+", ""));
        String words = words(author, text);
        if (row <= 1 || words.isEmpty()) {
            return false;
        }
        byRow.computeIfAbsent(row, r -> new ArrayList<>()).add(new Note(CellReferences.columnOf(ref), words));
        return true;
    }

    /** The words of a note, without the "Marie:" Excel writes first, nor the lines before a threaded comment's words. */
    static String words(String author, String text) {
        String t = text.strip();
        int threaded = t.startsWith("[") ? t.indexOf(THREADED) : -1;
        if (threaded >= 0) {
            t = t.substring(threaded + THREADED.length()).strip();
        }
        if (author != null && !author.isEmpty() && t.startsWith(author + ":")) {
            t = t.substring(author.length() + 1).strip();
        }
        t = t.replaceAll("\\s+", " ");
        return t.length() > SHOWN ? t.substring(0, SHOWN) + "…" : t;
    }
}

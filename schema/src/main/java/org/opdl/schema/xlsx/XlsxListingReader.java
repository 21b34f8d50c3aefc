package org.opdl.schema.xlsx;

import java.io.CharConversionException;
import java.io.EOFException;
import java.io.UnsupportedEncodingException;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipException;
import org.opdl.schema.format.ReaderRule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.opdl.model.definition.StandardDefinition;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.finding.Severity;
import org.opdl.schema.csv.CsvListingReader;
import org.opdl.schema.csv.SheetForm;
import org.opdl.schema.format.DatasetSink;
import org.opdl.schema.format.LimitErrors;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ListingReader;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.SourceMap;
import org.opdl.schema.format.SourceRecord;
import org.opdl.model.field.FieldTree;
import org.opdl.schema.shape.DatasetFields;
import org.opdl.schema.shape.ShapeOrder;
import tools.jackson.databind.node.ArrayNode;
import org.xml.sax.SAXException;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a workbook (XLSX). The Listings sheet (or a workbook's only data sheet) holds one row per
 * listing, laid out as the CSV form; each group sheet (Intakes, Partners…) holds one item a row,
 * joined to its listing by the id in its first column. Each sheet's rows are pulled from its XML
 * straight into the CSV form's own row reader ({@link FormRows}), so headings and cells read
 * exactly as in a CSV file and every place is a cell such as {@code Listings!F12}. Each group sheet is read on a thread of its own and joined
 * to the Listings sheet in step ({@link SheetJoin}), so memory stays flat as the workbook grows.
 * The record type and JSON-LD context, which no person fills, are supplied when the Listings sheet
 * has no column for them.
 */
public final class XlsxListingReader implements ListingReader {

    /** True when every group sheet's items sit directly in the listing, so joining them moves only its own fields. */
    private static final boolean TOP_LEVEL_GROUPS = Sheets.groupNames().keySet().stream().noneMatch(g -> g.contains("."));

    private final Limits limits;

    /** A reader under the given limits. */
    public XlsxListingReader(Limits limits) {
        this.limits = limits;
    }

    @Override
    public void read(String source, InputStream in, DatasetSink sink) throws IOException {
        Path copy = Files.createTempFile("opdl-", ".xlsx");
        try {
            Files.copy(LimitErrors.bounded(source, in, limits), copy, StandardCopyOption.REPLACE_EXISTING);
            OPCPackage pkg = WorkbookPackage.open(source, copy);
            try {
                read(source, pkg, sink);
            } finally {
                pkg.revert();
            }
        } catch (OutOfMemoryError e) {
            // Everything the read held is garbage once thrown out of it, so the words can still be made.
            throw new ReadException(ReaderRule.LIMIT_XLSX, new Location.Text(source, 0, 0),
                    XlsxTexts.text("out-of-memory", Runtime.getRuntime().maxMemory() >> 20), XlsxTexts.text("out-of-memory.fix"));
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private void read(String source, OPCPackage pkg, DatasetSink sink) throws IOException {
        List<String> shared;
        DateStyles styles;
        boolean date1904;
        List<SheetRef> sheets = new ArrayList<>();
        try {
            XSSFReader reader = new XSSFReader(pkg);
            try (InputStream sst = sharedStrings(reader)) {
                shared = SharedStrings.read(source, sst, limits);
            } catch (SAXException e) {
                throw WorkbookPackage.corrupt(source, "xl/sharedStrings.xml", e);
            } catch (IOException e) {
                throw WorkbookPackage.bombOr(source, "xl/sharedStrings.xml", e);
            }
            try (InputStream in = stylesData(reader)) {
                styles = DateStyles.read(in);
            } catch (SAXException e) {
                throw WorkbookPackage.corrupt(source, "xl/styles.xml", e);
            } catch (IOException e) {
                throw WorkbookPackage.bombOr(source, "xl/styles.xml", e);
            }
            try (InputStream in = reader.getWorkbookData()) {
                date1904 = DateSystem.is1904(in);
            } catch (XMLStreamException e) {
                IOException io = SheetXml.ioCause(e);
                if (io != null) {
                    throw WorkbookPackage.bombOr(source, "xl/workbook.xml", io);
                }
                throw WorkbookPackage.corrupt(source, "xl/workbook.xml", e);
            }
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try {
                    it.next().close();
                } catch (ZipException e) {
                    // A sheet whose compressed bytes are broken: a corrupt workbook, not a failing disk.
                    throw WorkbookPackage.corrupt(source, "xl/worksheets", e);
                } catch (IOException e) {
                    throw WorkbookPackage.bombOr(source, "xl/worksheets", e);
                }
                sheets.add(new SheetRef(it.getSheetName(), it.getSheetPart()));
            }
        } catch (ZipException | EOFException | CharConversionException
                | UnsupportedEncodingException e) {
            // Broken compressed bytes in the workbook's own parts, or its XML in an encoding that
            // does not exist: a corrupt file, not a failing disk (found by fuzzing).
            throw WorkbookPackage.corrupt(source, "xl/workbook.xml", e);
        } catch (OpenXML4JException | RuntimeException e) {
            if (e instanceof ReadException r) {
                throw r;
            }
            throw WorkbookPackage.corrupt(source, "xl/workbook.xml", e);
        }
        SheetCells.Context cells = new SheetCells.Context(source, new CellValues(shared, styles, date1904), limits);
        SheetRef listings = ListingsSheet.choose(sheets, cells);
        if (listings == null) {
            throw WorkbookPackage.refuse(source, "",
                    XlsxTexts.text("no-listings-sheet"), XlsxTexts.text("no-listings-sheet.fix"));
        }
        ArrayNode organizations = tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        SourceMap[] organizationPlaces = {null};
        List<SheetRef> groups = new ArrayList<>();
        for (SheetRef s : sheets) {
            if (s == listings || Sheets.isForPeople(s.name())) {
                continue;
            }
            if (Sheets.isOrganizations(s.name())) {
                List<OrganizationSheet.Row> rows = new ArrayList<>();
                try (SheetCells xml = cells.open(s, sink::note)) {
                    for (SheetCells.Row row = xml.next(); row != null; row = xml.next()) {
                        rows.add(new OrganizationSheet.Row(row.number(), new ArrayList<>(row.cells())));
                    }
                }
                OrganizationSheet.Result read = OrganizationSheet.read(source, s.name(), rows, limits, sink::note);
                organizations.addAll(read.list());
                organizationPlaces[0] = read.places();
            } else if (Sheets.groupOf(s.name()).isPresent()) {
                groups.add(s);
            } else if (ListingsSheet.isNumbersSummary(s, cells)) {
                sink.note(new Finding(ReaderRule.XLSX_UNKNOWN_SHEET.id(), Severity.INFO, new Location.Cell(source, -1, "", s.name(), 0, "", ""),
                        XlsxTexts.text("numbers-summary", s.name()), XlsxTexts.text("numbers-summary.fix")));
            } else if (ListingsSheet.hasData(s, cells)) {
                long rows = ListingsSheet.listingRows(s, cells);
                // A second sheet of listings ("Listings 2027"): renaming it after the form would give two sheets one name.
                sink.note(new Finding(ReaderRule.XLSX_UNKNOWN_SHEET.id(), ReaderRule.XLSX_UNKNOWN_SHEET.severity(),
                        new Location.Cell(source, -1, "", s.name(), 0, "", ""),
                        rows < 0 ? XlsxTexts.text("unknown-sheet", s.name()) : XlsxTexts.text("second-listings-sheet", s.name(), rows, listings.name()),
                        rows < 0 ? XlsxTexts.text("unknown-sheet.fix") : XlsxTexts.text("second-listings-sheet.fix", s.name(), listings.name())));
            }
        }
        List<GroupCursor> cursors = new ArrayList<>();
        try {
            // Each group sheet is read on its own thread while the Listings sheet is copied and read.
            for (SheetRef g : groups) {
                cursors.add(new GroupCursor(g, Sheets.groupOf(g.name()).orElseThrow(), cells));
            }
            readListings(source, listings, cells, cursors, organizations, organizationPlaces[0], sink);
        } catch (GroupCursor.Failure e) {
            throw e.rethrow();
        } finally {
            cursors.forEach(GroupCursor::close);
        }
    }

    /** Reads the Listings sheet, each listing joined to its rows of the group sheets as it comes. */
    private void readListings(String source, SheetRef listings, SheetCells.Context cells, List<GroupCursor> cursors,
            ArrayNode organizations, SourceMap organizationPlace, DatasetSink sink) throws IOException {
        SourceMap[] organizationPlaces = {organizationPlace};
        SheetJoin join = new SheetJoin(cursors, sink::note);
        ObjectNode type = fixed();
        boolean[] dataset = {false};
        HeldFormulas formulas = new HeldFormulas(sink::note);
        try (SheetCells xml = cells.open(listings, formulas)) {
            FormRows rows = new FormRows(xml, false, formulas);
            new CsvListingReader(limits).read(source, rows, new DatasetSink() {
                private Boolean technical;

                @Override
                public void dataset(ObjectNode fieldsBefore) {
                    dataset[0] = true;
                    if (!organizations.isEmpty()) {
                        fieldsBefore.withArrayProperty(Sheets.ORGANIZATIONS_GROUP).addAll(organizations);
                    }
                    sink.dataset(DatasetFields.completed(fieldsBefore), organizationPlaces[0] == null
                            ? p -> new Location.Cell(source, -1, p, listings.name(), 0, "", "")
                            : p -> p.startsWith("/" + Sheets.ORGANIZATIONS_GROUP) ? organizationPlaces[0].locate(p)
                            : new Location.Cell(source, -1, p, listings.name(), 0, "", ""));
                }

                @Override
                public void record(SourceRecord r) {
                    if (!dataset[0] && !organizations.isEmpty()) {
                        OrganizationSheet.alone(source, organizationPlaces[0], organizations, sink);
                        dataset[0] = true;
                    }
                    if (technical == null) {
                        // Whether the headings hold the record type or the JSON-LD context, which are then not supplied.
                        technical = rows.headings().stream().anyMatch(h -> SheetForm.find(h).filter(SheetPlan::isTechnical).isPresent());
                    }
                    List<Finding> notes = new ArrayList<>();
                    for (Finding f : r.notes()) {
                        if (!f.ruleId().equals(ReaderRule.CSV_FORMULA.id())) {
                            notes.add(Cells.place(f, listings.name()));
                        }
                    }
                    ObjectNode listing = r.listing();
                    var map = join.join(listing, r.index(), r.sourceMap(), listings.name(), notes);
                    type.properties().forEach(e -> {
                        if (!listing.has(e.getKey()) && !technical) {
                            listing.set(e.getKey(), e.getValue());
                        }
                    });
                    // The CSV form gave each listing and each joined item in order; only the listing's own fields moved.
                    ObjectNode ordered = TOP_LEVEL_GROUPS ? ShapeOrder.reorderTop(listing, FieldTree.listing().root())
                            : ShapeOrder.reorder(listing, FieldTree.listing().root());
                    sink.record(new SourceRecord(r.index(), ordered, map, notes));
                }

                @Override
                public void note(Finding finding) {
                    formulas.skip(finding);
                    sink.note(Cells.place(finding, listings.name()));
                }

                @Override
                public void datasetEnd(ObjectNode fieldsAfter) {
                    sink.datasetEnd(fieldsAfter);
                }
            });
        } catch (ReadException e) {
            throw new ReadException(e.rule(), Cells.place(e.location(), listings.name(), -1, null), e.text(), e.fix());
        }
        if (!dataset[0] && !organizations.isEmpty()) {
            OrganizationSheet.alone(source, organizationPlaces[0], organizations, sink);
        }
        join.unjoined();
    }

    /** The values no person fills: the record type and the JSON-LD context. */
    private static ObjectNode fixed() {
        ObjectNode out = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        for (String name : List.of("@context", "type")) {
            StandardDefinition.listing().field(name).flatMap(f -> f.fixed()).ifPresent(v -> out.put(name, v));
        }
        return out;
    }

    private static InputStream stylesData(XSSFReader reader) throws IOException {
        try {
            return reader.getStylesData();
        } catch (OpenXML4JException | RuntimeException e) {
            return null;
        }
    }

    private static InputStream sharedStrings(XSSFReader reader) throws IOException {
        try {
            return reader.getSharedStringsData();
        } catch (OpenXML4JException | RuntimeException e) {
            return null;
        }
    }
}

package org.opdl.schema.format;

import java.util.Optional;
import org.opdl.model.finding.Severity;

/**
 * The one table of the rules the format readers apply while they read a file, with their stable
 * ids and default severities. Readers name a rule by its constant, never by a string, and the
 * validator's catalogue lists these same rules, with their words in its message bundles; a test
 * fails if a reader reports an id that is not here. An enum, because the set is fixed by the
 * readers' code.
 *
 * <p>A rule that {@linkplain #stopsFile() stops the file} means that the file, or its listings from
 * that point on, could not be read at all. Such a finding can never be turned off or made less
 * than an error, so that an unreadable file never passes.
 */
public enum ReaderRule {
    /** The file is not well-formed JSON. */
    SYNTAX_JSON("opdl.syntax.json", Severity.ERROR, true),
    /** A row or cell of a spreadsheet cannot be read. */
    SYNTAX_CSV("opdl.syntax.csv", Severity.ERROR, true),
    /** The file is not in UTF-8 where UTF-8 is required. */
    SYNTAX_ENCODING("opdl.syntax.encoding", Severity.ERROR, true),
    /** The RDF is not well formed. */
    SYNTAX_RDF("opdl.syntax.rdf", Severity.ERROR, true),
    /** The JSON-LD names a context other than the bundled OPDL one. */
    SYNTAX_JSONLD_CONTEXT("opdl.syntax.jsonld-context", Severity.ERROR, true),
    /** The RDF/XML declares a DOCTYPE or entities. */
    SYNTAX_RDFXML_DTD("opdl.syntax.rdfxml-dtd", Severity.ERROR, true),
    /** The triples of an N-Triples listing are not together. */
    SYNTAX_NTRIPLES_ORDER("opdl.syntax.ntriples-order", Severity.ERROR, true),
    /** The JSON nests too deep or holds too long a string, name or number. */
    LIMIT_JSON("opdl.limit.json", Severity.ERROR, true),
    /** An NDJSON line is too long. */
    LIMIT_NDJSON("opdl.limit.ndjson", Severity.ERROR, true),
    /** A spreadsheet cell is too long. */
    LIMIT_CSV("opdl.limit.csv", Severity.ERROR, true),
    /** The RDF nests too deep or holds too long a literal or IRI. */
    LIMIT_RDF("opdl.limit.rdf", Severity.ERROR, true),
    /** The file is larger than the limit. */
    LIMIT_FILE("opdl.limit.file", Severity.ERROR, true),
    /** The file holds more listings than the limit. */
    LIMIT_RECORDS("opdl.limit.records", Severity.ERROR, true),
    /** The spreadsheet has more rows than the limit. */
    LIMIT_ROWS("opdl.limit.rows", Severity.ERROR, true),
    /** The spreadsheet has more cells than the limit. */
    LIMIT_CELLS("opdl.limit.cells", Severity.ERROR, true),
    /** One spreadsheet record is larger than the limit. */
    LIMIT_RECORD("opdl.limit.record", Severity.ERROR, true),
    /** The checks of a listing, or the JSON-LD processing of a file, ran out of time. */
    LIMIT_TIME("opdl.limit.time", Severity.ERROR, true),
    /** A workbook cannot be opened or read: not a workbook, corrupt, encrypted, with macros, or an old .xls. */
    SYNTAX_XLSX("opdl.syntax.xlsx", Severity.ERROR, true),
    /** A workbook part is larger than the limits allow. */
    LIMIT_XLSX("opdl.limit.xlsx", Severity.ERROR, true),
    /** A row of a workbook's item sheet names no listing of the Listings sheet. */
    XLSX_UNJOINED("opdl.xlsx.unjoined", Severity.ERROR, false),
    /** A workbook sheet the layout does not know. */
    XLSX_UNKNOWN_SHEET("opdl.xlsx.unknown-sheet", Severity.ERROR, false),
    /** A workbook cell holds an error value, such as #REF! or #DIV/0!. */
    XLSX_CELL_ERROR("opdl.xlsx.cell-error", Severity.ERROR, false),
    /** A workbook cell holds a formula, which is never run: its saved value is read. */
    XLSX_FORMULA("opdl.xlsx.formula", Severity.WARNING, false),
    /** Hidden rows or columns of a workbook sheet that hold data, which are read like the others. */
    XLSX_HIDDEN("opdl.xlsx.hidden", Severity.WARNING, false),
    /** A workbook cell of a web-address column shows words, not an address: the address of its link was read. */
    XLSX_HYPERLINK("opdl.xlsx.hyperlink", Severity.WARNING, false),
    /** A workbook cell below the headings carries a coordinator's note, which no field holds: named at its cell. */
    XLSX_CELL_NOTE("opdl.xlsx.cell-note", Severity.INFO, false),
    /** Merged cells of a workbook sheet below the headings: the range keeps its value in its first cell, the others read empty. */
    XLSX_MERGED("opdl.xlsx.merged", Severity.WARNING, false),
    /** An RDF literal of another datatype than its field, read as written. */
    RDF_DATATYPE("opdl.rdf.datatype", Severity.WARNING, false),
    /** JSON-LD listings inside a named graph, read without the graph's name. */
    RDF_NAMED_GRAPH("opdl.rdf.named-graph", Severity.INFO, false),
    /** An RDF file writes an IRI relative to no base it declares, read against the OPDL namespace. */
    RDF_RELATIVE_IRI("opdl.rdf.relative-iri", Severity.WARNING, false),
    /** The file holds nothing: no listing and no dataset, whatever its format. */
    SYNTAX_EMPTY("opdl.syntax.empty", Severity.ERROR, true),
    /** A spreadsheet cell that cannot be read without guessing; the rest of the file is still read. */
    CSV_UNREADABLE("opdl.csv.unreadable", Severity.ERROR, false),
    /** Two words of one spreadsheet cell that mean the same item, read once. */
    CSV_SAME_ITEM("opdl.csv.same-item", Severity.ERROR, false),
    /** A value cannot be carried into the standard's form at all. */
    CONVERT_UNMAPPABLE("opdl.convert.unmappable", Severity.ERROR, true),
    /** An NDJSON file starts with a byte order mark. */
    NDJSON_BOM("opdl.ndjson.bom", Severity.INFO, false),
    /** A later line of an NDJSON file starts with a byte order mark: files were perhaps joined together. */
    NDJSON_BOM_INSIDE("opdl.ndjson.bom-inside", Severity.WARNING, false),
    /** An NDJSON file has blank lines. */
    NDJSON_BLANK_LINES("opdl.ndjson.blank-lines", Severity.INFO, false),
    /** A spreadsheet was read in an encoding other than UTF-8. */
    CSV_ENCODING("opdl.csv.encoding", Severity.WARNING, false),
    /** A spreadsheet uses a delimiter other than the comma. */
    CSV_DELIMITER("opdl.csv.delimiter", Severity.INFO, false),
    /** A spreadsheet heading the standard does not know. */
    CSV_UNKNOWN_HEADING("opdl.csv.unknown-heading", Severity.ERROR, false),
    /** A spreadsheet column under a heading the standard does not know, with no cell filled, such as Excel's "Column1". */
    CSV_EMPTY_UNKNOWN_COLUMN("opdl.csv.empty-unknown-column", Severity.WARNING, false),
    /** Two spreadsheet columns with the same heading. */
    CSV_DUPLICATE_HEADING("opdl.csv.duplicate-heading", Severity.WARNING, false),
    /** A spreadsheet, or a workbook's sheet of listings, with its heading row and no listing under it. */
    CSV_NO_LISTING("opdl.csv.no-listing", Severity.WARNING, false),
    /** A spreadsheet row under the table that holds no listing: a row of totals, or a note. */
    CSV_NOT_A_LISTING("opdl.csv.not-a-listing", Severity.WARNING, false),
    /** Blank rows in a spreadsheet. */
    CSV_BLANK_ROWS("opdl.csv.blank-rows", Severity.INFO, false),
    /** Blank columns in a spreadsheet. */
    CSV_BLANK_COLUMNS("opdl.csv.blank-columns", Severity.INFO, false),
    /** A cell a spreadsheet program would run as a formula. */
    CSV_FORMULA("opdl.csv.formula", Severity.WARNING, false),
    /** Spaces around a cell or heading. */
    CSV_STRAY_SPACES("opdl.csv.stray-spaces", Severity.WARNING, false),
    /** A date a spreadsheet program turned into a serial number. */
    CSV_EXCEL_DATE("opdl.csv.excel-date", Severity.WARNING, false),
    /** A number a spreadsheet program damaged. */
    CSV_EXCEL_NUMBER("opdl.csv.excel-number", Severity.WARNING, false),
    /** A label read as its code. */
    CSV_LABEL_NORMALISED("opdl.csv.label-normalised", Severity.INFO, false),
    /** A number written another way, read as the standard's form. */
    CSV_NUMBER_NORMALISED("opdl.csv.number-normalised", Severity.INFO, false),
    /** A date written another way, read as the standard's form. */
    CSV_DATE_NORMALISED("opdl.csv.date-normalised", Severity.INFO, false),
    /** Cells that kept the apostrophe Excel marks text with ("'0012"), read without it. */
    CSV_TEXT_MARKER("opdl.csv.text-marker", Severity.INFO, false),
    /** The file is written for an earlier version of the standard, and was checked against that version. */
    VERSION_FOUND("opdl.version.found", Severity.INFO, false),
    /** A file written for an earlier version uses a field that only a later version defines. */
    VERSION_NEWER_FIELD("opdl.version.newer-field", Severity.ERROR, false);

    private final String id;
    private final Severity severity;
    private final boolean stopsFile;

    ReaderRule(String id, Severity severity, boolean stopsFile) {
        this.id = id;
        this.severity = severity;
        this.stopsFile = stopsFile;
    }

    /** The stable id, such as {@code opdl.syntax.json}. */
    public String id() {
        return id;
    }

    /** The severity findings of this rule have unless the user overrides it. */
    public Severity severity() {
        return severity;
    }

    /**
     * True when a finding of this rule means the file, or its listings from that point on, could not
     * be read; such a finding stays an error whatever the options say.
     */
    public boolean stopsFile() {
        return stopsFile;
    }

    /** The reader rule with this id, if any. */
    public static Optional<ReaderRule> byId(String id) {
        for (ReaderRule r : values()) {
            if (r.id.equals(id)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}

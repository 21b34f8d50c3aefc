package org.opdl.schema.convert;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.opdl.schema.csv.CsvListingReader;
import org.opdl.schema.csv.CsvListingWriter;
import org.opdl.schema.format.Format;
import org.opdl.schema.json.JsonListingReader;
import org.opdl.schema.json.JsonListingWriter;
import org.opdl.schema.json.NdjsonListingReader;
import org.opdl.schema.rdf.GraphListingReader;
import org.opdl.schema.rdf.GraphListingWriter;
import org.opdl.schema.rdf.JsonLdListingWriter;
import org.opdl.schema.rdf.NTriplesListingReader;
import org.opdl.schema.rdf.NTriplesListingWriter;
import org.opdl.schema.xlsx.XlsxListingReader;
import org.opdl.schema.xlsx.XlsxListingWriter;

/**
 * The built-in formats, in one explicit table, and how a file's format is recognised: by its
 * extension first, then by its first bytes.
 */
public final class Formats {

    private static final List<Format> ALL = List.of(
            new Format("json", ConvertMessages.JSON_DATASET_ARRAY.text(),
                    List.of("json"), true, JsonListingReader::new, (out, o) -> new JsonListingWriter(out, false)),
            new Format("ndjson", ConvertMessages.NDJSON_ONE_LISTING.text(),
                    List.of("ndjson", "jsonl"), true, NdjsonListingReader::new, (out, o) -> new JsonListingWriter(out, true)),
            new Format("csv", ConvertMessages.SPREADSHEET_ONE_ROW.text(),
                    List.of("csv", "tsv", "txt"), true, CsvListingReader::new, CsvListingWriter::new),
            new Format("xlsx", ConvertMessages.WORKBOOK_EXCEL_LIBREOFFICE.text(),
                    List.of("xlsx"), false, XlsxListingReader::new, XlsxListingWriter::new),
            new Format("ttl", ConvertMessages.TURTLE.text(),
                    List.of("ttl"), false, l -> new GraphListingReader(Lang.TURTLE, l),
                    (out, o) -> new GraphListingWriter(out, RDFFormat.TURTLE_PRETTY)),
            new Format("nt", ConvertMessages.N_TRIPLES.text(),
                    List.of("nt"), true, NTriplesListingReader::new, (out, o) -> new NTriplesListingWriter(out)),
            new Format("jsonld", ConvertMessages.JSON_LD_UNDER.text(),
                    List.of("jsonld"), false, l -> new GraphListingReader(Lang.JSONLD11, l),
                    (out, o) -> new JsonLdListingWriter(out)),
            new Format("rdfxml", ConvertMessages.RDF_XML.text(),
                    List.of("rdf", "owl", "xml"), false, l -> new GraphListingReader(Lang.RDFXML, l),
                    (out, o) -> new GraphListingWriter(out, RDFFormat.RDFXML_PLAIN)));

    private Formats() {
    }

    /** Every built-in format, in the order of this table. */
    public static List<Format> all() {
        return ALL;
    }

    /** The names of the formats, for usage messages. */
    public static List<String> names() {
        return ALL.stream().map(Format::name).toList();
    }

    /** The format with this name, regardless of case. */
    public static Optional<Format> named(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(f -> f.name().equals(key)).findFirst();
    }

    /** The format a file name's extension means, if any. */
    public static Optional<Format> byExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || fileName.endsWith("/")) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return ALL.stream().filter(f -> f.extensions().contains(ext)).findFirst();
    }

    /** The format the first bytes of a file suggest; CSV when nothing else fits. */
    public static Format byContent(byte[] head, int length) {
        return toldByContent(head, length).orElseGet(() -> named("csv").orElseThrow());
    }

    /**
     * The format the first bytes of a file show, or empty when they show none: neither JSON, RDF
     * nor a workbook, and a first line with no comma, semicolon or tab, as a CSV heading row has.
     * A file with nothing but blank space is told as CSV, whose reader says it is empty.
     */
    public static Optional<Format> toldByContent(byte[] head, int length) {
        return Optional.ofNullable(told(head, length));
    }

    private static Format told(byte[] head, int length) {
        // A zip is taken for a workbook, and so is an OLE2 container (an old .xls or a workbook
        // with a password), which the workbook reader then refuses with what to save instead.
        if (length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return named("xlsx").orElseThrow();
        }
        if (length >= 4 && head[0] == (byte) 0xD0 && head[1] == (byte) 0xCF && head[2] == 0x11 && head[3] == (byte) 0xE0) {
            return named("xlsx").orElseThrow();
        }
        int from = length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF ? 3 : 0;
        String text = new String(head, from, Math.max(0, length - from), StandardCharsets.UTF_8).stripLeading();
        if (text.startsWith("[")) {
            return named("json").orElseThrow();
        }
        if (text.startsWith("{")) {
            if (text.contains("\"@context\"") && (text.contains("\"@graph\"") || text.contains("\"@id\""))) {
                return named("jsonld").orElseThrow();
            }
            int nl = text.indexOf('\n');
            String first = nl < 0 ? text : text.substring(0, nl).strip();
            String rest = nl < 0 ? "" : text.substring(nl + 1).stripLeading();
            boolean oneLine = first.endsWith("}") && (rest.isEmpty() || rest.startsWith("{"));
            return named(oneLine && !first.equals("{") ? "ndjson" : "json").orElseThrow();
        }
        if (text.startsWith("<?xml") || text.startsWith("<rdf:RDF") || text.startsWith("<!--")) {
            return named("rdfxml").orElseThrow();
        }
        if (text.startsWith("@prefix") || text.startsWith("@base") || text.regionMatches(true, 0, "PREFIX", 0, 6)) {
            return named("ttl").orElseThrow();
        }
        if (text.startsWith("<") || text.startsWith("_:")) {
            boolean nt = text.lines().limit(20).allMatch(l -> l.isBlank() || l.startsWith("#") || l.strip().endsWith(" ."));
            return named(nt ? "nt" : "ttl").orElseThrow();
        }
        int nl = text.indexOf('\n');
        String first = nl < 0 ? text : text.substring(0, nl);
        return text.isBlank() || HEADING_ROW.matcher(first).find() ? named("csv").orElseThrow() : null;
    }

    /** A line that separates cells as a CSV heading row does, and holds no control character but a tab or a carriage return. */
    private static final Pattern HEADING_ROW = Pattern.compile("^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*[,;\\t][^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*$");
}

package org.opdl.schema.rdf;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Text;
import org.opdl.model.vocab.Iris;
import org.opdl.schema.format.LimitErrors;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.ReaderRule;

/**
 * The checks on RDF/XML bytes before Jena parses them: the XML declaration (version 1.0, and an
 * encoding that the bytes really are in), no DOCTYPE or entity declaration, and a streaming pass
 * over the elements that bounds their nesting and the length of each text and attribute value.
 */
final class RdfXmlScan {

    private static final Pattern DTD = Pattern.compile("<!(DOCTYPE|ENTITY)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DECLARATION = Pattern.compile(
            "<\\?xml\\s+version\\s*=\\s*([\"'])([^\"']*)\\1(?:\\s+encoding\\s*=\\s*([\"'])([^\"']*)\\3)?");
    private static final byte[] ASCII_START = "<?xml".getBytes(StandardCharsets.US_ASCII);

    private RdfXmlScan() {
    }

    /** Runs every check, in the order a reader would meet the problems. */
    static void check(String source, byte[] bytes, Limits limits) {
        declaration(source, bytes);
        refuseDtd(source, bytes);
        stream(source, bytes, limits);
    }

    /**
     * Honours a declared single-byte encoding, but refuses one that the bytes contradict (a file
     * saved as UTF-8 under {@code encoding="ISO-8859-1"} would turn every accent into two wrong
     * characters), an encoding the DTD check cannot read (UTF-16), and XML versions other than 1.0.
     */
    private static void declaration(String source, byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] == 0 || bytes[1] == 0 || (bytes[0] & 0xFE) == 0xFE)) {
            throw encoding(source, 1, RdfMessages.RDF_XML_UTF.text());
        }
        int from = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        Matcher m = DECLARATION.matcher(new String(bytes, from, Math.min(bytes.length - from, 300), StandardCharsets.ISO_8859_1));
        if (!m.lookingAt()) {
            return;
        }
        if (!m.group(2).equals("1.0")) {
            throw new ReadException(ReaderRule.SYNTAX_RDF, new Location.Text(source, 1, 1),
                    RdfMessages.SYNTAX_RDF_RDF_XML_DECLARES.text(m.group(2)),
                    RdfMessages.WRITE_XML_VERSION.text());
        }
        String name = m.group(4);
        if (name == null) {
            return;
        }
        Charset declared;
        try {
            declared = Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw encoding(source, 1, RdfMessages.RDF_XML_DECLARES.text(name));
        }
        if (declared.equals(StandardCharsets.UTF_8) || declared.equals(StandardCharsets.US_ASCII)) {
            return;
        }
        if (!Arrays.equals(ASCII_START, "<?xml".getBytes(declared))) {
            throw encoding(source, 1, RdfMessages.RDF_XML_DECLARES_2.text(name));
        }
        int first = 0;
        while (first < bytes.length && bytes[first] >= 0) {
            first++;
        }
        if (first < bytes.length && isUtf8(bytes)) {
            long line = 1;
            for (int i = 0; i < first; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw encoding(source, line, RdfMessages.RDF_XML_DECLARES_3.text(name));
        }
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static ReadException encoding(String source, long line, Text text) {
        return new ReadException(ReaderRule.SYNTAX_ENCODING, new Location.Text(source, line, 1), text,
                RdfMessages.SYNTAX_ENCODING_SAVE_FILE_UTF.text());
    }

    private static void refuseDtd(String source, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        Matcher m = DTD.matcher(text);
        if (m.find()) {
            long line = text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
            throw new ReadException(ReaderRule.SYNTAX_RDFXML_DTD, new Location.Text(source, line, 0),
                    RdfMessages.SYNTAX_RDFXML_DTD_RDF_XML_DECLARES.text(),
                    RdfMessages.SYNTAX_RDFXML_DTD_REMOVE_DOCTYPE_WRITE.text());
        }
    }

    /**
     * Streams the elements (StAX does not recurse), refusing nesting deeper than twice {@link
     * Limits#maxDepth()} (each level of a listing is a node element and a property element) and a
     * text or attribute value longer than {@link Limits#maxStringLength()}.
     */
    private static void stream(String source, byte[] bytes, Limits limits) {
        int max = 2 * limits.maxDepth();
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(bytes));
            int depth = 0;
            long text = 0;
            while (r.hasNext()) {
                int e = r.next();
                if (e == XMLStreamConstants.START_ELEMENT) {
                    text = 0;
                    if (++depth > max) {
                        throw limit(source, r, RdfMessages.RDF_XML_NESTS.text(max), "--max-depth");
                    }
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        if (r.getAttributeValue(i).length() > limits.maxStringLength()) {
                            throw tooLong(source, r, limits);
                        }
                    }
                    if (depth == 1) {
                        outermostBase(source, r);
                    }
                } else if (e == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    text = 0;
                } else if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA || e == XMLStreamConstants.SPACE) {
                    text += r.getTextLength();
                    if (text > limits.maxStringLength()) {
                        throw tooLong(source, r, limits);
                    }
                }
            }
        } catch (XMLStreamException e) {
            // Not well-formed: Jena reports it with its place.
        }
    }

    /**
     * Refuses a relative {@code xml:base} on the outermost element (U54). RDF reads it against the
     * file's own address, which a file on a disk or standard input does not have; and Jena's RDF/XML
     * parser applies it to itself more than once ({@code xml:base="listing/"} and {@code rdf:about="a"}
     * become {@code listing/listing/listing/a}), so no warning could name the IRI meant.
     * An empty base, the file's address itself, is left to the relative IRIs' warning.
     */
    private static void outermostBase(String source, XMLStreamReader r) {
        String base = r.getAttributeValue(XMLConstants.XML_NS_URI, "base");
        if (base == null || base.isEmpty()) {
            return;
        }
        URI uri;
        try {
            uri = new URI(base);
        } catch (URISyntaxException e) {
            return; // Not an IRI at all: Jena refuses it with its place.
        }
        if (uri.isAbsolute()) {
            return;
        }
        String meant = URI.create(Iris.BASE).resolve(uri).toString();
        throw new ReadException(ReaderRule.SYNTAX_RDF, new Location.Text(source, r.getLocation().getLineNumber(),
                r.getLocation().getColumnNumber()), RdfMessages.RDF_XML_RELATIVE_BASE.text(base),
                RdfMessages.RDF_XML_RELATIVE_BASE_FIX.text(meant));
    }

    private static ReadException tooLong(String source, XMLStreamReader r, Limits limits) {
        return limit(source, r, RdfMessages.LITERAL_IRI_LONGER.text(limits.maxStringLength()), "--max-string-length");
    }

    private static ReadException limit(String source, XMLStreamReader r, Text text, String option) {
        return LimitErrors.limit(ReaderRule.LIMIT_RDF, new Location.Text(source, r.getLocation().getLineNumber(),
                r.getLocation().getColumnNumber()), text, option);
    }
}

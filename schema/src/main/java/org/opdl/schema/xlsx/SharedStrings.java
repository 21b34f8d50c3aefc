package org.opdl.schema.xlsx;

import javax.xml.parsers.ParserConfigurationException;
import org.opdl.schema.format.ReaderRule;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.poi.util.XMLHelper;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Text;
import org.opdl.schema.format.LimitErrors;
import org.opdl.schema.format.Limits;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shared-strings table of a workbook, read with SAX under a limit: a table of millions of
 * entries, or of more characters than {@link #maxChars}, stops the read with a clear error
 * instead of filling memory. The table is kept compactly ({@link StringTable}), so the memory it
 * takes is about the size of its text. Phonetic runs (furigana) are not part of a cell's text.
 */
final class SharedStrings extends DefaultHandler {

    /** The most entries the table may hold. */
    static final int MAX_ENTRIES = 5_000_000;

    private final StringTable strings = new StringTable();
    private final long maxChars;
    private final StringBuilder text = new StringBuilder();
    private long chars;
    private boolean inT;
    private int phonetic;

    private SharedStrings(long maxChars) {
        this.maxChars = maxChars;
    }

    /** The most characters the table may hold altogether: half the largest file, as UTF-16 fills twice its bytes. */
    static long maxChars(Limits limits) {
        return Math.min(limits.maxFileBytes() / 2, 512L * 1024 * 1024);
    }

    /** Reads the table from {@code in}, or an empty table when the workbook has none. */
    static List<String> read(String source, InputStream in, Limits limits) throws IOException, SAXException {
        SharedStrings handler = new SharedStrings(maxChars(limits));
        if (in == null) {
            return handler.strings;
        }
        try {
            XMLReader reader = XMLHelper.newXMLReader();
            reader.setContentHandler(handler);
            reader.parse(new InputSource(in));
        } catch (ParserConfigurationException e) {
            throw new IOException(e);
        } catch (TooMany e) {
            throw LimitErrors.limit(ReaderRule.LIMIT_XLSX, new Location.Text(source, 0, 0),
                    XlsxMessages.SHARED_STRINGS_TOO_MANY.text(e.what), "--max-file-size");
        }
        return handler.strings;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        switch (localName) {
            case "si" -> text.setLength(0);
            case "t" -> inT = phonetic == 0;
            case "rPh" -> phonetic++;
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "si" -> {
                if (strings.size() >= MAX_ENTRIES) {
                    throw new TooMany(XlsxMessages.SHARED_STRINGS_ENTRIES.text(MAX_ENTRIES));
                }
                if (!strings.append(text)) {
                    throw new TooMany(XlsxMessages.SHARED_STRINGS_CHARACTERS.text(maxChars));
                }
            }
            case "t" -> inT = false;
            case "rPh" -> phonetic--;
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inT) {
            chars += length;
            if (chars > maxChars) {
                throw new TooMany(XlsxMessages.SHARED_STRINGS_CHARACTERS.text(maxChars));
            }
            text.append(ch, start, length);
        }
    }

    /** Thrown out of the parser when the table is too large. */
    private static final class TooMany extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Text what;

        TooMany(Text what) {
            super(what.en(), null, false, false);
            this.what = what;
        }
    }
}

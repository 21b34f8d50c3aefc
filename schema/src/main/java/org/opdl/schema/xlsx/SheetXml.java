package org.opdl.schema.xlsx;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.util.XMLHelper;

/**
 * The StAX parser the rows of a sheet are pulled with: the JDK's, set up by POI with no DTD and
 * no external entities, under the JDK's limits on entity expansion and name length. Woodstox read
 * the benchmark's sheets no faster once warm, and Aalto, twice as fast, has no limit on the length
 * of a text or a name, so a hostile sheet could fill memory with one cell: neither is used.
 */
final class SheetXml {

    private SheetXml() {
    }

    /** A reader of {@code in}; a factory each, as sheets are read on threads of their own and factories need not be thread-safe. */
    static XMLStreamReader open(InputStream in) throws XMLStreamException {
        return XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
    }

    /** The I/O failure under a parser's failure, if that is what it is. */
    static IOException ioCause(XMLStreamException e) {
        Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
        return cause instanceof IOException io ? io : null;
    }
}

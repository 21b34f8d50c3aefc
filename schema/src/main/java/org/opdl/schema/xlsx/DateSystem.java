package org.opdl.schema.xlsx;

import java.io.InputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Which day a workbook's serial dates count from: 1 January 1900, or 1 January 1904 for a
 * workbook saved with the 1904 date system (older Excel for Mac, or the option in Excel's
 * settings). The same serial number is a day four years and one day later in the second, and
 * the workbook shows that later day, so it is the one read.
 */
final class DateSystem {

    private DateSystem() {
    }

    /** Whether {@code xl/workbook.xml} says the workbook counts its dates from 1904. */
    static boolean is1904(InputStream workbook) throws XMLStreamException {
        XMLStreamReader x = SheetXml.open(workbook);
        try {
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT) {
                    String name = x.getLocalName();
                    if (name.equals("workbookPr")) {
                        String v = x.getAttributeValue(null, "date1904");
                        return "1".equals(v) || "true".equals(v);
                    }
                    if (name.equals("sheets")) {
                        // workbookPr comes before the sheets, or not at all.
                        return false;
                    }
                }
            }
            return false;
        } finally {
            x.close();
        }
    }
}

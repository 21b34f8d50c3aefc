package org.opdl.schema.format;

import org.opdl.model.finding.Location;
import org.opdl.model.text.Text;

/**
 * Turns a JSON pointer inside one listing into a place in the file it came from, in the file's own
 * terms: line and column for JSON, row and heading for CSV, subject and predicate for RDF. When
 * the exact field is unknown (for example a field that is missing), it returns the nearest
 * enclosing place it knows.
 */
@FunctionalInterface
public interface SourceMap {

    /** The location of the field at {@code pointer} ({@code ""} for the whole listing). */
    Location locate(String pointer);

    /**
     * A message or fix about the field at {@code pointer}, in the source's own terms: a
     * spreadsheet's map names the column headings a provider sees where the text names JSON fields
     * in backquotes ({@code `lastUpdated`}), a name several fields share read as the one nearest
     * {@code pointer}. Other sources keep the text as it is.
     */
    default Text terms(Text text, String pointer) {
        return text;
    }

    /**
     * A map that places pointers with {@code places} and words messages as {@code wording} does:
     * for a source made of parts, such as a workbook whose child sheets place the fields of a
     * listing the Listings sheet's headings name.
     */
    static SourceMap wordedBy(SourceMap wording, SourceMap places) {
        return new BorrowedTerms(wording, places);
    }
}

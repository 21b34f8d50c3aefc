package org.opdl.schema.format;

import org.opdl.model.finding.Location;
import org.opdl.model.text.Text;

/** A map that places pointers with one map and words messages as another does: see {@link SourceMap#wordedBy}. */
record BorrowedTerms(SourceMap wording, SourceMap places) implements SourceMap {

    @Override
    public Location locate(String pointer) {
        return places.locate(pointer);
    }

    @Override
    public Text terms(Text text, String pointer) {
        return wording.terms(text, pointer);
    }
}

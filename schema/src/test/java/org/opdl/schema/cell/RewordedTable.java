package org.opdl.schema.cell;

import java.util.Optional;
import org.opdl.model.definition.FieldDefinition;
import org.opdl.model.definition.RecordDefinition;
import org.opdl.model.definition.SheetWording;
import org.opdl.model.definition.StandardDefinition;
import org.opdl.model.field.Field;
import org.opdl.model.field.FieldTree;

/** The listing's field table with one row's spreadsheet wording changed, as an editor of the table would change it. */
final class RewordedTable {

    private RewordedTable() {
    }

    /** The field at {@code path} of the listing table in which that row's {@code sheet_wording} is {@code wording}. */
    static Field field(String path, Optional<SheetWording> wording) {
        RecordDefinition listing = StandardDefinition.listing();
        RecordDefinition reworded = new RecordDefinition(listing.name(), listing.rdfClass(), listing.aligns(),
                listing.fields().stream().map(f -> f.path().equals(path) ? withWording(f, wording) : f).toList());
        return FieldTree.of(reworded).field(path).orElseThrow();
    }

    private static FieldDefinition withWording(FieldDefinition f, Optional<SheetWording> wording) {
        return new FieldDefinition(f.path(), f.type(), f.scheme(), f.required(), f.repeat(), f.ordered(), f.min(), f.max(),
                f.rdfProperty(), f.rdfClass(), f.aligns(), f.heading(), f.label(), f.definition(), f.example(), f.fixed(), wording);
    }
}

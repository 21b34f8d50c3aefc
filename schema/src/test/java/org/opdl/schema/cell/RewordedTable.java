package org.opdl.schema.cell;

import java.util.Optional;
import java.util.function.UnaryOperator;
import org.opdl.model.definition.FieldDefinition;
import org.opdl.model.definition.RecordDefinition;
import org.opdl.model.definition.SheetUnit;
import org.opdl.model.definition.SheetWording;
import org.opdl.model.definition.StandardDefinition;
import org.opdl.model.field.Field;
import org.opdl.model.field.FieldTree;

/** The listing's field table with one row's spreadsheet columns changed, as an editor of the table would change them. */
final class RewordedTable {

    private RewordedTable() {
    }

    /** The field at {@code path} of the listing table in which that row's {@code sheet_wording} is {@code wording}. */
    static Field field(String path, Optional<SheetWording> wording) {
        return changed(path, f -> new FieldDefinition(f.path(), f.type(), f.scheme(), f.required(), f.repeat(), f.ordered(), f.min(),
                f.max(), f.rdfProperty(), f.rdfClass(), f.aligns(), f.heading(), f.label(), f.definition(), f.example(), f.fixed(),
                wording, f.sheetUnit()));
    }

    /** The field at {@code path} of the listing table in which that row's {@code sheet_unit} is {@code unit}. */
    static Field counting(String path, Optional<SheetUnit> unit) {
        return changed(path, f -> new FieldDefinition(f.path(), f.type(), f.scheme(), f.required(), f.repeat(), f.ordered(), f.min(),
                f.max(), f.rdfProperty(), f.rdfClass(), f.aligns(), f.heading(), f.label(), f.definition(), f.example(), f.fixed(),
                f.sheetWording(), unit));
    }

    private static Field changed(String path, UnaryOperator<FieldDefinition> change) {
        RecordDefinition listing = StandardDefinition.listing();
        RecordDefinition changed = new RecordDefinition(listing.name(), listing.rdfClass(), listing.aligns(),
                listing.fields().stream().map(f -> f.path().equals(path) ? change.apply(f) : f).toList());
        return FieldTree.of(changed).field(path).orElseThrow();
    }
}

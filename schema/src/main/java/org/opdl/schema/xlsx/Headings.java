package org.opdl.schema.xlsx;

import org.opdl.model.definition.FieldDefinition;
import org.opdl.model.definition.FieldType;
import org.opdl.model.definition.StandardDefinition;
import org.opdl.model.text.Lang;
import org.opdl.schema.csv.SheetForm.SheetColumn;

/** The note on a heading: what the column means and how its cells are written, from the standard's definition. */
final class Headings {

    private Headings() {
    }

    /** The note for column {@code c} in {@code lang}. */
    static String note(SheetColumn c, Lang lang) {
        boolean fr = lang == Lang.FR;
        var def = (c.dataset() ? StandardDefinition.dataset() : StandardDefinition.listing()).field(c.path());
        StringBuilder sb = new StringBuilder(def.map(FieldDefinition::definition).map(t -> t.in(lang)).orElse(""));
        if (c.required() && c.path().indexOf('.') < 0) {
            sb.append(fr ? "\nObligatoire." : "\nRequired.");
        }
        if (c.pointer().equals("/id") && !c.group().isEmpty()) {
            sb.append(fr ? "\nL'identifiant de la fiche, comme sur la feuille Fiches." : "\nThe listing's id, as on the Listings sheet.");
        }
        if (c.list()) {
            sb.append(fr ? "\nPlusieurs valeurs : séparez-les par |." : "\nSeveral values: separate them with |.");
        }
        if (c.type() == FieldType.CODE) {
            sb.append(fr ? "\nChoisissez dans la liste." : "\nPick from the list.");
        } else if (c.type() == FieldType.DATE) {
            sb.append(fr ? "\nUne date, comme 2026-03-01." : "\nA date, such as 2026-03-01.");
        }
        def.flatMap(FieldDefinition::example).filter(e -> c.type() != FieldType.TEXT)
                .ifPresent(e -> sb.append(fr ? "\nExemple : " : "\nExample: ").append(e.replace("\"", "")));
        return sb.toString().strip();
    }
}

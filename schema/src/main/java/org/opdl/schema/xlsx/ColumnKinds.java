package org.opdl.schema.xlsx;

import java.util.List;
import org.opdl.model.definition.FieldType;
import org.opdl.model.definition.SheetWording;
import org.opdl.model.field.FieldTree;
import org.opdl.schema.csv.SheetForm;

/**
 * What a sheet's columns ask for, as far as reading a cell's value depends on it, told from the heading row: a web
 * address (whose cell showing words is read from its link) or a share (whose percentage cell is read as its number).
 */
final class ColumnKinds {

    /** Before the heading row is read: no column asks for either. */
    static final ColumnKinds NONE = new ColumnKinds(new boolean[0], new boolean[0]);

    private final boolean[] web;
    private final boolean[] share;

    private ColumnKinds(boolean[] web, boolean[] share) {
        this.web = web;
        this.share = share;
    }

    /** The kinds of the columns under {@code headings}. */
    static ColumnKinds of(List<String> headings) {
        boolean[] web = new boolean[headings.size()];
        boolean[] share = new boolean[headings.size()];
        for (int i = 0; i < headings.size(); i++) {
            var column = SheetForm.find(headings.get(i));
            web[i] = column.filter(c -> c.type() == FieldType.URL).isPresent();
            share[i] = column.flatMap(c -> FieldTree.listing().field(c.path())).filter(f -> f.wordedAs(SheetWording.PERCENT)).isPresent();
        }
        return new ColumnKinds(web, share);
    }

    /** True when column {@code column} asks for a web address. */
    boolean web(int column) {
        return column >= 0 && column < web.length && web[column];
    }

    /** True when column {@code column} asks for a share, such as "Subsidy rate". */
    boolean share(int column) {
        return column >= 0 && column < share.length && share[column];
    }
}

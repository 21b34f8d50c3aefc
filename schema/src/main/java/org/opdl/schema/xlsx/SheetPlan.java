package org.opdl.schema.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opdl.model.text.Text;
import org.opdl.schema.csv.SheetForm;
import org.opdl.schema.csv.SheetForm.SheetColumn;

/**
 * Which column of the CSV form goes to which sheet of a workbook: the listing's own columns to
 * Listings, required ones first, without the record type and context that no person fills; each
 * group's columns to the group's sheet, after the listing id that joins them.
 *
 * @param listings the positions in the CSV form of the Listings sheet's columns, in order
 * @param groups for each group sheet, its name and the positions of its columns after the id
 * @param columns the column of each position of the CSV form, null for none
 * @param idPosition the position of the listing id, or -1
 * @param organizations the positions of the dataset's organizations columns, for the Organizations sheet
 */
record SheetPlan(List<Integer> listings, List<Group> groups, List<SheetColumn> columns, int idPosition,
        List<Integer> organizations) {

    /**
     * One group sheet.
     *
     * @param group the JSON path of the group
     * @param name the sheet's name in both languages
     * @param positions the positions of its columns in the CSV form
     */
    record Group(String group, Text name, List<Integer> positions) {
    }

    /**
     * The plan for a CSV form written with these headings; {@code supplied} is true when every
     * listing's record type and context are the ones the reader supplies, so their columns can go.
     */
    static SheetPlan of(List<String> headings, boolean supplied) {
        List<SheetColumn> columns = new ArrayList<>();
        for (String h : headings) {
            columns.add(SheetForm.find(h).orElse(null));
        }
        List<Integer> required = new ArrayList<>();
        List<Integer> optional = new ArrayList<>();
        int id = -1;
        List<Integer> organizations = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            SheetColumn c = columns.get(i);
            if (c != null && c.dataset() && c.group().equals(Sheets.ORGANIZATIONS_GROUP)) {
                organizations.add(i);
            }
            if (c == null || !c.group().isEmpty() || supplied && isTechnical(c)) {
                continue;
            }
            if (c.pointer().equals("/id")) {
                id = i;
            }
            (c.required() && !c.dataset() && c.path().indexOf('.') < 0 ? required : optional).add(i);
        }
        List<Integer> listings = new ArrayList<>(required);
        listings.addAll(optional);
        List<Group> groups = new ArrayList<>();
        for (Map.Entry<String, Text> g : Sheets.groupNames().entrySet()) {
            List<Integer> positions = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i) != null && !columns.get(i).dataset() && columns.get(i).group().equals(g.getKey())) {
                    positions.add(i);
                }
            }
            if (!positions.isEmpty()) {
                groups.add(new Group(g.getKey(), g.getValue(), positions));
            }
        }
        return new SheetPlan(List.copyOf(listings), List.copyOf(groups), columns, id, List.copyOf(organizations));
    }

    /** The columns no person fills, which the reader supplies. */
    static boolean isTechnical(SheetColumn c) {
        return !c.dataset() && (c.pointer().equals("/@context") || c.pointer().equals("/type"));
    }
}

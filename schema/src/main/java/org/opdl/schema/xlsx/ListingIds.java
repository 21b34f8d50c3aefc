package org.opdl.schema.xlsx;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opdl.schema.csv.SheetForm;

/**
 * The listing ids of the Listings sheet as it is copied, each with the first row that has it: the
 * order in which the group sheets' rows are joined. Only the ids are kept, not the listings.
 */
final class ListingIds implements SheetCells.Rows {

    private final Map<String, Long> positions = new HashMap<>();
    private int column = -1;

    @Override
    public void row(long number, List<String> cells) {
        if (number == 1) {
            for (int i = 0; i < cells.size() && column < 0; i++) {
                String h = cells.get(i);
                if (h != null && SheetForm.find(h).filter(c -> c.pointer().equals("/id") && !c.dataset()
                        && c.group().isEmpty()).isPresent()) {
                    column = i;
                }
            }
        } else if (column >= 0 && column < cells.size() && cells.get(column) != null) {
            String id = cells.get(column).strip();
            if (!id.isEmpty()) {
                positions.putIfAbsent(id, number);
            }
        }
    }

    /** Each listing id to the first row that has it. */
    Map<String, Long> positions() {
        return positions;
    }
}

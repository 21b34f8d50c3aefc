package org.opdl.schema.csv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.opdl.model.definition.FieldType;
import org.opdl.model.field.Field;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.vocab.RegionAreas;
import org.opdl.schema.cell.CellReader;
import org.opdl.schema.format.ReaderRule;

/**
 * A location's Region cell naming several provinces ("BC and AB", "QC et ON", "Prairies"). A
 * location lies in one region, so a provider writing two means the program is held in both: the
 * row is read as one location per region when the location's other cells say nothing tied to one
 * place (they are blank, or give the country or a yes/no for all). Otherwise which city goes with
 * which region would be a guess, and the cell is refused with the regions read and the fix.
 */
final class RegionSpread {

    private final CsvHeadings headings;
    /** The positions of the locations' Region columns, found once for the file. */
    private final int[] regionColumns;

    /** The spreading of the Region cells of the sheet headed by {@code headings}. */
    RegionSpread(CsvHeadings headings) {
        this.headings = headings;
        this.regionColumns = headings.positions(RegionSpread::isRegion);
    }

    /**
     * The row's cells, with a Region cell of one location that names several regions spread over
     * as many locations, and the location's other cells repeated for each; {@code record} itself
     * when there is none to spread.
     */
    List<String> spread(List<String> record, CellReader values, IntFunction<Location.Csv> at) {
        List<Column> columns = headings.columns();
        for (int i : regionColumns) {
            if (i >= record.size()) {
                break;
            }
            Column c = columns.get(i);
            String v = Cells.unescape(record.get(i));
            if (v.isBlank() || Lists.split(v).size() != 1 || !placeFree(record, columns, c, i)) {
                continue;
            }
            Optional<List<String>> regions = values.list(c.field(), v, at.apply(i));
            if (regions.isEmpty() || regions.get().size() < 2) {
                continue;
            }
            int k = regions.get().size();
            List<String> out = new ArrayList<>(record);
            out.set(i, String.join(" | ", regions.get()));
            Field group = c.trail().get(c.group());
            for (int j = 0; j < Math.min(columns.size(), out.size()); j++) {
                Column o = columns.get(j);
                if (j != i && o != null && o.group() >= 0 && o.trail().get(o.group()) == group && !out.get(j).isBlank()) {
                    out.set(j, String.join(" | ", Collections.nCopies(k, out.get(j).strip())));
                }
            }
            return out;
        }
        return record;
    }

    /**
     * The finding on a location's Region cell naming several regions that could not be spread, as
     * other cells of the location belong to one place; empty for any other cell. {@code probe}
     * reads the cell, and counts no reading of it.
     */
    static Optional<Finding> refusal(Column c, String v, Location.Csv at, CellReader probe) {
        if (!isRegion(c)) {
            return Optional.empty();
        }
        // A city or area ("GTA", "Vancouver-based"): its province to write, and the place in City.
        Optional<Finding> area = RegionAreas.province(v).map(region -> new Finding(ReaderRule.CSV_UNREADABLE.id(),
                ReaderRule.CSV_UNREADABLE.severity(), at, CsvMessages.CSV_REGION_AREA.text(v), CsvMessages.CSV_REGION_AREA_FIX.text(region)));
        return area.isPresent() ? area : probe.list(c.field(), v, at).filter(r -> r.size() > 1)
                .map(r -> new Finding(ReaderRule.CSV_UNREADABLE.id(), ReaderRule.CSV_UNREADABLE.severity(), at,
                        CsvMessages.CSV_REGIONS_ONE_LOCATION.text(v, r.size(), String.join(" | ", r)),
                        CsvMessages.CSV_REGIONS_ONE_LOCATION_FIX.text(String.join(" | ", r))));
    }

    private static boolean isRegion(Column c) {
        return c != null && c.group() >= 0 && !c.dataset() && c.field().type() == FieldType.CODE
                && c.field().scheme().filter("region"::equals).isPresent();
    }

    /** True when the other cells of {@code c}'s item hold one value each, and only a country or a yes/no. */
    private static boolean placeFree(List<String> record, List<Column> columns, Column c, int position) {
        Field group = c.trail().get(c.group());
        for (int j = 0; j < Math.min(columns.size(), record.size()); j++) {
            Column o = columns.get(j);
            if (j == position || o == null || o.group() < 0 || o.trail().get(o.group()) != group || record.get(j).isBlank()) {
                continue;
            }
            FieldType t = o.field().type();
            if (t != FieldType.COUNTRY && t != FieldType.BOOLEAN || Lists.split(Cells.unescape(record.get(j))).size() != 1) {
                return false;
            }
        }
        return true;
    }
}

package org.opdl.schema.xlsx;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import org.opdl.schema.csv.SheetForm;

/**
 * Finds the sheet of listings in a workbook whose sheets are named otherwise: the sheet named
 * Listings or Fiches; else, among the sheets that are not the form's other sheets, the first
 * whose top rows hold a heading of the form, then the first with any data, then the first. A
 * Google Sheets or Numbers workbook often keeps an empty "Sheet1" or a sheet of notes before the
 * renamed sheet of listings, which must not be taken for it.
 */
final class ListingsSheet {

    /** How many rows at the top of a sheet are looked at for headings: a title and a few notes may sit above them. */
    private static final int TOP_ROWS = 11;
    /** The names Numbers gives its export summary, in English and French, in lower case. */
    private static final Set<String> NUMBERS_SUMMARY = Set.of("export summary", "résumé de l'exportation");

    private ListingsSheet() {
    }

    /** The sheet of listings among {@code sheets}, or null when there is none. */
    static SheetRef choose(List<SheetRef> sheets, SheetCells.Context cells) throws IOException {
        SheetRef named = sheets.stream().filter(s -> Sheets.isListings(s.name())).findFirst().orElse(null);
        if (named != null) {
            return named;
        }
        List<SheetRef> candidates = sheets.stream().filter(s -> !Sheets.isForPeople(s.name())
                && Sheets.groupOf(s.name()).isEmpty() && !Sheets.isOrganizations(s.name())).toList();
        SheetRef withData = null;
        for (SheetRef s : candidates) {
            Content c = content(s, cells);
            if (c == Content.HEADINGS) {
                return s;
            }
            if (c == Content.DATA && withData == null && !isNumbersSummaryName(s.name())) {
                withData = s;
            }
        }
        // Numbers' summary is never the sheet of listings, even when no other sheet has data.
        return withData != null ? withData
                : candidates.stream().filter(s -> !isNumbersSummaryName(s.name())).findFirst().orElse(null);
    }

    /** True when a cell of {@code sheet} holds something other than spaces. */
    static boolean hasData(SheetRef sheet, SheetCells.Context cells) throws IOException {
        return content(sheet, cells) != Content.EMPTY;
    }

    /**
     * How many filled rows {@code sheet} holds under a heading row of the Listings sheet's own (the listing id and
     * another of its columns) near its top, as a second sheet of listings ("Listings 2027") does; -1 when it holds
     * no such heading row.
     */
    static long listingRows(SheetRef sheet, SheetCells.Context cells) throws IOException {
        long filled = -1;
        int seen = 0;
        try (SheetCells xml = cells.open(sheet, f -> { })) {
            for (SheetCells.Row row = xml.next(); row != null; row = xml.next()) {
                if (row.cells().stream().noneMatch(c -> c != null && !c.isBlank())) {
                    continue;
                }
                if (filled >= 0) {
                    filled++;
                } else if (++seen > TOP_ROWS) {
                    return -1;
                } else if (listingHeadings(row.cells())) {
                    filled = 0;
                }
            }
        }
        return filled;
    }

    /** True when {@code cells} hold the listing id's heading and another heading of the Listings sheet. */
    private static boolean listingHeadings(List<String> cells) {
        boolean id = false;
        int own = 0;
        for (String c : cells) {
            var column = c == null ? Optional.<SheetForm.SheetColumn>empty() : SheetForm.find(c);
            if (column.isPresent() && column.get().group().isEmpty() && !column.get().dataset()) {
                own++;
                id |= column.get().pointer().equals("/id");
            }
        }
        return id && own >= 2;
    }

    /**
     * True for the summary sheet Numbers puts before the tables it exports to Excel: named
     * "Export Summary" (in French Numbers "Résumé de l'exportation"), with data but no heading of
     * the form at its top, as its list of the sheets and tables exported has none.
     */
    static boolean isNumbersSummary(SheetRef sheet, SheetCells.Context cells) throws IOException {
        return isNumbersSummaryName(sheet.name()) && content(sheet, cells) == Content.DATA;
    }

    private static boolean isNumbersSummaryName(String name) {
        return NUMBERS_SUMMARY.contains(name.strip().replace('\u2019', '\'').toLowerCase(Locale.ROOT));
    }

    /** What the top of a sheet holds. */
    private enum Content {
        EMPTY, DATA, HEADINGS
    }

    private static Content content(SheetRef sheet, SheetCells.Context cells) throws IOException {
        Content found = Content.EMPTY;
        int seen = 0;
        try (SheetCells xml = cells.open(sheet, f -> { })) {
            for (SheetCells.Row row = xml.next(); row != null && seen < TOP_ROWS; row = xml.next()) {
                if (row.cells().stream().noneMatch(c -> c != null && !c.isBlank())) {
                    continue;
                }
                seen++;
                found = Content.DATA;
                if (row.cells().stream().anyMatch(c -> c != null && SheetForm.find(c).isPresent())) {
                    return Content.HEADINGS;
                }
            }
        }
        return found;
    }
}

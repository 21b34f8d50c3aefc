package org.opdl.schema.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Lang;
import org.opdl.schema.csv.CsvTemplate;
import org.opdl.schema.format.SourceRecord;
import org.opdl.schema.format.WriteOptions;
import tools.jackson.databind.node.ObjectNode;

/**
 * The workbook a coordinator starts from: the CSV template's example program, with its dates
 * moved relative to the day the workbook is made, so that the example gives no finding that day;
 * in French, written as the French CSV template writes it (labels, durations in words, a day).
 */
public final class XlsxTemplate {

    private XlsxTemplate() {
    }

    /**
     * The example listing with dates relative to {@code today}. It carries the record type and the
     * JSON-LD context that the workbook reader supplies, so that the writer leaves their columns
     * out: the template has no column a provider cannot fill.
     */
    public static ObjectNode example(LocalDate today) {
        ObjectNode listing = CsvTemplate.example();
        listing.put("@context", org.opdl.model.definition.StandardDefinition.contextIri());
        listing.put("type", org.opdl.model.definition.StandardDefinition.listing().rdfClass());
        var intakes = listing.withArrayProperty("intakes");
        if (intakes.size() >= 2) {
            ObjectNode first = (ObjectNode) intakes.get(0);
            first.put("applicationOpens", today.minusDays(14).toString());
            first.put("applicationDeadline", today.plusDays(30).toString());
            first.put("startDate", today.plusDays(60).toString());
            first.put("endDate", today.plusDays(240).toString());
            ObjectNode second = (ObjectNode) intakes.get(1);
            second.put("applicationDeadline", today.plusDays(200).toString());
            second.put("startDate", today.plusDays(250).toString());
        }
        // Noon UTC: the moment the reader gives a plain day, so that the French workbook can show the day alone.
        listing.put("lastUpdated", today + "T12:00:00Z");
        return listing;
    }

    /** Writes the template with headings, Read me and dropdowns in {@code lang}. */
    public static void write(OutputStream out, Lang lang) throws IOException {
        XlsxListingWriter writer = new XlsxListingWriter(out, new WriteOptions(lang, false));
        writer.begin(null, null);
        ObjectNode example = example(LocalDate.now());
        if (lang == Lang.FR) {
            CsvTemplate.inFrench(example);
        }
        writer.write(new SourceRecord(0, example, p -> new Location.Text("template", 0, 0), List.of()));
        writer.end(null, null);
    }
}

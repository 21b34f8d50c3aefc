package org.opdl.schema.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.opdl.model.definition.FieldType;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Lang;
import org.opdl.model.vocab.Vocabulary;
import org.opdl.schema.cell.SheetForms;
import org.opdl.schema.format.SourceRecord;
import org.opdl.schema.format.WriteOptions;
import org.opdl.model.field.Field;
import org.opdl.model.field.FieldTree;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The empty spreadsheet a coordinator starts from: every heading of the form in one language and
 * one filled example row (a northern mentorship program) showing how each kind of cell is written.
 * The example's dates are set from the day the template is made, so that it validates with no
 * finding on that day; in French its codes are written as their French labels, its languages by
 * name, its duration in words and its last update as a day, as a French-speaking coordinator would
 * type them: the forms of a French sheet ({@link SheetForms}), which are read back with no note.
 */
public final class CsvTemplate {

    private static final String EXAMPLE = "org/opdl/schema/csv/template-example.json";
    private static final SheetForms FRENCH = SheetForms.of(Lang.FR);
    private static final String FRENCH_CONTACT = "Coordination des programmes";
    /** The time of day the reader gives a plain day in a date-and-time column. */
    private static final String NOON_UTC = "T12:00:00Z";

    private CsvTemplate() {
    }

    /** The example listing of the template, with the dates it was written with. */
    public static ObjectNode example() {
        try (InputStream in = CsvTemplate.class.getClassLoader().getResourceAsStream(EXAMPLE)) {
            return (ObjectNode) JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The example listing with its dates set from {@code today}: applications opened a week ago and
     * close in two months, a second intake later in the year, updated yesterday.
     */
    public static ObjectNode example(LocalDate today) {
        ObjectNode l = example();
        ArrayNode intakes = (ArrayNode) l.get("intakes");
        ObjectNode first = (ObjectNode) intakes.get(0);
        first.put("applicationOpens", today.minusDays(7).toString());
        first.put("applicationDeadline", today.plusDays(60).toString());
        first.put("startDate", today.plusDays(90).toString());
        first.put("endDate", today.plusDays(90).plusMonths(6).minusDays(4).toString());
        ObjectNode second = (ObjectNode) intakes.get(1);
        second.put("applicationDeadline", today.plusDays(240).toString());
        second.put("startDate", today.plusDays(270).toString());
        l.put("status", "open");
        l.put("lastUpdated", today.minusDays(1) + "T10:00:00-05:00");
        return l;
    }

    /** The example listing for a template in {@code lang}: in French, updated yesterday at noon UTC, the day a French template writes. */
    public static ObjectNode example(LocalDate today, Lang lang) {
        ObjectNode l = example(today);
        if (lang == Lang.FR) {
            l.put("lastUpdated", today.minusDays(1) + NOON_UTC);
        }
        return l;
    }

    /** Writes the template with headings in {@code lang}, its example dated from today. */
    public static void write(OutputStream out, Lang lang) throws IOException {
        write(out, lang, LocalDate.now());
    }

    /** Writes the template with headings in {@code lang}, its example dated from {@code today}. */
    public static void write(OutputStream out, Lang lang, LocalDate today) throws IOException {
        ObjectNode example = example(today, lang);
        if (lang == Lang.FR) {
            inFrench(example);
        }
        CsvListingWriter writer = new CsvListingWriter(out, new WriteOptions(lang, true));
        writer.begin(null, null);
        writer.write(new SourceRecord(0, example, p -> new Location.Text(EXAMPLE, 0, 0), List.of()));
        writer.end(null, null);
    }

    /**
     * The example as a French-speaking coordinator would type it, read back as the same listing:
     * codes as their French labels, languages by name, the duration in words ({@code 6 mois}) and
     * the last update as its day when it was made at noon UTC, which is how the reader reads a day;
     * its contact is named in French too.
     */
    public static void inFrench(ObjectNode example) {
        inFrench(example, FieldTree.listing().root(), Vocabulary.standard());
        if (example.get("contact") instanceof ObjectNode contact && contact.has("name")) {
            contact.put("name", FRENCH_CONTACT);
        }
        JsonNode duration = example.get("duration");
        if (duration != null && duration.isString()) {
            example.put("duration", FRENCH.duration(duration.stringValue()));
        }
        JsonNode updated = example.get("lastUpdated");
        if (updated != null && updated.isString() && updated.stringValue().endsWith(NOON_UTC)) {
            example.put("lastUpdated", updated.stringValue().substring(0, updated.stringValue().length() - NOON_UTC.length()));
        }
    }

    /** Writes the codes of {@code node} as their French labels and its languages by their French names. */
    private static void inFrench(JsonNode node, Field shape, Vocabulary vocabulary) {
        if (!(node instanceof ObjectNode o)) {
            return;
        }
        for (Field f : shape.children()) {
            JsonNode v = o.get(f.name());
            if (v == null) {
                continue;
            }
            if (f.type() == FieldType.OBJECT) {
                if (v.isArray()) {
                    v.forEach(item -> inFrench(item, f, vocabulary));
                } else {
                    inFrench(v, f, vocabulary);
                }
            } else if (f.type() == FieldType.CODE || f.type() == FieldType.LANGUAGE) {
                if (v.isArray()) {
                    ArrayNode labels = JsonNodeFactory.instance.arrayNode();
                    v.forEach(c -> labels.add(label(f, c.stringValue(), vocabulary)));
                    o.set(f.name(), labels);
                } else {
                    o.put(f.name(), label(f, v.stringValue(), vocabulary));
                }
            }
        }
    }

    private static String label(Field f, String code, Vocabulary vocabulary) {
        if (f.type() == FieldType.LANGUAGE) {
            return FRENCH.language(code);
        }
        return vocabulary.concept(f.scheme().orElse(""), code).map(FRENCH::label).orElse(code);
    }
}

package org.opdl.schema.csv;

import org.opdl.model.field.JsonPointer;
import java.util.Map;
import java.util.Set;
import org.opdl.model.definition.FieldType;
import org.opdl.model.text.Lang;
import org.opdl.model.text.Text;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.SourceMap;
import org.opdl.model.field.Field;
import org.opdl.schema.shape.Values;
import tools.jackson.databind.JsonNode;

/**
 * What a spreadsheet cannot carry, refused at its place before a row is written: unknown fields,
 * values of the wrong kind, empty values (a blank cell reads as absent) and NUL characters. Text
 * in a language other than English and French is carried in a column of its own; the check
 * collects the column pointers ({@code /title/fr-CA}, {@code /partners/*}{@code /name/iu}) that a
 * row needs.
 */
final class SheetCheck {

    private SheetCheck() {
    }

    /** Checks {@code node} against {@code field}, adding to {@code others} the pointer of each text in another language. */
    static void check(JsonNode node, Field field, String pointer, SourceMap map, Set<String> others) {
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String p = JsonPointer.append(pointer, e.getKey());
            Field f = field.child(e.getKey()).orElseThrow(() -> Values.unknownField(map, p));
            JsonNode v = e.getValue();
            if (f.repeat()) {
                if (!v.isArray()) {
                    throw Values.wrongKind(map, p, f);
                }
                if (v.isEmpty()) {
                    throw empty(map, p);
                }
                for (int i = 0; i < v.size(); i++) {
                    item(v.get(i), f, p + "/" + i, map, others);
                }
            } else {
                item(v, f, p, map, others);
            }
        }
    }

    private static void item(JsonNode v, Field f, String p, SourceMap map, Set<String> others) {
        if (!Values.hasKind(f.type(), v)) {
            throw Values.wrongKind(map, p, f);
        }
        if (f.type() == FieldType.OBJECT) {
            if (v.isEmpty()) {
                throw empty(map, p);
            }
            check(v, f, p, map, others);
        } else if (f.type() == FieldType.TEXT) {
            if (v.isEmpty()) {
                throw empty(map, p);
            }
            for (Map.Entry<String, JsonNode> e : v.properties()) {
                String tag = e.getKey();
                if (Lang.fromTag(tag).map(Lang::tag).filter(tag::equals).isEmpty()) {
                    if (!Values.isLangTag(tag) || tag.contains("|") || tag.contains(")")) {
                        throw Values.unmappable(map, p + "/" + tag,
                                CsvMessages.NOT_LANGUAGE_TAG.text(tag),
                                CsvMessages.USE_LANGUAGE_TAG.text());
                    }
                    others.add(p.replaceAll("/\\d+(?=/|$)", "/*") + "/" + tag);
                }
                if (!e.getValue().isString() || e.getValue().stringValue().isBlank()) {
                    throw empty(map, p + "/" + tag);
                }
                nul(e.getValue().stringValue(), map, p + "/" + tag);
            }
        } else if (v.isString() && v.stringValue().isBlank()) {
            throw empty(map, p);
        } else if (v.isString()) {
            nul(v.stringValue(), map, p);
        }
    }

    /** Refuses a NUL character: spreadsheets cut the cell there, and opdl's own reader refuses it. */
    private static void nul(String value, SourceMap map, String p) {
        if (value.indexOf('\u0000') >= 0) {
            throw Values.unmappable(map, p,
                    CsvMessages.VALUE_HOLDS_NUL.text(p),
                    CsvMessages.REMOVE_CHARACTER.text());
        }
    }

    private static ReadException empty(SourceMap map, String p) {
        return Values.unmappable(map, p,
                CsvMessages.VALUE_EMPTY_SPREADSHEET.text(p),
                CsvMessages.REMOVE_FIELD_ABSENT.text());
    }
}

package org.opdl.validator.rule;

import java.util.ArrayList;
import java.util.List;
import org.opdl.model.field.Field;
import org.opdl.model.field.FieldWalk;
import org.opdl.model.field.JsonPointer;
import org.opdl.validator.rule.Listing.Value;
import tools.jackson.databind.JsonNode;

/**
 * The values of the standard's fields in one listing, each with its pointer, found when first
 * asked for and kept in an array by field number. The fields most rules ask for in every listing
 * (codes, free text, links, currencies) are found all in one walk of the field tree
 * ({@link Standard#walked()}); the others are searched for one by one. Belongs to one listing, and
 * so to one thread at a time.
 */
final class FieldValues implements FieldWalk.Visitor {

    private final JsonNode node;
    private final Standard standard;
    private final List<Value>[] byField;
    /** Whether the fields of the one walk have been found. */
    private boolean walked;

    FieldValues(JsonNode node, Standard standard) {
        this.node = node;
        this.standard = standard;
        this.byField = newLists(standard.fields().size());
    }

    @SuppressWarnings("unchecked")
    static List<Value>[] newLists(int size) {
        return (List<Value>[]) new List<?>[size];
    }

    /** Every value of a field of the standard; the list is kept, and callers only read it. */
    List<Value> of(Field field) {
        List<Value> known = byField[field.number()];
        if (known != null) {
            return known;
        }
        FieldWalk all = standard.walked();
        if (all.chooses(field)) {
            if (!walked) {
                walked = true;
                all.walk(node, this);
            }
            known = byField[field.number()];
            return known != null ? known : List.of();
        }
        List<Value> found = new ArrayList<>(2);
        standard.fields().select(field).walk(node, (f, pointer, value) -> found.add(new Value(pointer, value)));
        known = found.isEmpty() ? List.of() : List.copyOf(found);
        byField[field.number()] = known;
        return known;
    }

    @Override
    public void value(Field field, String pointer, JsonNode value) {
        List<Value> to = byField[field.number()];
        if (to == null) {
            to = new ArrayList<>(2);
            byField[field.number()] = to;
        }
        to.add(new Value(pointer, value));
    }

    /** The values of a dotted path that is not the standard's, searched for and not kept; arrays on the way are expanded. */
    static List<Value> search(JsonNode node, String path) {
        List<Value> out = new ArrayList<>(2);
        find(node, "", path.split("\\."), 0, out);
        return List.copyOf(out);
    }

    private static void find(JsonNode at, String pointer, String[] names, int level, List<Value> out) {
        JsonNode child = at.get(names[level]);
        if (child == null) {
            return;
        }
        String p = JsonPointer.append(pointer, names[level]);
        boolean last = level == names.length - 1;
        if (child.isArray()) {
            for (int i = 0; i < child.size(); i++) {
                JsonNode item = child.get(i);
                if (last) {
                    out.add(new Value(p + "/" + i, item));
                } else if (item.isObject()) {
                    find(item, p + "/" + i, names, level + 1, out);
                }
            }
        } else if (last) {
            out.add(new Value(p, child));
        } else if (child.isObject()) {
            find(child, p, names, level + 1, out);
        }
    }
}

package org.opdl.model.field;

import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * One pass over a record that finds the values of some fields of a {@link FieldTree}, each with its
 * JSON pointer: arrays on the way are expanded, so {@code fees.amount.currency} gives
 * {@code /fees/0/amount/currency} and so on. Fields that share a prefix share the walk down to it,
 * only branches that lead to a chosen field are entered, and a pointer is built only for a value
 * that is there, from the pointers each field built once until an array is met. Made once per run
 * with {@link FieldTree#select}; safe to share between threads.
 */
public final class FieldWalk {

    /** Receives each value found, in the order of the record's arrays. */
    @FunctionalInterface
    public interface Visitor {
        /**
         * One value of a chosen field.
         *
         * @param field the field
         * @param pointer where the value is, such as {@code /intakes/0/startDate}
         * @param value the value
         */
        void value(Field field, String pointer, JsonNode value);
    }

    private final Field root;
    /** By field number: whether the field's values are collected. */
    private final boolean[] chosen;
    /** By field number: whether the field is chosen or lies above a chosen field. */
    private final boolean[] entered;
    /** By field number: whether a chosen field lies below the field. */
    private final boolean[] deeper;

    FieldWalk(FieldTree tree, Predicate<Field> choose) {
        this.root = tree.root();
        this.chosen = new boolean[tree.size()];
        this.entered = new boolean[tree.size()];
        this.deeper = new boolean[tree.size()];
        for (Field f : tree.fields()) {
            if (choose.test(f)) {
                chosen[f.number()] = true;
                for (Field up = f; !up.isRoot(); up = up.parent().orElseThrow()) {
                    entered[up.number()] = true;
                    up.parent().filter(p -> !p.isRoot()).ifPresent(p -> deeper[p.number()] = true);
                }
            }
        }
    }

    /** True when the walk collects this field's values. */
    public boolean chooses(Field field) {
        return chosen[field.number()];
    }

    /** Finds the values of the chosen fields in a record, giving each to the visitor. */
    public void walk(JsonNode record, Visitor visitor) {
        walk(record, null, root.below, visitor);
    }

    /** The values below {@code at} of the fields among {@code below}; {@code base} is null until an array is met. */
    private void walk(JsonNode at, String base, Field[] below, Visitor visitor) {
        for (Field f : below) {
            if (!entered[f.number()]) {
                continue;
            }
            JsonNode child = at.get(f.name());
            if (child == null) {
                continue;
            }
            boolean collect = chosen[f.number()];
            boolean down = deeper[f.number()];
            String p = base == null ? f.pointer() : base + "/" + f.escapedName();
            if (child.isArray()) {
                for (int i = 0; i < child.size(); i++) {
                    String item = base == null ? f.itemPointer(i) : p + "/" + i;
                    JsonNode value = child.get(i);
                    if (collect) {
                        visitor.value(f, item, value);
                    }
                    if (down && value.isObject()) {
                        walk(value, item, f.below, visitor);
                    }
                }
            } else {
                if (collect) {
                    visitor.value(f, p, child);
                }
                if (down && child.isObject()) {
                    walk(child, base == null ? null : p, f.below, visitor);
                }
            }
        }
    }
}

package org.opdl.schema.csv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opdl.model.text.Folding;
import org.opdl.model.text.Lang;
import org.opdl.model.text.Nearest;
import org.opdl.model.text.Text;
import org.opdl.model.field.Field;
import org.opdl.model.definition.FieldType;
import org.opdl.model.field.FieldTree;

/**
 * The columns of the spreadsheet form, derived from the listing's shape: one per value field, two
 * per text field (English and French), and one per field of a repeated object, whose cells hold
 * one value per item, aligned; a field that repeats inside an item (the groups a fee is waived for)
 * holds that item's values separated by {@value #ITEM_SEPARATOR}. The dataset's own fields (publisher, licence, date) have columns of
 * their own, derived the same way from the dataset's shape, used only for a dataset. Headings are
 * matched without regard to case, accents or spacing.
 */
final class CsvLayout {

    static final String SEPARATOR = " | ";
    /** Separates the values of a field that repeats inside one item of a group. */
    static final String ITEM_SEPARATOR = ";";

    private final List<Column> columns = new ArrayList<>();
    private final List<Column> datasetColumns = new ArrayList<>();
    private final Map<String, Column> byHeading = new LinkedHashMap<>();
    private final List<String> names = new ArrayList<>();
    private final List<String> folded = new ArrayList<>();

    /** The layout of the standard shape, built once: folding every heading costs more than reading a small file. */
    static CsvLayout standard() {
        return Standard.LAYOUT;
    }

    private static final class Standard {
        static final CsvLayout LAYOUT = new CsvLayout(FieldTree.listing());
    }

    CsvLayout(FieldTree shape) {
        walk(shape.root(), new ArrayList<>(), -1, columns, false);
        // type and @context only mark a dataset, which its columns being there already says.
        Field own = FieldTree.dataset()
                .without(f -> f.isRecordReference() || f.isType() || f.isContext()).root();
        walk(own, new ArrayList<>(), -1, datasetColumns, true);
        for (Column c : all()) {
            for (String h : List.of(c.heading().en(), c.heading().fr())) {
                Column before = byHeading.put(Folding.fold(h), c);
                if (before != null && before != c) {
                    throw new IllegalStateException("two spreadsheet columns share the heading " + h);
                }
            }
        }
        for (String h : headings()) {
            if (!names.contains(h)) {
                names.add(h);
                folded.add(Folding.fold(h));
            }
        }
    }

    private void walk(Field parent, List<Field> trail, int group, List<Column> into, boolean dataset) {
        for (Field c : parent.children()) {
            List<Field> t = new ArrayList<>(trail);
            t.add(c);
            if (c.type() == FieldType.OBJECT) {
                if (c.repeat() && group >= 0) {
                    throw new IllegalStateException("a repeated object inside a repeated object cannot be a spreadsheet column: " + c.path());
                }
                walk(c, t, c.repeat() ? t.size() - 1 : group, into, dataset);
            } else if (c.type() == FieldType.TEXT) {
                for (Lang lang : Lang.values()) {
                    into.add(textColumn(c, t, group, lang.tag(), dataset));
                }
            } else {
                into.add(new Column(c.headingOrLabel(), t, group, null, pointer(t, group, null), dataset));
            }
        }
    }

    private static Column textColumn(Field c, List<Field> trail, int group, String lang, boolean dataset) {
        Text heading = new Text(c.headingOrLabel().en() + " (" + lang + ")", c.headingOrLabel().fr() + " (" + lang + ")");
        return new Column(heading, trail, group, lang, pointer(trail, group, lang), dataset);
    }

    /** The column of {@code base}'s text field in another language, such as {@code Title (fr-CA)}. */
    static Column language(Column base, String lang) {
        return textColumn(base.field(), base.trail(), base.group(), lang, base.dataset());
    }

    private static String pointer(List<Field> trail, int group, String lang) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < trail.size(); i++) {
            sb.append('/').append(trail.get(i).name());
            if (i == group) {
                sb.append("/*");
            }
        }
        if (lang != null) {
            sb.append('/').append(lang);
        }
        return sb.toString();
    }

    /** The columns of a listing, in definition order. */
    List<Column> columns() {
        return Collections.unmodifiableList(columns);
    }

    /** The columns of the dataset's own fields, in definition order; they follow the listing's. */
    List<Column> datasetColumns() {
        return Collections.unmodifiableList(datasetColumns);
    }

    private List<Column> all() {
        List<Column> out = new ArrayList<>(columns);
        out.addAll(datasetColumns);
        return out;
    }

    /** The column a heading names, in either language; {@code Title (iu)} names a text column in another language. */
    Optional<Column> find(String heading) {
        String key = Folding.fold(heading);
        Column c = byHeading.get(key);
        if (c != null) {
            return Optional.of(c);
        }
        // Stripped first: a heading with leading spaces put the end of the tag before its start (found by fuzzing).
        String h = heading.strip();
        int open = h.lastIndexOf('(');
        if (open > 0 && h.endsWith(")")) {
            String lang = h.substring(open + 1, h.length() - 1).strip();
            Column base = byHeading.get(Folding.fold(h.substring(0, open) + "(en)"));
            if (base != null && base.lang() != null && org.opdl.schema.shape.Values.isLangTag(lang)) {
                return Optional.of(textColumn(base.field(), base.trail(), base.group(), lang, base.dataset()));
            }
        }
        return Optional.empty();
    }

    /**
     * The heading of the form nearest to an unknown {@code heading}, or empty. Only the headings
     * whose folded length could be near enough go to {@link Nearest}, so that a file of unknown
     * headings does not fold and compare every heading of the form for each of them.
     */
    String hint(String heading) {
        String key = Folding.fold(heading);
        String byWords = byWords(key);
        if (!byWords.isEmpty()) {
            return byWords;
        }
        List<String> near = new ArrayList<>();
        for (int i = 0; i < folded.size(); i++) {
            String f = folded.get(i);
            int allowed = Math.max(2, f.length() / 3);
            boolean close = Math.abs(key.length() - f.length()) <= allowed;
            if (close || (key.length() >= 3 && !f.isEmpty() && f.charAt(0) == key.charAt(0)
                    && (f.startsWith(key) || key.startsWith(f)))) {
                near.add(names.get(i));
            }
        }
        if (near.isEmpty()) {
            return "";
        }
        List<String> best = Nearest.among(heading, near, 1);
        return best.isEmpty() ? "" : best.get(0);
    }

    /**
     * The heading whose every word starts a word of {@code key}, in order, the one with most words
     * winning: "Minimum age" is "Min age", "Nombre de places" is "Places". Empty when none does.
     */
    private String byWords(String key) {
        String[] words = key.split(" ");
        String best = "";
        int bestWords = 0;
        for (int i = 0; i < folded.size(); i++) {
            String[] known = folded.get(i).split(" ");
            if (known.length <= bestWords || known[0].isEmpty()) {
                continue;
            }
            int w = 0;
            for (int k = 0; k < words.length && w < known.length; k++) {
                if (words[k].startsWith(known[w])) {
                    w++;
                }
            }
            if (w == known.length) {
                best = names.get(i);
                bestWords = known.length;
            }
        }
        return best;
    }

    /** Every heading in both languages, for "did you mean" hints. */
    List<String> headings() {
        List<String> out = new ArrayList<>();
        for (Column c : all()) {
            out.add(c.heading().en());
            out.add(c.heading().fr());
        }
        return out;
    }
}

package org.opdl.schema.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opdl.model.text.Lang;
import org.opdl.model.field.Field;
import org.opdl.model.text.Text;

/**
 * The column headings a provider sees, for the JSON field names that messages and fixes quote in
 * backquotes (or French quotation marks): {@code `lastUpdated`} becomes "Last updated" (« Dernière mise à jour » in French), a
 * text field its column in the message's language, and a group of fields such as {@code
 * `locations`} the headings of its first columns. A bare name that two fields share is read as the
 * field nearest the place the finding is about ({@code `name`} at {@code /provider/name} is the
 * provider's name, {@code `maxCredits`} beside {@code /eligibility/minCredits} the eligibility's
 * maximum); one that still names no single field, and any name that is not a field, is left as
 * written; a dotted path ({@code `eligibility.minAge`}) always names one field.
 */
final class CsvTerms {

    private static final Pattern QUOTED = Pattern.compile("`([A-Za-z][A-Za-z.]*)`|«\\s*([A-Za-z][A-Za-z.]*)\\s*»");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final int SHOWN = 3;
    private static final Map<String, Text> NAMES = names(CsvLayout.standard());

    private CsvTerms() {
    }

    /**
     * {@code text} with each quoted field name replaced by its heading in the same language, a name
     * that several fields share read as the one nearest {@code pointer}, the place of the finding.
     */
    static Text rewrite(Text text, String pointer) {
        if (text.en().indexOf('`') < 0 && text.fr().indexOf('`') < 0 && text.fr().indexOf('«') < 0) {
            return text;
        }
        String[] steps = steps(pointer);
        return new Text(rewrite(text.en(), steps, true), rewrite(text.fr(), steps, false));
    }

    private static String rewrite(String s, String[] steps, boolean en) {
        Matcher m = QUOTED.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            Text heading = heading(m.group(1) != null ? m.group(1) : m.group(2), steps);
            String replacement = heading == null ? m.group() : en ? heading.en() : heading.fr();
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The field names of a pointer's steps, its array indexes left out: {@code /intakes/0/places} gives intakes, places. */
    private static String[] steps(String pointer) {
        if (pointer == null || pointer.isEmpty()) {
            return new String[0];
        }
        return Arrays.stream(pointer.substring(1).split("/")).filter(p -> !DIGITS.matcher(p).matches()).toArray(String[]::new);
    }

    /**
     * The headings of {@code name}: the field {@code name} that is, or sits beside, the deepest field
     * on the pointer's way (then the next one up), else the one field of that name.
     */
    private static Text heading(String name, String[] steps) {
        for (int depth = steps.length; depth > 0; depth--) {
            String path = String.join(".", Arrays.copyOf(steps, depth));
            Text own = steps[depth - 1].equals(name) ? NAMES.get(path) : null;
            Text beside = depth > 1 ? NAMES.get(String.join(".", Arrays.copyOf(steps, depth - 1)) + "." + name) : null;
            Text found = own != null ? own : beside != null ? beside : NAMES.get(path + "." + name);
            if (found != null) {
                return found;
            }
        }
        return NAMES.get(name);
    }

    private static Map<String, Text> names(CsvLayout layout) {
        Map<String, List<Column>> byPath = new LinkedHashMap<>();
        Map<String, Set<String>> pathsOfName = new HashMap<>();
        for (Column c : layout.columns()) {
            List<Field> trail = c.trail();
            for (int i = 0; i < trail.size(); i++) {
                Field f = trail.get(i);
                byPath.computeIfAbsent(f.path(), k -> new ArrayList<>()).add(c);
                pathsOfName.computeIfAbsent(f.name(), k -> new HashSet<>()).add(f.path());
            }
        }
        Map<String, Text> out = new HashMap<>();
        byPath.forEach((path, columns) -> out.put(path, headings(columns)));
        pathsOfName.forEach((name, paths) -> {
            if (paths.size() == 1) {
                out.put(name, out.get(paths.iterator().next()));
            }
        });
        return Map.copyOf(out);
    }

    /** The headings of columns as a text: one column's heading, or the first few of a group's. */
    private static Text headings(List<Column> columns) {
        List<String> en = new ArrayList<>();
        List<String> fr = new ArrayList<>();
        for (Column c : columns) {
            if (c.lang() == null || c.lang().equals("en")) {
                en.add(c.heading().en());
            }
            if (c.lang() == null || c.lang().equals("fr")) {
                fr.add(c.heading().fr());
            }
        }
        return new Text(list(en, Lang.EN), list(fr, Lang.FR));
    }

    private static String list(List<String> headings, Lang lang) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(SHOWN, headings.size()); i++) {
            sb.append(i > 0 ? ", " : "").append(CsvMessages.COLUMN.text(headings.get(i)).in(lang));
        }
        String names = sb.append(headings.size() > SHOWN ? "…" : "").toString();
        return headings.size() > 1 ? CsvMessages.COLUMNS.text(names).in(lang) : names;
    }
}

package org.opdl.schema.csv;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Text;
import org.opdl.schema.cell.CellReader;
import org.opdl.schema.cell.Readings;
import org.opdl.schema.cell.Unreadable;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ReaderRule;
import org.opdl.schema.format.SourceMap;
import org.opdl.model.field.Field;
import org.opdl.model.definition.FieldType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the cells of one row into a listing, and places JSON pointers back on the row's cells. A
 * cell that cannot be read is a finding on that cell and is left out; the rest of the row is read.
 */
final class CsvRow {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String source;
    private final CsvHeadings headings;
    private final Limits limits;
    private final CellReader values;
    /** The items of the row's fees written as free, read as no fee at all. */
    private final Set<Integer> freeFees = new TreeSet<>();
    /** True when a cell of the row could not be read, which may leave an item with nothing in it. */
    private boolean unreadable;

    CsvRow(String source, CsvHeadings headings, Limits limits, Readings readings) {
        this.source = source;
        this.headings = headings;
        this.limits = limits;
        this.values = new CellReader(readings);
    }

    ObjectNode listing(List<String> record, long row, int index, Consumer<Finding> notes) {
        int width = headings.columns().size();
        for (int i = width; i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                throw new ReadException(ReaderRule.SYNTAX_CSV, cell(index, row, i, ""),
                        new Text("row " + row + " has " + record.size() + " cells but there are only " + width + " headings",
                                "la rangée " + row + " a " + record.size() + " cellules mais il n'y a que " + width + " en-têtes"),
                        new Text("give the extra cells a heading, or check for a delimiter inside an unquoted cell",
                                "donnez un en-tête aux cellules en trop, ou cherchez un séparateur dans une cellule sans guillemets"));
            }
        }
        ObjectNode listing = NODES.objectNode();
        freeFees.clear();
        unreadable = false;
        Map<Field, Integer> groupSizes = new HashMap<>();
        Map<Field, Integer> groupWitness = new HashMap<>();
        for (int i = 0; i < Math.min(width, record.size()); i++) {
            String raw = record.get(i);
            String v = Cells.unescape(raw);
            if (v.isBlank()) {
                continue;
            }
            if (v.length() > limits.maxStringLength()) {
                throw new ReadException(ReaderRule.LIMIT_CSV, cell(index, row, i, ""),
                        new Text("the cell is longer than " + limits.maxStringLength() + " characters",
                                "la cellule dépasse " + limits.maxStringLength() + " caractères"),
                        new Text("shorten the cell, or check for a quote \" that is never closed",
                                "raccourcissez la cellule, ou cherchez un guillemet \" jamais fermé"));
            }
            int dup = headings.duplicateOf()[i];
            if (dup >= 0) {
                String first = dup < record.size() ? record.get(dup) : "";
                if (!first.isBlank() && !first.equals(v)) {
                    throw new ReadException(ReaderRule.SYNTAX_CSV, cell(index, row, i, ""),
                            new Text("two columns with the same heading hold different values", "deux colonnes de même en-tête ont des valeurs différentes"),
                            new Text("keep one of the two columns", "gardez une des deux colonnes"));
                }
                continue;
            }
            Column c = headings.columns().get(i);
            if (c == null) {
                if (headings.written().get(i).isBlank()) {
                    throw new ReadException(ReaderRule.SYNTAX_CSV, cell(index, row, i, ""),
                            new Text("the cell holds \"" + v + "\" but its column " + Location.Csv.letter(i) + " has no heading",
                                    "la cellule contient « " + v + " » mais sa colonne " + Location.Csv.letter(i) + " n'a pas d'en-tête"),
                            new Text("give the column its heading (opdl template lists them), or empty it",
                                    "donnez son en-tête à la colonne (opdl template les énumère), ou videz-la"));
                }
                continue;
            }
            if (c.dataset()) {
                continue;
            }
            formula(c, raw, v, cell(index, row, i, c.pointer()), notes);
            fill(listing, c, v, cell(index, row, i, c.pointer()), notes, groupSizes, groupWitness, i);
        }
        dropFreeFees(listing);
        if (unreadable) {
            prune(listing);
        }
        return listing;
    }

    /** Removes the items and groups left empty by cells that could not be read: the finding on the cell says why. */
    private static void prune(JsonNode node) {
        if (node instanceof ObjectNode o) {
            List<String> empty = new java.util.ArrayList<>();
            for (Map.Entry<String, JsonNode> e : o.properties()) {
                prune(e.getValue());
                if (e.getValue().isContainer() && e.getValue().isEmpty()) {
                    empty.add(e.getKey());
                }
            }
            o.remove(empty);
        } else if (node instanceof ArrayNode a) {
            for (int i = a.size() - 1; i >= 0; i--) {
                prune(a.get(i));
                if (a.get(i).isContainer() && a.get(i).isEmpty()) {
                    a.remove(i);
                }
            }
        }
    }

    /** Leaves out the fees written as free: the standard says "no fee" by leaving the fee out. */
    private void dropFreeFees(ObjectNode listing) {
        if (freeFees.isEmpty() || !(listing.get("fees") instanceof ArrayNode fees)) {
            return;
        }
        for (int k : ((TreeSet<Integer>) freeFees).descendingSet()) {
            if (k < fees.size()) {
                fees.remove(k);
            }
        }
        if (fees.isEmpty()) {
            listing.remove("fees");
        }
    }

    private void fill(ObjectNode listing, Column c, String v, Location.Csv at, Consumer<Finding> notes,
            Map<Field, Integer> groupSizes, Map<Field, Integer> groupWitness, int position) {
        Field f = c.field();
        if (!c.multi()) {
            JsonNode value = value(f, v, at, notes);
            if (value != null) {
                set(parent(listing, c, 0, c.trail().size() - 1), c, value);
            }
            return;
        }
        List<String> parts = Lists.split(v);
        if (c.group() < 0) {
            ArrayNode array = NODES.arrayNode();
            Map<JsonNode, String> words = new LinkedHashMap<>();
            for (String p : parts) {
                JsonNode value = p.isBlank() ? null : value(f, p, at, notes);
                if (value == null) {
                    continue;
                }
                String before = words.putIfAbsent(value, p.strip());
                if (before != null) {
                    notes.accept(sameItem(at, value, before, p.strip()));
                    continue;
                }
                array.add(value);
            }
            if (!array.isEmpty()) {
                parent(listing, c, 0, c.trail().size() - 1).set(f.name(), array);
            }
            return;
        }
        Field group = c.trail().get(c.group());
        Integer size = groupSizes.putIfAbsent(group, parts.size());
        if (size != null && size != parts.size()) {
            int other = groupWitness.get(group);
            throw new ReadException(ReaderRule.SYNTAX_CSV, at,
                    new Text("this cell has " + parts.size() + " values separated by | but column " + Location.Csv.letter(other)
                            + " has " + size + "; the cells of one " + group.name() + " must line up",
                            "cette cellule a " + parts.size() + " valeurs séparées par | mais la colonne " + Location.Csv.letter(other)
                            + " en a " + size + "; les cellules d'un même groupe « " + group.name() + " » doivent s'aligner"),
                    new Text("give one value per item, leaving the place empty between | when an item has none",
                            "donnez une valeur par élément, en laissant la place vide entre | quand un élément n'en a pas"));
        }
        groupWitness.putIfAbsent(group, position);
        ArrayNode items = parent(listing, c, 0, c.group()).withArray(group.name());
        while (items.size() < parts.size()) {
            items.addObject();
        }
        boolean fees = group.name().equals("fees") && c.trail().get(0) == group;
        for (int k = 0; k < parts.size(); k++) {
            String p = parts.get(k);
            if (fees && !p.isBlank() && CellReader.isFree(p)) {
                if (freeFees.add(k)) {
                    values.readings().add(Readings.Kind.FREE, at, p.strip(), "no fee");
                }
                continue;
            }
            JsonNode value = p.isBlank() ? null : value(f, p, at, notes);
            if (value != null) {
                ObjectNode item = (ObjectNode) items.get(k);
                set(parent(item, c, c.group() + 1, c.trail().size() - 1), c, value);
            }
        }
    }

    /** Two words of one cell that mean the same item: named, both words given, read once. */
    private static Finding sameItem(Location.Csv at, JsonNode value, String first, String second) {
        String item = value.isString() ? value.stringValue() : value.toString();
        String words = first.equals(second) ? "\"" + first + "\" twice" : "\"" + first + "\" and \"" + second + "\"";
        String mots = first.equals(second) ? "« " + first + " » deux fois" : "« " + first + " » et « " + second + " »";
        return new Finding(ReaderRule.CSV_SAME_ITEM.id(), ReaderRule.CSV_SAME_ITEM.severity(), at,
                new Text("the cell lists " + item + " more than once: it gives " + words + ", which both mean " + item
                        + "; it was read once", "la cellule donne " + item + " plus d'une fois : elle contient " + mots
                        + ", qui veulent dire " + item + "; l'élément a été lu une fois"),
                new Text("keep one of the two words", "gardez un des deux mots"));
    }

    /** Puts the value of a dataset column's cell into the dataset's own fields. */
    void datasetCell(ObjectNode fields, Column c, String v, long row, int position, Consumer<Finding> notes) {
        Location.Csv at = new Location.Csv(source, -1, c.pointer(), row, headings.written().get(position),
                Location.Csv.letter(position));
        String cell = Cells.unescape(v);
        formula(c, v, cell, at, notes);
        JsonNode value = value(c.field(), cell, at, notes);
        if (value != null) {
            set(parent(fields, c, 0, c.trail().size() - 1), c, value);
        }
    }

    /**
     * Warns of a text cell a spreadsheet may run as a formula; a cell neutralised with a leading
     * apostrophe, as opdl writes it, is not one.
     */
    private static void formula(Column c, String raw, String cell, Location.Csv at, Consumer<Finding> notes) {
        FieldType t = c.field().type();
        if (raw != cell || (t != FieldType.TEXT && t != FieldType.STRING) || !Cells.formulaTrigger(cell.charAt(0))) {
            return;
        }
        String shown = Cells.visible(cell.charAt(0));
        notes.accept(new Finding(ReaderRule.CSV_FORMULA.id(), ReaderRule.CSV_FORMULA.severity(), at,
                new Text("the cell starts with " + shown + ", which a spreadsheet may run as a formula",
                        "la cellule commence par " + shown + ", qu'un tableur peut exécuter comme une formule"),
                new Text("check the text is what you meant", "vérifiez que le texte est bien celui voulu")));
    }

    /** The value of one cell or part, or null when it cannot be read (a finding on the cell says so). */
    private JsonNode value(Field f, String v, Location.Csv at, Consumer<Finding> notes) {
        try {
            return read(f, v, at, notes);
        } catch (Unreadable e) {
            unreadable = true;
            notes.accept(e.finding(at));
            return null;
        }
    }

    private JsonNode read(Field f, String v, Location.Csv at, Consumer<Finding> notes) {
        if (f.type() == FieldType.TEXT || f.type() == FieldType.STRING) {
            return NODES.stringNode(v);
        }
        String trimmed = Cells.strip(v);
        boolean typed = Cells.TRIMMED.contains(f.type());
        if (!trimmed.equals(v)) {
            notes.accept(new Finding(ReaderRule.CSV_STRAY_SPACES.id(), ReaderRule.CSV_STRAY_SPACES.severity(), at, typed
                    ? new Text("the cell has spaces before or after \"" + trimmed + "\"; they were removed",
                            "la cellule a des espaces avant ou après « " + trimmed + " »; ils ont été retirés")
                    : new Text("the cell has spaces before or after \"" + trimmed + "\"; they were kept, and an identifier or address with spaces does not match",
                            "la cellule a des espaces avant ou après « " + trimmed + " »; ils ont été gardés, et un identifiant ou une adresse avec des espaces ne correspond à rien"),
                    new Text("delete the spaces around the value", "supprimez les espaces autour de la valeur")));
        } else if (!typed && Cells.hasNoBreakSpace(v)) {
            notes.accept(new Finding(ReaderRule.CSV_STRAY_SPACES.id(), ReaderRule.CSV_STRAY_SPACES.severity(), at,
                    new Text("the cell holds a no-break space inside \"" + v + "\"; it was kept, and looks like an ordinary space",
                            "la cellule contient une espace insécable dans « " + v + " »; elle a été gardée, et ressemble à une espace ordinaire"),
                    new Text("type the value again without the no-break space", "retapez la valeur sans l'espace insécable")));
        }
        return values.read(f, typed ? trimmed : v, at, notes);
    }

    private static ObjectNode parent(ObjectNode root, Column c, int from, int to) {
        ObjectNode node = root;
        for (int i = from; i < to; i++) {
            node = node.withObjectProperty(c.trail().get(i).name());
        }
        return node;
    }

    private static void set(ObjectNode parent, Column c, JsonNode value) {
        if (c.lang() != null) {
            parent.withObjectProperty(c.field().name()).set(c.lang(), value);
        } else {
            parent.set(c.field().name(), value);
        }
    }

    private Location.Csv cell(int index, long row, int position, String pointer) {
        String heading = position < headings.written().size() ? headings.written().get(position) : "";
        return new Location.Csv(source, index, pointer, row, heading, Location.Csv.letter(position));
    }

    /** The source map of the listing on {@code row}. */
    SourceMap map(long row, int index) {
        return new SourceMap() {
            @Override
            public Location locate(String pointer) {
                String template = pointer.replaceAll("/\\d+(?=/|$)", "/*");
                int at = headings.position(template);
                if (at < 0 && template.endsWith("/*")) {
                    at = headings.position(template.substring(0, template.length() - 2));
                }
                if (at < 0) {
                    return new Location.Csv(source, index, pointer, row, "", "");
                }
                return new Location.Csv(source, index, pointer, row, headings.written().get(at), Location.Csv.letter(at));
            }

            @Override
            public Text terms(Text text) {
                return CsvTerms.rewrite(text);
            }
        };
    }
}

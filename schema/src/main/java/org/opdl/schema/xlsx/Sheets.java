package org.opdl.schema.xlsx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.opdl.model.definition.StandardDefinition;
import org.opdl.model.text.Folding;
import org.opdl.model.text.Text;
import org.opdl.schema.csv.SheetForm;
import org.opdl.schema.csv.SheetForm.SheetColumn;

/**
 * The sheets of the workbook form and their names in English and French: Listings, one sheet per
 * repeated thing of the listing (named after the field, such as Intakes), and the sheets the tool
 * writes for people (Read me, the hidden code lists, Findings), which are never read as data.
 */
final class Sheets {

    /** The sheet of listings. */
    static final Text LISTINGS = new Text("Listings", "Fiches");
    /** The sheet of instructions. */
    static final Text READ_ME = new Text("Read me", "Lisez-moi");
    /** The hidden sheet of code labels the dropdowns read. */
    static final Text LISTS = new Text("Lists", "Listes");
    /** The sheet of findings an annotated copy carries. */
    static final Text FINDINGS = new Text("Findings", "Constats");

    /** The sheet of the dataset's own list of organizations, which listings name by id. */
    static final Text ORGANIZATIONS = new Text("Organizations", "Organismes");
    /** The group of the dataset's fields that the organizations sheet holds. */
    static final String ORGANIZATIONS_GROUP = "organizations";

    private static final Map<String, Text> GROUPS = groups();
    /**
     * The name of its table that Numbers adds to a sheet's when it exports one worksheet per table,
     * once folded: "Intakes - Table 1", "Sessions - Tableau 1".
     */
    private static final Pattern NUMBERS_TABLE = Pattern.compile("(?:\\s*-)?\\s+(?:table|tableau)\\s+\\d{1,3}$");

    private Sheets() {
    }

    /** The repeated things with a sheet of their own: JSON path to sheet name, in definition order. */
    static Map<String, Text> groupNames() {
        return GROUPS;
    }

    private static Map<String, Text> groups() {
        Map<String, Text> out = new LinkedHashMap<>();
        for (SheetColumn c : SheetForm.columns()) {
            if (!c.group().isEmpty() && !out.containsKey(c.group())) {
                Text label = StandardDefinition.listing().field(c.group()).map(f -> f.label())
                        .orElse(new Text(c.group(), c.group()));
                out.put(c.group(), new Text(sheetName(label.en()), sheetName(label.fr())));
            }
        }
        return out;
    }

    /** A sheet name Excel accepts: at most 31 characters, none of {@code []:*?/\}, first letter capital. */
    static String sheetName(String label) {
        String s = label.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        s = s.isEmpty() ? "Sheet" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
        return s.length() > 31 ? s.substring(0, 31) : s;
    }

    /** The folded name of a sheet, without the name of its table that Numbers adds to it. */
    private static String key(String sheet) {
        return NUMBERS_TABLE.matcher(Folding.fold(sheet)).replaceFirst("");
    }

    /** The group whose sheet this is, in either language. */
    static Optional<String> groupOf(String sheet) {
        String key = key(sheet);
        for (Map.Entry<String, Text> e : GROUPS.entrySet()) {
            if (Folding.fold(e.getValue().en()).equals(key) || Folding.fold(e.getValue().fr()).equals(key)) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /** True for the sheet of listings, in either language. */
    static boolean isListings(String sheet) {
        return named(sheet, LISTINGS);
    }

    /** True for the sheet of the dataset's organizations, in either language and either spelling. */
    static boolean isOrganizations(String sheet) {
        return named(sheet, ORGANIZATIONS) || named(sheet, new Text("Organisations", "Organisations"));
    }

    /** The columns of the organizations sheet, in definition order. */
    static List<SheetColumn> organizationColumns() {
        return SheetForm.datasetColumns().stream().filter(c -> c.group().equals(ORGANIZATIONS_GROUP)).toList();
    }

    /** True for the sheets the tool writes for people, which hold no data. */
    static boolean isForPeople(String sheet) {
        return named(sheet, READ_ME) || named(sheet, LISTS) || named(sheet, FINDINGS);
    }

    private static boolean named(String sheet, Text name) {
        String key = key(sheet);
        return key.equals(Folding.fold(name.en())) || key.equals(Folding.fold(name.fr()));
    }

    /** The columns of a group's sheet after its listing id column, in definition order. */
    static List<SheetColumn> groupColumns(String group) {
        List<SheetColumn> out = new ArrayList<>();
        for (SheetColumn c : SheetForm.columns()) {
            if (c.group().equals(group)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The column that holds a listing's id, which joins a group's rows to their listing. */
    static SheetColumn idColumn() {
        return SheetForm.columns().stream().filter(c -> c.pointer().equals("/id")).findFirst().orElseThrow();
    }
}

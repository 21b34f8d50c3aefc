package org.opdl.schema.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.text.Text;

/** docs/spreadsheet.md held to the headings the tool reads, and fix texts to the headings a provider sees. */
@DisplayName("The spreadsheet guide and the tool's headings")
class SpreadsheetDocTest {

    private static final Path DOC = Path.of(System.getProperty("opdl.root"), "docs", "spreadsheet.md");
    /** Text in backquotes that looks like a heading but is a cell's value in the guide's examples. */
    private static final Set<String> VALUES = Set.of("Emerging Producer Mentorship", "En ligne", "Canada",
            "Atlantic Canada", "Maritimes", "Prairies", "BC and AB", "Canadian citizen or permanent resident",
            "Deaf and disabled artists", "Ontario residents only", "Open to residents of Manitoba", "BC residents",
            "Ontario residents with 2 credits", "Indigenous producers with at least 2 credits", "Mentorship",
            "March 15 at 5 pm ET");
    private static final Pattern HEADING_LIKE = Pattern.compile("[A-ZÀ-Ý][\\w'’ .-]*( \\([A-Za-z-]+\\))?");

    private static String doc() throws java.io.IOException {
        return Files.readString(DOC);
    }

    @Test
    @DisplayName("the table of every heading is exactly the tool's columns")
    void everyHeading() throws Exception {
        CsvLayout layout = CsvLayout.standard();
        List<String> expected = new ArrayList<>();
        for (Column c : layout.columns()) {
            expected.add(row(c, ""));
        }
        for (Column c : layout.datasetColumns()) {
            expected.add(row(c, "dataset "));
        }
        String doc = doc();
        String table = doc.substring(doc.indexOf("| English heading | French heading | field it fills |"));
        List<String> written = table.lines().skip(2).takeWhile(l -> l.startsWith("|")).toList();
        assertThat(written).as(String.join("\n", expected)).containsExactlyElementsOf(expected);
    }

    private static String row(Column c, String prefix) {
        return "| `" + c.heading().en() + "` | `" + c.heading().fr() + "` | " + prefix + "`" + c.pointer() + "` |";
    }

    @Test
    @DisplayName("every heading the guide names in backquotes is one the tool reads")
    void namedHeadingsAreRead() throws Exception {
        String text = doc().replaceAll("(?s)```.*?```", "");
        Matcher m = Pattern.compile("`([^`]+)`").matcher(text);
        List<String> unknown = new ArrayList<>();
        while (m.find()) {
            String span = m.group(1);
            if (HEADING_LIKE.matcher(span).matches() && span.chars().anyMatch(Character::isLowerCase) && !VALUES.contains(span) && CsvLayout.standard().find(span).isEmpty()) {
                unknown.add(span);
            }
        }
        assertThat(unknown).isEmpty();
    }

    @Test
    @DisplayName("fix texts name the column headings, in the language of the text")
    void fixTextsNameHeadings() {
        Text fix = CsvTerms.rewrite(new Text("update `lastUpdated`; add `locations`; see `opdl stages`",
                "mettez à jour « lastUpdated »; ajoutez `locations`"), "");
        assertThat(fix.en()).isEqualTo("update \"Last updated\"; add the columns \"City\", \"Region\", \"Country\"…; see `opdl stages`");
        assertThat(fix.fr()).isEqualTo("mettez à jour « Dernière mise à jour »; ajoutez les colonnes « Ville », « Région », « Pays »…");
    }

    @Test
    @DisplayName("a name several fields share is read as the one nearest the place of the finding")
    void sharedNamesByPlace() {
        Text name = CsvTerms.rewrite(new Text("add `name`", "ajoutez « name »"), "/provider/name");
        assertThat(name.en()).isEqualTo("add \"Provider name (en)\"");
        assertThat(name.fr()).isEqualTo("ajoutez « Nom du fournisseur (fr) »");
        Text range = CsvTerms.rewrite(new Text("`minCredits` is above `maxCredits`", "« minCredits » dépasse « maxCredits »"),
                "/eligibility/minCredits");
        assertThat(range.en()).isEqualTo("\"Min professional credits\" is above \"Max professional credits\"");
        assertThat(range.fr()).isEqualTo("« Min. de crédits professionnels » dépasse « Max. de crédits professionnels »");
        assertThat(CsvTerms.rewrite(new Text("`name`", "« name »"), "").en()).as("with no place, a shared name stays").isEqualTo("`name`");
    }
}

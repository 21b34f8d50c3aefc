package org.opdl.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The page of what real programs state that the standard does not fit yet")
class DoesNotFitPageTest {

    /** A case id of the real-programs rounds, such as P33, as a word of its own. */
    private static final Pattern CASE_ID = Pattern.compile("\\bP(\\d+)\\b");
    /** A row of the catalogue that tells a case, such as "| P33 | …". */
    private static final Pattern CATALOGUE_ROW = Pattern.compile("(?m)^\\| (P\\d+) \\|");

    static Set<String> named(String page) {
        Set<String> ids = new TreeSet<>();
        Matcher m = CASE_ID.matcher(page);
        while (m.find()) {
            ids.add("P" + m.group(1));
        }
        return ids;
    }

    static Set<String> told(String catalogue) {
        Set<String> ids = new TreeSet<>();
        Matcher m = CATALOGUE_ROW.matcher(catalogue);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static String doc(String name) {
        return DocFiles.read(DocFiles.root().resolve("docs").resolve(name));
    }

    @Nested
    @DisplayName("in both languages")
    class Pages {

        @Test
        @DisplayName("names only programs whose case is a row of the catalogue, in English and in French")
        void everyIdIsInTheCatalogue() {
            Set<String> english = named(doc("does-not-fit.md"));
            Set<String> french = named(doc("does-not-fit.fr.md"));
            assertThat(english).as("the page names the programs of its entries").hasSizeGreaterThan(20);
            assertThat(told(doc("hostile-inputs.md"))).as("P ids of docs/does-not-fit.md missing from the catalogue")
                    .containsAll(english);
            assertThat(told(doc("hostile-inputs.fr.md"))).as("P ids of docs/does-not-fit.fr.md missing from the French catalogue")
                    .containsAll(french);
        }

        @Test
        @DisplayName("names the same programs in English and in French")
        void twinsNameTheSameIds() {
            assertThat(named(doc("does-not-fit.fr.md"))).isEqualTo(named(doc("does-not-fit.md")));
        }
    }

    @Nested
    @DisplayName("the check")
    class TheCheck {

        @Test
        @DisplayName("finds an id the catalogue does not tell, and reads ids in lists and ranges of a cell")
        void bites() {
            String catalogue = "| P10 | Telefilm | … |\n| P52 | Telefilm | … |\nsee P99 in the prose\n";
            assertThat(told(catalogue)).containsExactly("P10", "P52");
            Set<String> page = named("| a credit held by the company | Telefilm (P10, P52) |\n| a loan | Ontario Creates (P8) |");
            assertThat(page).containsExactly("P10", "P52", "P8");
            assertThat(told(catalogue)).doesNotContainAnyElementsOf(Set.of("P8"));
        }
    }
}

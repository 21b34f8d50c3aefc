package org.opdl.cli.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opdl.cli.exit.InputException;
import org.opdl.model.text.Text;

/**
 * B37: a SPARQL syntax error was told in the query parser's English in a French run ("Encountered
 * "<EOF>""), and an error the parser places nowhere at "line -1, column -1"; it is told in both
 * languages from what the parser names, at the line and column of the query where it is.
 */
@DisplayName("A SPARQL query that does not parse")
class QuerySyntaxWordsTest {

    private static final String PREFIX = "PREFIX opdl: <https://w3id.org/opdl/ns#>\n";

    private static Text refused(String query) {
        InputException e = catchThrowableOfType(InputException.class, () -> QueryRunner.parse("titres.rq", query, false));
        assertThat(e).as("refused: %s", query).isNotNull();
        assertThat(e.text().fr()).doesNotContain("Encountered").doesNotContain("Lexical").doesNotContain("-1")
                .doesNotContain("Was expecting").doesNotContain("fix the");
        return e.text();
    }

    @Nested
    @DisplayName("at a place the parser names")
    class Placed {

        @Test
        @DisplayName("a query that stops before its end is told so, at the line and column of its end, in both languages")
        void endsEarly() {
            Text t = refused(PREFIX + "SELECT ?titre WHERE {\n  ?fiche opdl:title ?titre\n");
            assertThat(t.fr()).isEqualTo("titres.rq ligne 3, colonne 27 : la requête se termine avant d'être complète : une accolade, "
                    + "une parenthèse ou un guillemet est peut-être resté ouvert; corrigez la requête à cet endroit");
            assertThat(t.en()).isEqualTo("titres.rq line 3, column 27: the query ends before it is complete: a brace, a parenthesis "
                    + "or a quote may be left open; fix the query there");
        }

        @Test
        @DisplayName("a token out of place is quoted as written, « » in French")
        void unexpected() {
            Text t = refused(PREFIX + "SELECT ?l WHERE {\n  ?l opdl:title ?t .\n  FILTER (?t = )\n}\n");
            assertThat(t.fr()).isEqualTo("titres.rq ligne 4, colonne 16 : SPARQL n'attend pas « ) » à cet endroit; corrigez la requête à cet endroit");
            assertThat(t.en()).isEqualTo("titres.rq line 4, column 16: SPARQL does not expect \")\" here; fix the query there");
        }

        @Test
        @DisplayName("a misspelt keyword is named as a word SPARQL does not have, at its first letter")
        void misspeltKeyword() {
            Text t = refused("SELEC ?s WHERE { ?s ?p ?o }");
            assertThat(t.fr()).isEqualTo("titres.rq ligne 1, colonne 1 : « SELEC » n'est pas un mot de SPARQL; corrigez la requête à cet endroit");
        }

        @Test
        @DisplayName("a character SPARQL has no use for is named with its code point")
        void character() {
            Text t = refused(PREFIX + "SELECT ?s WHERE { ?s opdl:title § }");
            assertThat(t.fr()).isEqualTo("titres.rq ligne 2, colonne 33 : le caractère § (U+00A7) n'a pas sa place en SPARQL à cet endroit; "
                    + "corrigez la requête à cet endroit");
        }

        @Test
        @DisplayName("a prefix no PREFIX line declares is named")
        void undeclaredPrefix() {
            Text t = refused("SELECT ?s WHERE {\n  ?s schema:name ?n }");
            assertThat(t.fr()).isEqualTo("titres.rq ligne 2, colonne 6 : le nom schema:name emploie le préfixe schema:, qu'aucune ligne PREFIX "
                    + "ne déclare; corrigez la requête à cet endroit");
            assertThat(t.en()).startsWith("titres.rq line 2, column 6: the name schema:name uses the prefix schema:, which no PREFIX line declares");
        }
    }

    /** Before: "titres.rq line -1, column -1: Non-group key variable in SELECT: ?fiche; fix the query there". */
    @Nested
    @DisplayName("that the parser places nowhere")
    class Unplaced {

        @Test
        @DisplayName("a variable selected but not grouped is placed at SELECT")
        void notGrouped() {
            Text t = refused(PREFIX + "SELECT ?fiche (COUNT(?t) AS ?n)\nWHERE { ?fiche opdl:title ?t }\nGROUP BY ?t\n");
            assertThat(t.fr()).isEqualTo("titres.rq ligne 2, colonne 1 : la requête sélectionne ?fiche, qui n'est pas une des variables "
                    + "de GROUP BY; corrigez la requête à cet endroit");
            assertThat(t.en()).isEqualTo("titres.rq line 2, column 1: the query selects ?fiche, which is not one of the variables of GROUP BY; "
                    + "fix the query there");
        }

        @Test
        @DisplayName("a variable given a value twice is placed at the second AS")
        void givenTwice() {
            Text t = refused("SELECT * WHERE {\n  BIND(1 AS ?x)\n  BIND(2 AS ?x)\n}");
            assertThat(t.fr()).isEqualTo("titres.rq ligne 3, colonne 10 : AS donne une valeur à ?x, qui en a déjà une; corrigez la requête à cet endroit");
        }
    }
}

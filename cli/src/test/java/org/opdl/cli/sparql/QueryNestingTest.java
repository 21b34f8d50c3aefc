package org.opdl.cli.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.cli.exit.InputException;

/** B16: a query nested deeper than the parser can follow, as a query written by a program may be. */
@DisplayName("A query nested thousands of levels deep")
class QueryNestingTest {

    private static final String TITLE = " ?listing <https://w3id.org/opdl/ns#title> ?title ";

    @Test
    @DisplayName("B16: is refused as too deeply nested, naming the file and the fix, never as a syntax error at line -1, in both languages")
    void tooDeep() {
        String braces = "SELECT ?title WHERE " + "{".repeat(5000) + TITLE + "}".repeat(5000);
        assertThatThrownBy(() -> QueryRunner.parse("titles.rq", braces, false)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.text().en()).startsWith("titles.rq: the query nests its groups or parentheses deeper than opdl can read")
                    .contains("write it with fewer levels").doesNotContain("-1").doesNotContain("syntax error");
            assertThat(e.text().fr()).startsWith("titles.rq : la requête imbrique ses groupes ou ses parenthèses plus profondément");
        });
    }

    @Test
    @DisplayName("a query nested a hundred levels deep is read")
    void deepButReadable() {
        String braces = "SELECT ?title WHERE " + "{".repeat(100) + TITLE + "}".repeat(100);
        assertThat(QueryRunner.parse("titles.rq", braces, false).isSelectType()).isTrue();
    }
}

package org.opdl.schema.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.schema.rdf.RdfNothingLostTest.readAs;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.text.Lang;
import org.opdl.schema.format.ReadException;

/**
 * U39: a node where a field holds plain values, a list inside a list ({@code "@list"} of lists in
 * JSON-LD) or an object, is named by what the author wrote, never by a blank-node label.
 */
@DisplayName("A node where a field holds plain values")
class ListInListTest {

    private static final String LANGUAGES = "\"workingLanguages\": [\n    \"en\",\n    \"fr\"\n  ]";

    @Test
    @DisplayName("a JSON-LD @list of lists is named as a list inside the list, at its line, in both languages")
    void listOfLists() {
        String doc = RdfNothingLostTest.PRIME_TIME.replace(LANGUAGES, "\"workingLanguages\": {\"@list\": [[\"en\"], [\"fr\"]]}");
        assertThat(doc).isNotEqualTo(RdfNothingLostTest.PRIME_TIME);
        ReadException e = readAs("jsonld", doc).error();
        assertThat(e).isNotNull();
        assertThat(e.location().line()).isPositive();
        assertThat(e.location().pointer()).startsWith("/workingLanguages");
        assertThat(e.text().en()).contains("a list inside the list of this field").doesNotContain("_:");
        assertThat(e.fix().en()).startsWith("write the field's values in one list");
        assertThat(e.text().in(Lang.FR)).contains("une liste dans la liste de ce champ").doesNotContain("_:");
        assertThat(e.fix().in(Lang.FR)).startsWith("écrivez les valeurs du champ dans une seule liste");
    }

    @Test
    @DisplayName("a Turtle list inside a list is named the same way")
    void turtleListInList() throws Exception {
        String ttl = RdfNothingLostTest.convert(RdfNothingLostTest.PRIME_TIME, "ttl");
        String nested = ttl.replace("( \"en\" \"fr\" )", "( ( \"en\" ) ( \"fr\" ) )");
        assertThat(nested).isNotEqualTo(ttl);
        ReadException e = readAs("ttl", nested).error();
        assertThat(e).isNotNull();
        assertThat(e.text().en()).contains("a list inside the list of this field").doesNotContain("_:");
    }

    @Test
    @DisplayName("an empty node where a code goes, [ ] in Turtle, is named as a node, not by its label")
    void nodeForACode() throws Exception {
        String ttl = RdfNothingLostTest.convert(RdfNothingLostTest.PRIME_TIME, "ttl");
        String node = ttl.replace("( \"en\" \"fr\" )", "( [ ] \"fr\" )");
        assertThat(node).isNotEqualTo(ttl);
        ReadException e = readAs("ttl", node).error();
        assertThat(e).isNotNull();
        assertThat(e.text().en()).contains("a node ([ … ] in Turtle, an object { … } in JSON-LD) where the field holds a value")
                .doesNotContain("_:");
        assertThat(e.text().in(Lang.FR)).contains("un nœud ([ … ] en Turtle, un objet { … } en JSON-LD)").doesNotContain("_:");
    }
}

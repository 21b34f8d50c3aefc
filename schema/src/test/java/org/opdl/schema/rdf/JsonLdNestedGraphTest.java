package org.opdl.schema.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Lang;

/**
 * A {@code @graph} written inside another object of a JSON-LD file makes a named graph whose name
 * is a blank node the author never wrote: the note of it is placed at the key, with its line and column.
 */
@DisplayName("a @graph nested in a JSON-LD @graph")
class JsonLdNestedGraphTest {

    private static final String CONTEXT = "\"@context\": \"https://w3id.org/opdl/context/0.2.jsonld\",";

    @Test
    @DisplayName("is noted at the key the author wrote, never by a blank-node label, in both languages")
    void notedAtItsKey() {
        String listing = RdfNothingLostTest.PRIME_TIME.replace(CONTEXT, "");
        String doc = "{" + CONTEXT + "\n \"@graph\": [\n  {\"@graph\": [" + listing + "]}\n ]\n}";
        RdfNothingLostTest.Read read = RdfNothingLostTest.readAs("jsonld", doc);
        assertThat(read.error()).isNull();
        assertThat(read.listings()).extracting(r -> r.listing().get("id").stringValue()).containsExactly("listing:cmpa/prime-time");
        assertThat(read.notes()).hasSize(1);
        Finding note = read.notes().get(0);
        assertThat(note.ruleId()).isEqualTo("opdl.rdf.named-graph");
        assertThat(note.location()).isInstanceOfSatisfying(Location.Json.class, at -> {
            assertThat(at.pointer()).isEqualTo("/@graph/0/@graph");
            assertThat(at.line()).isEqualTo(3);
            assertThat(at.column()).isEqualTo(14);
        });
        assertThat(note.location().describe(Lang.EN)).isEqualTo("line 3, column 14 /@graph/0/@graph");
        assertThat(note.location().describe(Lang.FR)).isEqualTo("ligne 3, colonne 14 /@graph/0/@graph");
        assertThat(note.message().in(Lang.EN)).startsWith("the listings inside this \"@graph\", which is written inside another object, were read")
                .doesNotContain("_:");
        assertThat(note.message().in(Lang.FR)).startsWith("les fiches de ce « @graph », écrit à l'intérieur d'un autre objet, ont été lues")
                .doesNotContain("_:");
        assertThat(note.fix().in(Lang.EN)).isEqualTo("nothing to do, or put the listings straight in the \"@graph\" of the top object");
        assertThat(note.fix().in(Lang.FR)).startsWith("rien à faire, ou placez les fiches directement");
    }

    @Test
    @DisplayName("a graph named by the author with @id at the top keeps its name in the note")
    void namedByTheAuthor() {
        String doc = "{" + CONTEXT + " \"@id\": \"https://example.ca/graphs/2025\", \"@graph\": ["
                + RdfNothingLostTest.PRIME_TIME.replace(CONTEXT, "") + "]}";
        RdfNothingLostTest.Read read = RdfNothingLostTest.readAs("jsonld", doc);
        assertThat(read.notes()).extracting(n -> n.message().in(Lang.EN))
                .containsExactly("the listings inside the named graph https://example.ca/graphs/2025 were read; the graph's name is not part of a listing");
    }
}

package org.opdl.model.finding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.text.Lang;

/** How a statement of a graph is named to the reader. */
@DisplayName("A place in an RDF graph, as the reader sees it")
class RdfLocationTest {

    private static final String TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

    @Test
    @DisplayName("A node with an IRI is named by it, in angle brackets, with its line")
    void iri() {
        Location at = new Location.Rdf("hot-docs.ttl", 0, "", "https://w3id.org/opdl/provider/hot-docs", TYPE, 12);
        assertThat(at.describe(Lang.EN)).endsWith("12 <https://w3id.org/opdl/provider/hot-docs> <" + TYPE + ">");
    }

    @Test
    @DisplayName("A blank node is named by its label, not as an IRI, and by the field it stands in")
    void blankNode() {
        Location at = new Location.Rdf("hot-docs.ttl", 0, "/intakes/0", "_:b4", TYPE, 0);
        assertThat(at.describe(Lang.FR)).isEqualTo("_:b4 (/intakes/0) <" + TYPE + ">");
        assertThat(new Location.Rdf("hot-docs.ttl", 0, "", "_:b4", "", 0).describe(Lang.EN)).isEqualTo("_:b4");
    }
}

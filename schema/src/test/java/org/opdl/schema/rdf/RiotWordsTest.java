package org.opdl.schema.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.schema.rdf.RdfNothingLostTest.readAs;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Lang;
import org.opdl.schema.format.ReaderRule;

/** U12, U14, U16: Jena's words for a graph name, a slash in a prefixed name and an undeclared prefix, said in opdl's words. */
@DisplayName("Turtle and N-Triples syntax errors in opdl's words")
class RiotWordsTest {

    private static final String TITLE = "<https://w3id.org/opdl/listing/spira/mentorat> <https://w3id.org/opdl/ns#title> \"Mentorat Spira\"@fr";
    private static final String TYPE = "<https://w3id.org/opdl/listing/spira/mentorat> <https://w3id.org/opdl/ns#programType> "
            + "<https://w3id.org/opdl/vocab/program-type/mentorship>";

    @Test
    @DisplayName("an N-Quads line read as N-Triples names the line, the graph and the fix, in both languages")
    void quadInNTriples() {
        RdfNothingLostTest.Read read = readAs("nt", TYPE + " .\n" + TITLE + " <https://spira.quebec/graphe/2026> .\n");
        assertThat(read.error()).isNotNull();
        assertThat(read.error().rule()).isEqualTo(ReaderRule.SYNTAX_RDF);
        assertThat(read.error().location()).isInstanceOfSatisfying(Location.Text.class, at -> assertThat(at.line()).isEqualTo(2));
        assertThat(read.error().text().en()).isEqualTo("the file is not valid N-Triples: the line is a quad: after its object comes a fourth term, "
                + "<https://spira.quebec/graphe/2026>, the name of a graph, which N-Triples does not have (that is N-Quads)");
        assertThat(read.error().fix().en()).startsWith("remove the graph name from each line");
        assertThat(read.error().text().in(Lang.FR)).contains("la ligne est un quadruplet", "<https://spira.quebec/graphe/2026>");
        assertThat(read.error().fix().in(Lang.FR)).startsWith("retirez le nom de graphe de chaque ligne");
        assertThat(read.error().text().en()).doesNotContain("not terminated by DOT");
    }

    @Test
    @DisplayName("a blank node as the graph name is named as written")
    void blankGraphName() {
        RdfNothingLostTest.Read read = readAs("nt", TITLE + " _:g1 .\n");
        assertThat(read.error().text().en()).contains("a fourth term, _:g1, the name of a graph");
    }

    @Test
    @DisplayName("a TriG block in Turtle, in each of its three forms, is a graph block Turtle does not have")
    void trigBlockInTurtle() {
        for (String block : new String[] {"<https://spira.quebec/graphe/2026> { " + TITLE + " . }\n",
                "GRAPH <https://spira.quebec/graphe/2026> { " + TITLE + " . }\n", "{ " + TITLE + " . }\n"}) {
            RdfNothingLostTest.Read read = readAs("ttl", TYPE + " .\n" + block);
            assertThat(read.error()).as(block).isNotNull();
            assertThat(read.error().location()).as(block).isInstanceOfSatisfying(Location.Text.class, at -> assertThat(at.line()).isEqualTo(2));
            assertThat(read.error().text().en()).as(block).isEqualTo("the file is not valid Turtle: a graph block ({ … } or GRAPH … { … }, "
                    + "as TriG writes a named graph), which Turtle does not have");
            assertThat(read.error().fix().in(Lang.FR)).startsWith("sortez les triplets du bloc");
        }
    }

    @Test
    @DisplayName("an N-Quads line read as Turtle says a dot is missing or a graph name follows the object")
    void quadInTurtle() {
        RdfNothingLostTest.Read read = readAs("ttl", TITLE + " <https://spira.quebec/graphe/2026> .\n");
        assertThat(read.error().text().en()).contains("either a dot is missing before the next subject, or a graph name follows the object");
        assertThat(read.error().fix().en()).startsWith("end each statement with a dot");
        assertThat(read.error().text().in(Lang.FR)).contains("soit il manque un point");
    }

    @Test
    @DisplayName("U14: a listing id copied from JSON as a Turtle prefixed name says the slash must be escaped or the IRI written in full")
    void slashInPrefixedName() {
        RdfNothingLostTest.Read read = readAs("ttl", "PREFIX listing: <https://w3id.org/opdl/listing/>\n"
                + "PREFIX opdl: <https://w3id.org/opdl/ns#>\n"
                + "listing:spira/mentorat opdl:title \"Mentorat Spira\"@fr .\n");
        assertThat(read.error()).isNotNull();
        assertThat(read.error().location()).isInstanceOfSatisfying(Location.Text.class, at -> assertThat(at.line()).isEqualTo(3));
        assertThat(read.error().text().en()).isEqualTo("the file is not valid Turtle: a prefixed name holds a slash (such as "
                + "listing:spira/mentorat, as JSON writes a listing id), which Turtle allows only escaped");
        assertThat(read.error().fix().en()).contains("<https://w3id.org/opdl/listing/spira/mentorat>", "listing:spira\\/mentorat");
        assertThat(read.error().text().in(Lang.FR)).contains("un nom préfixé contient une barre oblique");
        assertThat(read.error().fix().in(Lang.FR)).contains("échappez la barre oblique (listing:spira\\/mentorat)");
    }

    @Test
    @DisplayName("U16: an undeclared prefix is named, with the line that declares it when opdl writes that prefix")
    void undeclaredPrefix() {
        RdfNothingLostTest.Read read = readAs("ttl", "PREFIX opdl: <https://w3id.org/opdl/ns#>\n\n"
                + "<https://w3id.org/opdl/listing/spira/mentorat> opdl:title \"Mentorat Spira\"@fr ;\n"
                + "    opdl:programType program-type:mentorship .\n");
        assertThat(read.error()).isNotNull();
        assertThat(read.error().location()).isInstanceOfSatisfying(Location.Text.class, at -> assertThat(at.line()).isEqualTo(4));
        assertThat(read.error().text().en()).isEqualTo("the file is not valid Turtle: the prefix program-type: is used but not declared");
        assertThat(read.error().fix().en()).isEqualTo("declare it at the top of the file, as opdl writes it: "
                + "PREFIX program-type: <https://w3id.org/opdl/vocab/program-type/>");
        assertThat(read.error().fix().in(Lang.FR)).startsWith("déclarez-le en tête du fichier, comme opdl l'écrit");

        RdfNothingLostTest.Read other = readAs("ttl", "<https://w3id.org/opdl/listing/spira/mentorat> schema:name \"Mentorat Spira\"@fr .\n");
        assertThat(other.error().text().en()).endsWith("the prefix schema: is used but not declared");
        assertThat(other.error().fix().en()).isEqualTo("declare it at the top of the file (PREFIX schema: <…>), or write the IRIs in full");
    }
}

package org.opdl.schema.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.schema.rdf.RdfNothingLostTest.readAs;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Lang;
import org.opdl.schema.format.ReaderRule;

/** U9: two JSON-LD objects with one listing id are not merged into one listing without a word. */
@DisplayName("JSON-LD: a listing id described by two objects")
class JsonLdSameIdTest {

    private static final String CONTEXT = "\"@context\": \"https://w3id.org/opdl/context/0.2.jsonld\"";

    private static String graph(String... nodes) {
        return "{" + CONTEXT + ",\n \"@graph\": [\n" + String.join(",\n", nodes) + "\n]}\n";
    }

    private static String listing(String id, String title, String provider) {
        return "  {\"id\": \"" + id + "\", \"title\": {\"fr\": \"" + title + "\"}, \"programTypes\": [\"mentorship\"],\n"
                + "   \"provider\": " + provider + "}";
    }

    private static final String SPIRA = "{\"id\": \"provider:spira\", \"name\": {\"fr\": \"Spira\"}}";

    @Test
    @DisplayName("is refused at the second object, naming the line of the first, in both languages")
    void refused() {
        RdfNothingLostTest.Read read = readAs("jsonld", graph(
                listing("listing:spira/mentorat", "Mentorat Spira", SPIRA),
                "  {\"id\": \"listing:spira/mentorat\", \"title\": {\"en\": \"Spira mentorship, second call\"}}"));
        assertThat(read.error()).isNotNull();
        assertThat(read.error().rule()).isEqualTo(ReaderRule.CONVERT_UNMAPPABLE);
        assertThat(read.error().location()).isEqualTo(new Location.Text("in.jsonld", 5, 10));
        assertThat(read.error().text().en()).contains("listing:spira/mentorat is described a second time here (the first time at line 3)");
        assertThat(read.error().text().in(Lang.FR)).contains("décrite une deuxième fois ici (la première fois à la ligne 3)");
        assertThat(read.error().fix().en()).contains("give each listing its own id");
    }

    @Test
    @DisplayName("an organisation described in two listings, and an object giving only an id, are read as before")
    void sharedNodesRead() {
        RdfNothingLostTest.Read read = readAs("jsonld", graph(
                listing("listing:spira/mentorat", "Mentorat Spira", SPIRA),
                listing("listing:spira/residence", "Résidence Spira", SPIRA)));
        assertThat(read.error()).isNull();
        assertThat(read.listings()).hasSize(2);
        RdfNothingLostTest.Read reference = readAs("jsonld", graph(
                listing("listing:spira/mentorat", "Mentorat Spira", SPIRA),
                "  {\"id\": \"listing:spira/mentorat\"}"));
        assertThat(reference.error()).isNull();
        assertThat(reference.listings()).hasSize(1);
    }
}

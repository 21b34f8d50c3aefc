package org.opdl.schema.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.schema.rdf.RdfNothingLostTest.readAs;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Lang;
import org.opdl.schema.format.ReaderRule;

/** U10: a JSON-LD null, which the processor drops with its key, is refused rather than read as "not stated". */
@DisplayName("JSON-LD: a null value")
class JsonLdNullTest {

    private static String listing(String more) {
        return "{\"@context\": \"https://w3id.org/opdl/context/0.2.jsonld\",\n"
                + " \"id\": \"listing:spira/mentorat\", \"title\": {\"fr\": \"Mentorat Spira\"},\n"
                + more + "}\n";
    }

    @Test
    @DisplayName("is refused at its line and column, naming the field, in both languages")
    void refused() {
        RdfNothingLostTest.Read read = readAs("jsonld", listing(" \"fees\": null"));
        assertThat(read.error()).isNotNull();
        assertThat(read.error().rule()).isEqualTo(ReaderRule.CONVERT_UNMAPPABLE);
        assertThat(read.error().location()).isEqualTo(new Location.Text("in.jsonld", 3, 10));
        assertThat(read.error().text().en()).contains("the value of \"fees\" is null, which JSON-LD drops without a word");
        assertThat(read.error().fix().en()).contains("statedNone");
        assertThat(read.error().text().in(Lang.FR)).contains("la valeur de « fees » est null");
    }

    @Test
    @DisplayName("in an array, names the array's field")
    void inArray() {
        RdfNothingLostTest.Read read = readAs("jsonld", listing(" \"topics\": [\"development\", null]"));
        assertThat(read.error()).isNotNull();
        assertThat(read.error().text().en()).contains("the value of \"topics\" is null");
    }

    @Test
    @DisplayName("inside a context, where null undefines a default, it is read as JSON-LD means it")
    void inContext() {
        RdfNothingLostTest.Read read = readAs("jsonld", listing(" \"programTypes\": [\"mentorship\"]").replace(
                "\"@context\": \"https://w3id.org/opdl/context/0.2.jsonld\"",
                "\"@context\": [\"https://w3id.org/opdl/context/0.2.jsonld\", {\"@language\": null}]"));
        assertThat(read.error()).isNull();
        assertThat(read.listings()).hasSize(1);
    }
}

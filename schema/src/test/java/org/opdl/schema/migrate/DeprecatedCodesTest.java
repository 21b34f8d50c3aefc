package org.opdl.schema.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opdl.model.text.Lang;
import org.opdl.model.text.Text;
import org.opdl.schema.convert.Conversion;
import org.opdl.schema.convert.Formats;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.WriteOptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@DisplayName("opdl migrate writes, in place of a deprecated code, the code that replaces it, as opdl standard diff says (K6)")
class DeprecatedCodesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A short CMPA program that the standard's program-type scheme once called a workshop or webinar. */
    private static String listing(String context, String programTypes, String componentType) {
        return "{\"@context\": \"" + context + "\", \"id\": \"listing:cmpa/business-affairs-masterclass\","
                + " \"provider\": {\"id\": \"provider:cmpa\", \"name\": {\"en\": \"Canadian Media Producers Association\"}},"
                + " \"title\": {\"en\": \"Business Affairs Masterclass\"}, \"url\": \"https://cmpa.ca/professional-development/\","
                + " \"programTypes\": " + programTypes + ","
                + " \"components\": [{\"componentType\": \"" + componentType + "\", \"title\": {\"en\": \"Chain of title\"}}]}";
    }

    private static final String V01 = "https://w3id.org/opdl/context/0.1.jsonld";
    private static final String V02 = "https://w3id.org/opdl/context/0.2.jsonld";

    @Nested
    @DisplayName("in one listing")
    class InOneListing {

        @Test
        @DisplayName("a deprecated code in a list and in a single value becomes its replacement, each change named with its place")
        void replaced() {
            ObjectNode l = (ObjectNode) JSON.readTree(listing(V02, "[\"workshop-webinar\", \"mentorship\"]", "workshop-webinar"));
            List<Text> changes = DeprecatedCodes.replace(l, "/listings/4");
            assertThat(l.get("programTypes").toString()).isEqualTo("[\"masterclass-workshop\",\"mentorship\"]");
            assertThat(l.at("/components/0/componentType").asString()).isEqualTo("masterclass-workshop");
            assertThat(changes).extracting(t -> t.in(Lang.EN)).containsExactly(
                    "/listings/4/programTypes/0: workshop-webinar became masterclass-workshop, the code that replaces it in the standard",
                    "/listings/4/components/0/componentType: workshop-webinar became masterclass-workshop, the code that replaces it in the standard");
            assertThat(changes.get(0).in(Lang.FR)).isEqualTo(
                    "/listings/4/programTypes/0 : workshop-webinar est devenu masterclass-workshop, le code qui le remplace dans la norme");
        }

        @Test
        @DisplayName("in a list that already holds the replacement, the old code is removed rather than written twice")
        void notTwice() {
            ObjectNode l = (ObjectNode) JSON.readTree(listing(V02, "[\"workshop-webinar\", \"masterclass-workshop\", \"mentorship\"]",
                    "masterclass-workshop"));
            List<Text> changes = DeprecatedCodes.replace(l, "");
            assertThat(l.get("programTypes").toString()).isEqualTo("[\"masterclass-workshop\",\"mentorship\"]");
            assertThat(changes).extracting(t -> t.in(Lang.EN)).containsExactly("/programTypes/0: workshop-webinar removed, as "
                    + "masterclass-workshop, the code that replaces it in the standard, is already in the list");
        }

        @Test
        @DisplayName("a listing with no deprecated code is left as it is")
        void nothing() {
            ObjectNode l = (ObjectNode) JSON.readTree(listing(V02, "[\"mentorship\"]", "masterclass-workshop"));
            JsonNode before = l.deepCopy();
            assertThat(DeprecatedCodes.replace(l, "")).isEmpty();
            assertThat(l).isEqualTo(before);
        }
    }

    @Nested
    @DisplayName("through opdl migrate's sink")
    class ThroughTheSink {

        private MigratingSink sink;

        private String migrate(String ndjson) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Conversion.Session session = Conversion.start(out, Formats.named("ndjson").orElseThrow(), WriteOptions.DEFAULT, f -> { });
            session.add("season.ndjson", new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)),
                    Formats.named("ndjson").orElseThrow(), Limits.DEFAULT, next -> sink = new MigratingSink("season.ndjson", next));
            session.finish();
            sink.finish();
            return out.toString(StandardCharsets.UTF_8);
        }

        @Test
        @DisplayName("a 0.1 listing is migrated and its deprecated code replaced")
        void old() throws IOException {
            String out = migrate(listing(V01, "[\"workshop-webinar\"]", "masterclass-workshop") + "\n");
            assertThat(out).contains("\"programTypes\":[\"masterclass-workshop\"]").contains(V02).contains("no-fees");
            assertThat(sink.from()).isEqualTo("0.1");
            assertThat(sink.changes()).extracting(t -> t.in(Lang.EN)).contains(
                    "listing 1 /programTypes/0: workshop-webinar became masterclass-workshop, the code that replaces it in the standard");
        }

        @Test
        @DisplayName("a listing already in 0.2 has only its deprecated codes replaced: its missing fees stay not stated")
        void current() throws IOException {
            String out = migrate(listing(V02, "[\"workshop-webinar\"]", "masterclass-workshop") + "\n");
            assertThat(out).contains("\"programTypes\":[\"masterclass-workshop\"]").doesNotContain("no-fees");
            assertThat(sink.from()).isEqualTo("0.2");
            assertThat(sink.changes()).hasSize(1);
        }

        @Test
        @DisplayName("a file already in 0.2 with no deprecated code is refused at its context: there is nothing to migrate")
        void nothingToDo() {
            assertThatThrownBy(() -> migrate(listing(V02, "[\"mentorship\"]", "masterclass-workshop") + "\n"))
                    .isInstanceOfSatisfying(ReadException.class, e -> {
                        assertThat(e.location().toString()).contains("/@context");
                        assertThat(e.text().in(Lang.EN)).isEqualTo("the file is already in version 0.2 of the standard and uses "
                                + "no deprecated code; there is nothing to migrate");
                        assertThat(e.text().in(Lang.FR)).startsWith("le fichier est déjà en version 0.2 de la norme");
                    });
        }
    }
}

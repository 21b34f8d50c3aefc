package org.opdl.validator.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("The schema gate reads a schema into the tree the data-binding mapper would build")
class SchemaTreeTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode read(String json) {
        return SchemaTree.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"listing.schema.json", "dataset.schema.json"})
    @DisplayName("each published schema gives an equal tree, node types included")
    void publishedSchemas(String name) throws IOException {
        Path file = Path.of(System.getProperty("opdl.root"), "schema/src/main/resources/org/opdl/schema/0.2", name);
        JsonNode mine;
        try (InputStream in = Files.newInputStream(file)) {
            mine = SchemaTree.read(in);
        }
        assertThat(mine).isEqualTo(JSON.readTree(file.toFile()));
    }

    @Nested
    @DisplayName("numbers keep the mapper's node types")
    class Numbers {

        @Test
        @DisplayName("small, large and huge integers and decimals")
        void types() {
            String json = "{\"minimum\": 0, \"maximum\": 10000000000, \"huge\": 123456789012345678901234567890,"
                    + " \"multipleOf\": 0.01, \"exp\": 1e3}";
            JsonNode mine = read(json);
            JsonNode theirs = JSON.readTree(json);
            assertThat(mine).isEqualTo(theirs);
            for (String field : new String[] {"minimum", "maximum", "huge", "multipleOf", "exp"}) {
                assertThat(mine.get(field).getClass()).as(field).isEqualTo(theirs.get(field).getClass());
            }
        }
    }

    @Test
    @DisplayName("a repeated property keeps its last value, as with the mapper")
    void repeatedProperty() {
        String json = "{\"type\": \"string\", \"type\": \"integer\", \"enum\": [true, false, null]}";
        assertThat(read(json)).isEqualTo(JSON.readTree(json));
    }

    @Test
    @DisplayName("an empty document or trailing content is refused")
    void refusesMalformed() {
        assertThatThrownBy(() -> read("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> read("{} {}")).isInstanceOf(IllegalArgumentException.class);
    }
}

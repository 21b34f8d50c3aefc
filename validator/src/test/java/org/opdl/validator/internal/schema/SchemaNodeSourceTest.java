package org.opdl.validator.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.serialization.NodeReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("networknt reads the standard's schemas through the streaming parser")
class SchemaNodeSourceTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"listing.schema.json", "dataset.schema.json"})
    @DisplayName("into the same tree as networknt's own reader")
    void sameTreeAsNetworknt(String name) throws IOException {
        byte[] bytes;
        try (InputStream in = SchemaNodeSource.class.getResourceAsStream("/org/opdl/schema/0.2/" + name)) {
            bytes = in.readAllBytes();
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(new SchemaNodeSource().readSchema(text, InputFormat.JSON))
                .isEqualTo(NodeReader.builder().build().readSchema(text, InputFormat.JSON));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "{\"type\": \"number\", \"multipleOf\": 0.01}",
        "{\"properties\": {\"amount\": {\"maximum\": 1e400}}}",
        "{\"minimum\": 0, \"maximum\": 12}"})
    @DisplayName("and leaves a schema with fractions to networknt's reader, which keeps their precision")
    void fractionsKeepNetworkntPrecision(String schema) {
        assertThat(new SchemaNodeSource().readSchema(schema, InputFormat.JSON))
                .isEqualTo(NodeReader.builder().build().readSchema(schema, InputFormat.JSON));
    }
}

package org.opdl.schema.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.networknt.schema.ValidationLimitExceededException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.riot.RiotException;
import org.opdl.schema.json.ListingSchemas;
import org.opdl.schema.json.RegexLimitException;
import org.opdl.schema.rdf.JsonLdReader;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Fuzz targets for the JSON-LD reading and the JSON Schema of a listing. */
class SchemaFuzzTest {

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxNumberLength(64)
                    .maxStringLength(1_000_000).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()).build();

    /** Any text through {@link JsonLdReader}: a graph, or a {@link RiotException} and nothing else. */
    @FuzzTest(maxDuration = "30s")
    void jsonLd(byte[] input) {
        try {
            JsonLdReader.read(new String(input, StandardCharsets.UTF_8));
        } catch (RiotException expected) {
            // A refusal with a message is the contract.
        }
    }

    /** Any JSON through the listing schema: findings, or a limit the registry announces. */
    @FuzzTest(maxDuration = "30s")
    void listingSchema(byte[] input) {
        JsonNode node;
        try {
            node = MAPPER.readTree(input);
        } catch (JacksonException notJson) {
            return;
        }
        try {
            ListingSchemas.listing().validate(node);
        } catch (RegexLimitException | ValidationLimitExceededException limit) {
            // Limits are reported as such by the validator.
        }
    }
}

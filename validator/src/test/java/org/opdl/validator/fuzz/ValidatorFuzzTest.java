package org.opdl.validator.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opdl.model.finding.Location;
import org.opdl.schema.format.SourceRecord;
import org.opdl.validator.ValidationOptions;
import org.opdl.validator.ValidationRun;
import org.opdl.validator.Validator;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Fuzz target: the whole validator over whatever listings the bytes hold; it must report, never throw. */
class ValidatorFuzzTest {

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxNumberLength(100)
                    .maxStringLength(1_000_000).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()).build();

    private static final Validator VALIDATOR = Validator.standard(ValidationOptions.defaults(LocalDate.of(2026, 1, 15)));

    /** Any bytes: not JSON is the reader's business; every listing must come out as findings. */
    @FuzzTest(maxDuration = "30s")
    void validate(byte[] input) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(input);
        } catch (JacksonException notJson) {
            return;
        }
        List<SourceRecord> records = new ArrayList<>();
        List<JsonNode> items = new ArrayList<>();
        if (tree.isArray()) {
            tree.forEach(items::add);
        } else {
            items.add(tree);
        }
        for (JsonNode n : items) {
            if (n instanceof ObjectNode o) {
                int index = records.size();
                records.add(new SourceRecord(index, o, p -> new Location.Json("fuzz.json", index, p, 0, 0), List.of()));
            }
        }
        try (ValidationRun run = VALIDATOR.start()) {
            run.records("fuzz.json", records);
            run.finish();
        }
    }
}

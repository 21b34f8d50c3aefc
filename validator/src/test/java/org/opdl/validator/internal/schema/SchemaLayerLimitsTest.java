package org.opdl.validator.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.SchemaRule;
import org.opdl.validator.rule.Standard;
import org.opdl.validator.rules.BuiltInRules;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@DisplayName("The schema layer turns a runaway pattern into a finding within its time limit")
class SchemaLayerLimitsTest {

    @Test
    @DisplayName("S3 through the validator: ^(.*a){12}$ on 30 a's and a b gives a structure finding, not a hang")
    void slowPattern() {
        SchemaLayer layer = SchemaLayer.load("https://w3id.org/opdl/schema/hostile-test/slow.schema.json",
                BuiltInRules.registry().ofKind(SchemaRule.class), Duration.ofMillis(50));
        ObjectNode node = JsonMapper.builder().build().createObjectNode().put("id", "a".repeat(30) + "b");
        List<String> ids = new ArrayList<>();
        Listing listing = new Listing(node, 0, LocalDate.of(2026, 1, 15), Standard.standard(), null);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> layer.check(listing,
                (rule, variant, pointer, args) -> ids.add(rule.id() + " " + java.util.Arrays.toString(args))));
        assertThat(ids).singleElement().asString().startsWith("opdl.structure.invalid").contains("time limit");
    }
}

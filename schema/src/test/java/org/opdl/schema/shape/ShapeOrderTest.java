package org.opdl.schema.shape;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.field.FieldTree;
import org.opdl.schema.convert.ListingCorpus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

@DisplayName("Putting a listing's fields in definition order")
class ShapeOrderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    @DisplayName("moving only the listing's own fields gives the same text as the full reorder when its nested objects are in order")
    void topLevelOnly() {
        ListingCorpus corpus = new ListingCorpus(20261205L);
        for (int i = 0; i < 200; i++) {
            ObjectNode ordered = ShapeOrder.reorder(corpus.next(i), FieldTree.listing().root());
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(ordered.properties());
            Collections.shuffle(fields, new java.util.Random(i));
            ObjectNode shuffled = JsonNodeFactory.instance.objectNode();
            fields.forEach(e -> shuffled.set(e.getKey(), e.getValue()));
            assertThat(JSON.writeValueAsString(ShapeOrder.reorderTop(shuffled, FieldTree.listing().root())))
                    .isEqualTo(JSON.writeValueAsString(ShapeOrder.reorder(shuffled, FieldTree.listing().root())))
                    .isEqualTo(JSON.writeValueAsString(ordered));
        }
    }
}

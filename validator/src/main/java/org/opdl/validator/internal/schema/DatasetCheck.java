package org.opdl.validator.internal.schema;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.opdl.model.field.FieldTree;
import org.opdl.model.stage.CareerStageScale;
import org.opdl.model.stage.Crosswalk;
import org.opdl.model.vocab.Vocabulary;
import org.opdl.schema.format.SourceMap;
import org.opdl.schema.json.ListingSchemas;
import tools.jackson.databind.node.ObjectNode;
import org.opdl.validator.internal.memo.Lazy;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.SchemaRule;
import org.opdl.validator.rule.Standard;


/**
 * The structure check of a dataset's own fields ({@code @context}, {@code type},
 * {@code standardVersion}, {@code publisher}, {@code license}, {@code generated}, and any field the
 * dataset does not define) against the published {@code dataset.schema.json}, in whatever format
 * the dataset came. Its listings are checked one by one elsewhere, so the errors the schema finds
 * under {@code /listings} are left to that check. The findings are those of the structure rules,
 * named by the dataset's own field definitions, at the places the reader gives.
 */
public final class DatasetCheck {

    /** Built on first need: most files hold bare listings. */
    private final Lazy<Loaded> loaded;

    private record Loaded(SchemaLayer layer, Standard standard) {
    }

    /** The dataset schema of version 0.1, frozen as published; files that declare 0.1 are checked against it. */
    public static final String DATASET_0_1 = ListingSchemas.ID_PREFIX + "0.1/dataset.schema.json";

    /**
     * A check against the dataset schema {@code iri}, such as this version's or {@link #DATASET_0_1},
     * whose errors the given structure rules explain, each pattern getting {@code regexTime}.
     */
    public DatasetCheck(String iri, List<SchemaRule> rules, Duration regexTime) {
        List<SchemaRule> explaining = List.copyOf(rules);
        this.loaded = new Lazy<>(() -> new Loaded(SchemaLayer.load(iri, explaining, regexTime), new Standard(Vocabulary.standard(),
                CareerStageScale.standard(), Crosswalk.standard(), FieldTree.dataset())));
    }

    /**
     * Checks a dataset's own fields and reports each problem once.
     *
     * @param fields the dataset's fields, {@code listings} aside
     * @param places where each field is in the file
     * @param asOf the date of the run
     * @param out receives the findings
     */
    public void check(ObjectNode fields, SourceMap places, LocalDate asOf, Emitter out) {
        Loaded l = loaded.get();
        ObjectNode node = fields.deepCopy();
        // The listings are not the dataset's own fields: one empty stand-in keeps minItems quiet,
        // and what the schema says under /listings is dropped.
        node.remove(LISTINGS);
        node.putArray(LISTINGS).addObject();
        l.layer().checkFields(new Listing(node, 0, asOf, l.standard(), places), out, "/" + LISTINGS);
    }

    private static final String LISTINGS = "listings";
}

package org.opdl.schema.shape;

import org.opdl.model.definition.FieldDefinition;
import org.opdl.model.field.Field;
import org.opdl.model.field.FieldTree;
import org.opdl.model.definition.RecordDefinition;
import org.opdl.model.definition.StandardDefinition;
import org.opdl.model.vocab.Iris;
import org.opdl.schema.format.SourceMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A dataset's own fields (version, publisher, licence, date) as the formats other than JSON carry
 * them: their shape, built from {@code standard/listing/dataset.csv} like a listing's, the mark
 * {@code "type": "Dataset"} by which NDJSON and RDF recognise them, and the property that links a
 * dataset to each of its listings.
 */
public final class DatasetFields {

    /**
     * The value of {@code type} that marks a dataset: the dataset's class in {@code classes.csv}. A
     * constant, so that telling an NDJSON line apart does not load the standard's definition.
     */
    public static final String TYPE = "Dataset";

    private static final class Loaded {
        static final RecordDefinition DATASET = StandardDefinition.dataset();

        static {
            if (!TYPE.equals(DATASET.rdfClass())) {
                throw new IllegalStateException("the dataset's class is " + DATASET.rdfClass() + ", not " + TYPE);
            }
        }

        static final Field SHAPE = FieldTree.dataset().without(Field::isRecordReference).root();
        static final String LINK = Iris.term(DATASET.fields().stream().filter(DATASET::isRecordReference)
                .findFirst().flatMap(FieldDefinition::rdfProperty)
                .orElseThrow(() -> new IllegalStateException("dataset.csv has no field for the listings")));
    }

    private DatasetFields() {
    }

    /** The dataset's own fields, {@code listings} aside, as one object field. */
    public static Field shape() {
        return Loaded.SHAPE;
    }

    /** The full IRI of the property that links a dataset's node to each listing's node. */
    public static String listingLink() {
        return Loaded.LINK;
    }

    /** The full IRI of the dataset class. */
    public static String classIri() {
        return Iris.term(Loaded.DATASET.rdfClass());
    }

    /** True when a JSON object is marked as a dataset by {@code "type": "Dataset"}. */
    public static boolean isMarked(JsonNode object) {
        JsonNode type = object.get("type");
        return type != null && type.isString() && TYPE.equals(type.stringValue());
    }

    /**
     * A copy of {@code fields} marked as a dataset, in definition order.
     *
     * @throws org.opdl.schema.format.ReadException when {@code type} holds anything but {@code Dataset},
     *     which the mark would overwrite
     */
    public static ObjectNode marked(ObjectNode fields, SourceMap map) {
        JsonNode type = fields.get("type");
        if (type != null && !isMarked(fields)) {
            throw Values.unmappable(map, "/type",
                    ShapeMessages.DATASET_S_TYPE.text(type, TYPE),
                    ShapeMessages.WRITE_TYPE_REMOVE.text(TYPE));
        }
        ObjectNode copy = fields.deepCopy();
        copy.put("type", TYPE);
        return ShapeOrder.reorder(copy, shape());
    }

    /**
     * A copy of {@code fields} with the two fields that carry no data, {@code @context} and
     * {@code type}, filled in when absent: what a reader gives for a format that cannot hold them.
     * The context is that of the version the dataset declares.
     */
    public static ObjectNode completed(ObjectNode fields) {
        ObjectNode copy = fields.deepCopy();
        if (!copy.has(FieldDefinition.CONTEXT)) {
            // The context of the version the dataset declares: a 0.1 spreadsheet is a 0.1 dataset.
            boolean old = copy.path("standardVersion").isString()
                    && copy.get("standardVersion").asString().equals(org.opdl.schema.migrate.Migration.FROM);
            copy.put(FieldDefinition.CONTEXT, old ? org.opdl.schema.migrate.Migration.CONTEXT_0_1 : StandardDefinition.contextIri());
        }
        if (!copy.has("type")) {
            copy.put("type", TYPE);
        }
        return ShapeOrder.reorder(copy, shape());
    }

    /**
     * The fields that came after a dataset's listings, less the {@code type} mark that the fields
     * before them already carry once {@link #marked}; null when nothing is left.
     */
    public static ObjectNode trailing(ObjectNode trailer) {
        if (trailer == null) {
            return null;
        }
        ObjectNode copy = trailer.deepCopy();
        copy.remove("type");
        return copy.isEmpty() ? null : copy;
    }
}

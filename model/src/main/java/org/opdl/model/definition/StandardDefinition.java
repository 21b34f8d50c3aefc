package org.opdl.model.definition;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opdl.model.data.DataTable;
import org.opdl.model.vocab.Vocabulary;

/**
 * The definition of this version of the standard: what a listing and a dataset hold, read once
 * from {@code standard/listing/fields.csv} and {@code standard/listing/dataset.csv}. The standard's
 * version and the address of its JSON-LD context are the fixed values of the dataset's
 * {@code standardVersion} and {@code @context} fields, so they too have one source.
 */
public final class StandardDefinition {

    /** The listing table under {@code standard/}. */
    public static final String LISTING_TABLE = "listing/fields.csv";
    /** The dataset table under {@code standard/}. */
    public static final String DATASET_TABLE = "listing/dataset.csv";
    /** The class table under {@code standard/}. */
    public static final String CLASS_TABLE = "listing/classes.csv";

    private StandardDefinition() {
    }

    private static final class Loaded {
        static final Map<String, ClassDefinition> CLASSES =
                DefinitionReader.classes(DataTable.load(CLASS_TABLE), Vocabulary.standard());
        static final RecordDefinition LISTING = DefinitionReader.read(
                "listing", DataTable.load(LISTING_TABLE), Vocabulary.standard(), Set.of(), CLASSES);
        static final RecordDefinition DATASET = DefinitionReader.read(
                "dataset", DataTable.load(DATASET_TABLE), Vocabulary.standard(), Set.of(LISTING.rdfClass()), CLASSES);

        static {
            DefinitionReader.checkSharedProperties(List.of(LISTING, DATASET));
        }
    }

    /** Every class of the standard, in the order of {@code classes.csv}. */
    public static List<ClassDefinition> classes() {
        return List.copyOf(Loaded.CLASSES.values());
    }

    /** The class with this local name. */
    public static Optional<ClassDefinition> classNamed(String name) {
        return Optional.ofNullable(Loaded.CLASSES.get(name));
    }

    /** The fields of a listing. */
    public static RecordDefinition listing() {
        return Loaded.LISTING;
    }

    /** The fields of a dataset, whose {@code listings} hold whole listings. */
    public static RecordDefinition dataset() {
        return Loaded.DATASET;
    }

    /** The version of the standard, such as {@code 0.2}. */
    public static String version() {
        return fixedValue("standardVersion");
    }

    /** The IRI of the standard's JSON-LD context, such as {@code https://w3id.org/opdl/context/0.2.jsonld}. */
    public static String contextIri() {
        return fixedValue(FieldDefinition.CONTEXT);
    }

    /** The definition of the record whose class has this local name, {@code Listing} or {@code Dataset}. */
    public static RecordDefinition ofClass(String rdfClass) {
        if (listing().rdfClass().equals(rdfClass)) {
            return listing();
        }
        if (dataset().rdfClass().equals(rdfClass)) {
            return dataset();
        }
        throw new IllegalArgumentException("no record of class " + rdfClass);
    }

    private static String fixedValue(String path) {
        return dataset().field(path).flatMap(FieldDefinition::fixed)
                .orElseThrow(() -> new IllegalStateException("dataset.csv gives no fixed " + path));
    }
}

package org.opdl.schema.artifact;

import org.opdl.model.vocab.Vocabulary;

/** The one table from artifact to the generator that makes it from the definition and the vocabulary. */
final class Generators {

    private Generators() {
    }

    /** The artifact's text as the definition makes it now. */
    static String generate(Artifact artifact) {
        Vocabulary vocabulary = Vocabulary.standard();
        return switch (artifact) {
            case JSON_SCHEMA, DATASET_SCHEMA -> JsonSchemaGenerator.generate(artifact, vocabulary);
            case CONTEXT -> ContextGenerator.generate();
            case VOCABULARY -> VocabularyGenerator.generate(vocabulary);
            case VOCABULARY_JSONLD -> VocabularyJsonLd.fromTurtle(VocabularyGenerator.generate(vocabulary));
            case SHAPES -> ShapesGenerator.generate(vocabulary);
        };
    }

    /** The JSON-LD vocabulary of a released version, from that version's frozen Turtle. */
    static String vocabularyJsonLd(String turtle) {
        return VocabularyJsonLd.fromTurtle(turtle);
    }
}

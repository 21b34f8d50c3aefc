package org.opdl.schema.rdf;

import org.opdl.model.text.Bundle;
import org.opdl.model.text.Message;

/**
 * The messages of the RDF readers and writers in English and French, whose words are in {@code messages_en.properties}
 * and {@code messages_fr.properties} beside this class. Keys are a rule id and a short suffix.
 */
enum RdfMessages implements Message {
    ADDRESS_HOLDS_INVISIBLE("rdf.address-holds-invisible"),
    ANNOTATION("rdf.annotation"),
    BASE_DIRECTION_DIRECTION("rdf.base-direction-direction"),
    BASE_DIRECTION_LANGUAGE("rdf.base-direction-language"),
    CHECK_VALUE_NO("rdf.check-value-no"),
    CLASS_STANDARD_DOES("rdf.class-standard-does"),
    CONVERT_UNMAPPABLE_GRAPH_HOLDS("opdl.convert.unmappable.graph-holds"),
    CONVERT_UNMAPPABLE_ID_JSON_LD("opdl.convert.unmappable.id-json-ld"),
    CONVERT_UNMAPPABLE_TEXT_HOLDS_CHARACTER("opdl.convert.unmappable.text-holds-character"),
    CONVERT_UNMAPPABLE_WRITE_LISTING_OPDL("opdl.convert.unmappable.write-listing-opdl"),
    DELETE_CHARACTER_CHECK("rdf.delete-character-check"),
    DESCRIBE_SAME_WAY("rdf.describe-same-way"),
    DOCUMENT_NOT_JSON("rdf.document-not-json"),
    GIVE_DATASET_OBJECT("rdf.give-dataset-object"),
    GIVE_EACH_LISTING("rdf.give-each-listing"),
    GIVE_LISTINGS_OPDL("rdf.give-listings-opdl"),
    GIVE_LISTING_ID("rdf.give-listing-id"),
    ID_NOT_STRING("rdf.id-not-string"),
    ITEM_REPEATS_ITEM("rdf.item-repeats-item"),
    JSON_LD_WOULD("rdf.json-ld-would"),
    KEEP_ONE_TWO("rdf.keep-one-two"),
    LANGUAGE_TAG_NOT("rdf.language-tag-not"),
    LIMIT_RDF_NESTS_TOO_DEEPLY("opdl.limit.rdf.nests-too-deeply"),
    LIMIT_RDF_RDF_NESTS_DEEPER("opdl.limit.rdf.rdf-nests-deeper"),
    LIMIT_TIME_JSON_LD_PROCESSING("opdl.limit.time.json-ld-processing"),
    LISTING_LITERAL_NOT("rdf.listing-literal-not"),
    LIST_SET_WRITTEN("rdf.list-set-written"),
    LITERAL_IRI_LONGER("rdf.literal-iri-longer"),
    LITERAL_TYPE_RDF("rdf.literal-type-rdf"),
    LOCAL_CONTEXT_CHANGES("rdf.local-context-changes"),
    MORE_THAN_ONE("rdf.more-than-one"),
    MORE_THAN_ONE_2("rdf.more-than-one-2"),
    MUST_ARRAY("rdf.must-array"),
    NODE_IRI_WHERE("rdf.node-iri-where"),
    NOTHING_DO_GIVE("rdf.nothing-do-give"),
    NOT_CODE("rdf.not-code"),
    ORDERED_FIELD_WHOSE("rdf.ordered-field-whose"),
    ORGANISATION_DESCRIBED_DIFFERENTLY("rdf.organisation-described-differently"),
    PROPERTY_NOT_FIELD("rdf.property-not-field"),
    RDF_DATATYPE_VALUE_TYPED_NOT("opdl.rdf.datatype.value-typed-not"),
    RDF_NAMED_GRAPH_LISTINGS_INSIDE_NAMED("opdl.rdf.named-graph.listings-inside-named"),
    RDF_XML_DECLARES("rdf.rdf-xml-declares"),
    RDF_XML_DECLARES_2("rdf.rdf-xml-declares-2"),
    RDF_XML_DECLARES_3("rdf.rdf-xml-declares-3"),
    RDF_XML_NESTS("rdf.rdf-xml-nests"),
    RDF_XML_UTF("rdf.rdf-xml-utf"),
    READ_FILE_TTL("rdf.read-file-ttl"),
    REMOVE_CHARACTER_CONVERT("rdf.remove-character-convert"),
    REMOVE_FIELD_ABSENT("rdf.remove-field-absent"),
    REMOVE_LOCAL_CONTEXT("rdf.remove-local-context"),
    REMOVE_REPEATED_ITEM("rdf.remove-repeated-item"),
    REVERSE_PROPERTY_NO("rdf.reverse-property-no"),
    SECOND_DATASET_FILE("rdf.second-dataset-file"),
    SECOND_LISTING_ID("rdf.second-listing-id"),
    SOMETHING_JSON_LD("rdf.something-json-ld"),
    SYNTAX_ENCODING_FILE_NOT_UTF("opdl.syntax.encoding.file-not-utf"),
    SYNTAX_ENCODING_SAVE_FILE_UTF("opdl.syntax.encoding.save-file-utf"),
    SYNTAX_ENCODING_SAVE_FILE_UTF_2("opdl.syntax.encoding.save-file-utf-2"),
    SYNTAX_JSONLD_CONTEXT_JSON_LD_CONTEXT("opdl.syntax.jsonld-context.json-ld-context"),
    SYNTAX_JSONLD_CONTEXT_USE_CONTEXT("opdl.syntax.jsonld-context.use-context"),
    SYNTAX_NTRIPLES_ORDER_DATASET_S_OWN("opdl.syntax.ntriples-order.dataset-s-own"),
    SYNTAX_NTRIPLES_ORDER_TRIPLES_LISTING_NOT("opdl.syntax.ntriples-order.triples-listing-not"),
    SYNTAX_RDFXML_DTD_RDF_XML_DECLARES("opdl.syntax.rdfxml-dtd.rdf-xml-declares"),
    SYNTAX_RDFXML_DTD_REMOVE_DOCTYPE_WRITE("opdl.syntax.rdfxml-dtd.remove-doctype-write"),
    SYNTAX_RDF_CORRECT_PLACE("opdl.syntax.rdf.correct-place"),
    SYNTAX_RDF_END_EACH_STATEMENT("opdl.syntax.rdf.end-each-statement"),
    SYNTAX_RDF_FILE_NOT_VALID("opdl.syntax.rdf.file-not-valid"),
    SYNTAX_RDF_FILE_NOT_VALID_2("opdl.syntax.rdf.file-not-valid-2"),
    SYNTAX_RDF_FILE_NOT_VALID_3("opdl.syntax.rdf.file-not-valid-3"),
    SYNTAX_RDF_FILE_NOT_VALID_4("opdl.syntax.rdf.file-not-valid-4"),
    SYNTAX_RDF_JSON_LD_PROCESSOR("opdl.syntax.rdf.json-ld-processor"),
    SYNTAX_RDF_NAME_EVERY_PROPERTY("opdl.syntax.rdf.name-every-property"),
    SYNTAX_RDF_RDF_XML_DECLARES("opdl.syntax.rdf.rdf-xml-declares"),
    SYNTAX_RDF_STATEMENT_WHOSE_PROPERTY("opdl.syntax.rdf.statement-whose-property"),
    SYNTAX_RDF_TEXT_FIELD_HOLDS("opdl.syntax.rdf.text-field-holds"),
    SYNTAX_RDF_UNSUPPORTED_RDF_1("opdl.syntax.rdf.unsupported-rdf-1"),
    SYNTAX_RDF_UNSUPPORTED_RDF_1_2("opdl.syntax.rdf.unsupported-rdf-1-2"),
    SYNTAX_RDF_WRITE_LISTINGS_PLAIN("opdl.syntax.rdf.write-listings-plain"),
    TEXT_HOLDS_CHARACTER("rdf.text-holds-character"),
    TEXT_WHOSE_VALUE("rdf.text-whose-value"),
    TEXT_WITHOUT_LANGUAGE("rdf.text-without-language"),
    TRIPLES_ABOUT_NODE("rdf.triples-about-node"),
    TRIPLE_TERM("rdf.triple-term"),
    TRIPLE_TERM_REIFIED("rdf.triple-term-reified"),
    TWO_KEYS_ONE("rdf.two-keys-one"),
    TWO_TEXTS_LANGUAGE("rdf.two-texts-language"),
    TYPE_NOT_NAME("rdf.type-not-name"),
    USE_TAG_SUCH("rdf.use-tag-such"),
    VALUE_EMPTY_RDF("rdf.value-empty-rdf"),
    VALUE_NOT_ABSOLUTE("rdf.value-not-absolute"),
    VALUE_OBJECT_VALUE("rdf.value-object-value"),
    VALUE_WRONG_KIND("rdf.value-wrong-kind"),
    WRITE_CONCEPT_S("rdf.write-concept-s"),
    WRITE_DOCUMENT_OPDL("rdf.write-document-opdl"),
    WRITE_FULL_ADDRESS("rdf.write-full-address"),
    WRITE_ID_STRING("rdf.write-id-string"),
    WRITE_LITERAL_DATATYPE("rdf.write-literal-datatype"),
    WRITE_STATEMENT_PLAIN("rdf.write-statement-plain"),
    WRITE_TEXT_EN("rdf.write-text-en"),
    WRITE_TYPE_LISTING("rdf.write-type-listing"),
    WRITE_VALUE_INSIDE("rdf.write-value-inside"),
    WRITE_XML_VERSION("rdf.write-xml-version"),
    XML_HTML_LITERAL("rdf.xml-html-literal");

    private static final Bundle BUNDLE = Bundle.of(RdfMessages.class, "messages");

    private final String key;

    RdfMessages(String key) {
        this.key = key;
    }

    @Override
    public Bundle bundle() {
        return BUNDLE;
    }

    @Override
    public String key() {
        return key;
    }
}

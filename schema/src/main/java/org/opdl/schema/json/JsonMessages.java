package org.opdl.schema.json;

import org.opdl.model.text.Bundle;
import org.opdl.model.text.Message;

/**
 * The messages of the JSON and NDJSON readers in English and French, whose words are in {@code messages_en.properties}
 * and {@code messages_fr.properties} beside this class. Keys are a rule id and a short suffix.
 */
enum JsonMessages implements Message {
    CONVERT_UNMAPPABLE_CHECK_VALUE_NO("opdl.convert.unmappable.check-value-no"),
    CONVERT_UNMAPPABLE_JSON_LD_WOULD("opdl.convert.unmappable.json-ld-would"),
    GIVE_DATASET_OBJECT("json.give-dataset-object"),
    LIMIT_JSON_CHECK_FILE_LISTINGS("opdl.limit.json.check-file-listings"),
    LIMIT_JSON_JSON_EXCEEDS_SAFETY("opdl.limit.json.json-exceeds-safety"),
    LIMIT_JSON_LISTING_DATASET_FIELD("opdl.limit.json.listing-dataset-field"),
    LIMIT_NDJSON_CHECK_FILE_NDJSON("opdl.limit.ndjson.check-file-ndjson"),
    LIMIT_NDJSON_LINE_LONGER_THAN("opdl.limit.ndjson.line-longer-than"),
    NDJSON_BLANK_LINES_BLANK_LINE_S("opdl.ndjson.blank-lines.blank-line-s"),
    NDJSON_BLANK_LINES_REMOVE_BLANK_LINES("opdl.ndjson.blank-lines.remove-blank-lines"),
    NDJSON_BOM_FILE_STARTS_UTF("opdl.ndjson.bom.file-starts-utf"),
    NDJSON_BOM_INSIDE_LINE_STARTS_UTF("opdl.ndjson.bom-inside.line-starts-utf"),
    NDJSON_BOM_SAVE_NDJSON_WITHOUT("opdl.ndjson.bom.save-ndjson-without"),
    READ_FILE_JSON("json.read-file-json"),
    REMOVE_BYTE_ORDER("json.remove-byte-order"),
    SYNTAX_ENCODING_FILE_NOT_UTF("opdl.syntax.encoding.file-not-utf"),
    SYNTAX_ENCODING_FILE_SAVED_UTF("opdl.syntax.encoding.file-saved-utf"),
    SYNTAX_ENCODING_SAVE_FILE_AGAIN("opdl.syntax.encoding.save-file-again"),
    SYNTAX_ENCODING_SAVE_FILE_AGAIN_2("opdl.syntax.encoding.save-file-again-2"),
    SYNTAX_JSON_CORRECT_JSON_PLACE("opdl.syntax.json.correct-json-place"),
    SYNTAX_JSON_FILE_NOT_VALID("opdl.syntax.json.file-not-valid"),
    SYNTAX_JSON_GIVE_LISTINGS("opdl.syntax.json.give-listings"),
    SYNTAX_JSON_JSON_NEITHER_DATASET("opdl.syntax.json.json-neither-dataset"),
    SYNTAX_JSON_KEEP_ONE_TWO("opdl.syntax.json.keep-one-two"),
    SYNTAX_JSON_LINE_DOES_NOT("opdl.syntax.json.line-does-not"),
    SYNTAX_JSON_LINE_HOLDS_DATASET("opdl.syntax.json.line-holds-dataset"),
    SYNTAX_JSON_LINE_HOLDS_MORE("opdl.syntax.json.line-holds-more"),
    SYNTAX_JSON_LINE_HOLDS_WHOLE("opdl.syntax.json.line-holds-whole"),
    SYNTAX_JSON_LISTINGS_MUST_ARRAY("opdl.syntax.json.listings-must-array"),
    SYNTAX_JSON_LISTING_NOT_JSON("opdl.syntax.json.listing-not-json"),
    SYNTAX_JSON_MOVE_DATASET_S("opdl.syntax.json.move-dataset-s"),
    SYNTAX_JSON_PUT_EACH_LISTING("opdl.syntax.json.put-each-listing"),
    SYNTAX_JSON_PUT_EVERY_LISTING("opdl.syntax.json.put-every-listing"),
    SYNTAX_JSON_SAME_FIELD_APPEARS("opdl.syntax.json.same-field-appears"),
    SYNTAX_JSON_TEXT_HOLDS_LONE("opdl.syntax.json.text-holds-lone"),
    SYNTAX_JSON_THERE_MORE_CONTENT("opdl.syntax.json.there-more-content"),
    SYNTAX_JSON_WRITE_CHARACTER_ITSELF("opdl.syntax.json.write-character-itself"),
    SYNTAX_JSON_WRITE_EACH_LISTING("opdl.syntax.json.write-each-listing"),
    SYNTAX_JSON_WRITE_LISTINGS_ONE("opdl.syntax.json.write-listings-one"),
    SYNTAX_JSON_WRITE_ONE_LISTING("opdl.syntax.json.write-one-listing"),
    WRITE_AMOUNTS_STRINGS("json.write-amounts-strings"),
    WRITE_ONE_LISTING("json.write-one-listing");

    private static final Bundle BUNDLE = Bundle.of(JsonMessages.class, "messages");

    private final String key;

    JsonMessages(String key) {
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

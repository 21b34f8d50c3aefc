package org.opdl.schema.convert;

import org.opdl.model.text.Bundle;
import org.opdl.model.text.Message;

/**
 * The messages of the conversions in English and French, whose words are in {@code messages_en.properties}
 * and {@code messages_fr.properties} beside this class. Keys are a rule id and a short suffix.
 */
enum ConvertMessages implements Message {
    CHECK_VALUE_NO("convert.check-value-no"),
    CONVERT_UNMAPPABLE_DATASET_FIELDS_DIFFER("opdl.convert.unmappable.dataset-fields-differ"),
    CONVERT_UNMAPPABLE_GIVE_BOTH_FILES("opdl.convert.unmappable.give-both-files"),
    JSON_DATASET_ARRAY("convert.json-dataset-array"),
    JSON_LD_UNDER("convert.json-ld-under"),
    NDJSON_ONE_LISTING("convert.ndjson-one-listing"),
    N_TRIPLES("convert.n-triples"),
    RDF_XML("convert.rdf-xml"),
    SPREADSHEET_ONE_ROW("convert.spreadsheet-one-row"),
    TURTLE("convert.turtle"),
    WHOLE_NUMBER_MORE("convert.whole-number-more"),
    WORKBOOK_EXCEL_LIBREOFFICE("convert.workbook-excel-libreoffice");

    private static final Bundle BUNDLE = Bundle.of(ConvertMessages.class, "messages");

    private final String key;

    ConvertMessages(String key) {
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

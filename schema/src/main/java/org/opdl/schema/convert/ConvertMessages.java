package org.opdl.schema.convert;

import org.opdl.model.text.Message;

/**
 * The messages of the conversions in English and French, whose words are in {@code messages_en.properties}
 * and {@code messages_fr.properties} beside this class. Keys are the
 * constants' names in lower case with hyphens.
 */
enum ConvertMessages implements Message {
    CHECK_VALUE_NO,
    CONVERT_UNMAPPABLE_DATASET_FIELDS_DIFFER,
    CONVERT_UNMAPPABLE_FIX_THEN_CONVERT,
    CONVERT_UNMAPPABLE_GIVE_BOTH_FILES,
    CONVERT_UNMAPPABLE_JOINED_TWICE,
    CONVERT_UNMAPPABLE_JOINED_TWICE_FIX,
    CONVERT_UNMAPPABLE_LEFT_OUT,
    JSON_DATASET_ARRAY,
    JSON_LD_UNDER,
    NDJSON_ONE_LISTING,
    N_TRIPLES,
    RDF_XML,
    SPREADSHEET_ONE_ROW,
    TURTLE,
    WHOLE_NUMBER_MORE,
    WORKBOOK_EXCEL_LIBREOFFICE;
}

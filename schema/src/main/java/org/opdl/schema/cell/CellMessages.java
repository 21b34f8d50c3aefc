package org.opdl.schema.cell;

import org.opdl.model.text.Message;

/**
 * The messages of the cell readings shared by the spreadsheet readers in English and French, whose words are in {@code messages_en.properties}
 * and {@code messages_fr.properties} beside this class. Keys are the
 * constants' names in lower case with hyphens.
 */
enum CellMessages implements Message {
    CELL_CANNOT_READ,
    COUNTRY_READ,
    CSV_EXCEL_DATE_DATE_TIME_NO,
    CSV_EXCEL_DATE_FORMAT_COLUMN_TEXT,
    CSV_EXCEL_DATE_LOOKS_LIKE_CODE,
    CSV_EXCEL_DATE_WRITE_2025_03,
    CSV_EXCEL_NUMBER_FORMAT_COLUMN_TEXT,
    CSV_EXCEL_NUMBER_LOOKS_LIKE_NUMBER,
    CSV_EXCEL_NUMBER_WHOLE_NUMBER_WRITTEN,
    CSV_EXCEL_NUMBER_WRITE_WHOLE_NUMBERS,
    DATE_READ,
    DATE_WRITTEN_2025,
    DAY_FIX,
    DAY_READ,
    DECIMAL_NUMBER_SUCH,
    DURATION_RANGE,
    DURATION_RANGE_FIX,
    DURATION_RANGE_MIN_MAX,
    DURATION_RANGE_READ,
    DURATION_READ,
    DURATION_SUCH_6,
    EXAMPLE,
    FREE_READ,
    HOURS_SUCH,
    LABEL_FIX,
    LABEL_READ,
    LANGUAGE_READ,
    LIST_FIX,
    LIST_READ,
    MONEY_RANGE,
    MONEY_RATE_CAP,
    MONEY_UP_TO,
    NAMED_DATE_READ,
    NOTHING_TO_DO,
    NUMBER_READ,
    NUMBER_SUCH_1500,
    RANGE_MIN_MAX,
    ROLLING_DATE,
    SERIAL_DATE_FIX,
    SERIAL_DATE_READ,
    STAGE_WORDING_FIX,
    STAGE_WORDING_READ,
    TRUE_FALSE_YES,
    WHOLE_NUMBER_SUCH,
    WRITE,
    YES_NO_READ;
}

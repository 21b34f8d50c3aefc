package org.opdl.schema.cell;

import org.opdl.model.text.Bundle;
import org.opdl.model.text.Message;

/**
 * The messages of the cell readings shared by the spreadsheet readers in English and French, whose words are in {@code messages_en.properties}
 * and {@code messages_fr.properties} beside this class. Keys are a rule id and a short suffix.
 */
enum CellMessages implements Message {
    CELL_CANNOT_READ("cell.cell-cannot-read"),
    COUNTRY_READ("opdl.csv.label-normalised.countries"),
    CSV_EXCEL_DATE_DATE_TIME_NO("opdl.csv.excel-date.date-time-no"),
    CSV_EXCEL_DATE_FORMAT_COLUMN_TEXT("opdl.csv.excel-date.format-column-text"),
    CSV_EXCEL_DATE_LOOKS_LIKE_CODE("opdl.csv.excel-date.looks-like-code"),
    CSV_EXCEL_DATE_WRITE_2025_03("opdl.csv.excel-date.write-2025-03"),
    CSV_EXCEL_NUMBER_FORMAT_COLUMN_TEXT("opdl.csv.excel-number.format-column-text"),
    CSV_EXCEL_NUMBER_LOOKS_LIKE_NUMBER("opdl.csv.excel-number.looks-like-number"),
    CSV_EXCEL_NUMBER_WHOLE_NUMBER_WRITTEN("opdl.csv.excel-number.whole-number-written"),
    CSV_EXCEL_NUMBER_WRITE_WHOLE_NUMBERS("opdl.csv.excel-number.write-whole-numbers"),
    DATE_READ("opdl.csv.date-normalised.day-first"),
    DATE_WRITTEN_2025("cell.date-written-2025"),
    DAY_FIX("opdl.csv.date-normalised.day.fix"),
    DAY_READ("opdl.csv.date-normalised.day"),
    DECIMAL_NUMBER_SUCH("cell.decimal-number-such"),
    DURATION_READ("opdl.csv.date-normalised.durations"),
    DURATION_SUCH_6("cell.duration-such-6"),
    EXAMPLE("cell.read-as"),
    FREE_READ("opdl.csv.label-normalised.free"),
    LABEL_FIX("opdl.csv.label-normalised.labels.fix"),
    LABEL_READ("opdl.csv.label-normalised.labels"),
    LANGUAGE_READ("opdl.csv.label-normalised.languages"),
    NOTHING_TO_DO("cell.nothing-to-do"),
    NUMBER_READ("opdl.csv.number-normalised.numbers"),
    NUMBER_SUCH_1500("cell.number-such-1500"),
    SERIAL_DATE_FIX("opdl.csv.date-normalised.serial.fix"),
    SERIAL_DATE_READ("opdl.csv.date-normalised.serial"),
    TRUE_FALSE_YES("cell.true-false-yes"),
    WHOLE_NUMBER_SUCH("cell.whole-number-such"),
    WRITE("cell.write"),
    YES_NO_READ("opdl.csv.label-normalised.yes-no");

    private static final Bundle BUNDLE = Bundle.of(CellMessages.class, "messages");

    private final String key;

    CellMessages(String key) {
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

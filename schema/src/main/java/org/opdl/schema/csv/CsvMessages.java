package org.opdl.schema.csv;

import org.opdl.model.text.Bundle;
import org.opdl.model.text.Message;

/**
 * The messages of the CSV reader and writer in English and French, whose words are in {@code messages_en.properties}
 * and {@code messages_fr.properties} beside this class. Keys are a rule id and a short suffix.
 */
enum CsvMessages implements Message {
    CELL_SPACES_BEFORE("csv.cell-spaces-before"),
    CHECK_CHARACTER_THEN("csv.check-character-then"),
    COLUMN("csv.column"),
    COLUMNS("csv.columns"),
    CONVERT_UNMAPPABLE_BLANK_ROWS_ABOVE("opdl.convert.unmappable.blank-rows-above"),
    CONVERT_UNMAPPABLE_FILL_COLUMN_EVERY("opdl.convert.unmappable.fill-column-every"),
    CONVERT_UNMAPPABLE_GIVE_EVERY_ROW("opdl.convert.unmappable.give-every-row"),
    CONVERT_UNMAPPABLE_ROWS_GIVE_DIFFERENT("opdl.convert.unmappable.rows-give-different"),
    CSV_BLANK_COLUMNS_BLANK_COLUMN_S("opdl.csv.blank-columns.blank-column-s"),
    CSV_BLANK_COLUMNS_NOTHING_DO("opdl.csv.blank-columns.nothing-do"),
    CSV_BLANK_ROWS_BLANK_ROW_S("opdl.csv.blank-rows.blank-row-s"),
    CSV_BLANK_ROWS_DELETE_BLANK_ROWS("opdl.csv.blank-rows.delete-blank-rows"),
    CSV_DELIMITER_CELLS_SEPARATED_RATHER("opdl.csv.delimiter.cells-separated-rather"),
    CSV_DELIMITER_NOTHING_DO_OPDL("opdl.csv.delimiter.nothing-do-opdl"),
    CSV_DUPLICATE_HEADING_HEADING_REPEATS_COLUMN("opdl.csv.duplicate-heading.heading-repeats-column"),
    CSV_DUPLICATE_HEADING_KEEP_ONE_TWO("opdl.csv.duplicate-heading.keep-one-two"),
    CSV_ENCODING_CELLS_ALL_HOLD("opdl.csv.encoding.cells-all-hold"),
    CSV_ENCODING_FILE_NOT_UTF("opdl.csv.encoding.file-not-utf"),
    CSV_ENCODING_FILE_UTF_8("opdl.csv.encoding.file-utf-8"),
    CSV_ENCODING_MORE_IN_CELL("opdl.csv.encoding.more-in-cell"),
    CSV_FORMULA_CELL_STARTS_SPREADSHEET("opdl.csv.formula.cell-starts-spreadsheet"),
    CSV_FORMULA_CELL_S_SPREADSHEET("opdl.csv.formula.cell-s-spreadsheet"),
    CSV_FORMULA_CHECK_TEXT_WHAT("opdl.csv.formula.check-text-what"),
    CSV_FORMULA_NOTHING_DO_NO("opdl.csv.formula.nothing-do-no"),
    CSV_SAME_ITEM_BOTH("opdl.csv.same-item.both"),
    CSV_SAME_ITEM_CELL_LISTS_MORE("opdl.csv.same-item.cell-lists-more"),
    CSV_SAME_ITEM_TWICE("opdl.csv.same-item.twice"),
    CSV_STRAY_SPACES_CELL_HOLDS_NO("opdl.csv.stray-spaces.cell-holds-no"),
    CSV_STRAY_SPACES_CELL_SPACES_BEFORE("opdl.csv.stray-spaces.cell-spaces-before"),
    CSV_STRAY_SPACES_HEADING_SPACES_AROUND("opdl.csv.stray-spaces.heading-spaces-around"),
    CSV_UNKNOWN_HEADING_DID_YOU_MEAN("opdl.csv.unknown-heading.did-you-mean"),
    CSV_UNKNOWN_HEADING_HEADING_NOT_PART("opdl.csv.unknown-heading.heading-not-part"),
    CSV_UNKNOWN_HEADING_RENAME_COLUMN_HEADING("opdl.csv.unknown-heading.rename-column-heading"),
    DELETE_SPACES_AROUND("csv.delete-spaces-around"),
    DELETE_SPACES_AROUND_2("csv.delete-spaces-around-2"),
    GIVE_ONE_VALUE("csv.give-one-value"),
    INSERT_HEADING_ROW("csv.insert-heading-row"),
    KEEP_ONE_TWO("csv.keep-one-two"),
    LIMIT_CELLS_ROW_CELLS_MORE("opdl.limit.cells.row-cells-more"),
    LIMIT_CSV_CELL_LONGER_THAN("opdl.limit.csv.cell-longer-than"),
    LIMIT_CSV_SHORTEN_CELL_CHECK("opdl.limit.csv.shorten-cell-check"),
    LIMIT_RECORD_ROW_LONGER_THAN("opdl.limit.record.row-longer-than"),
    LIMIT_ROWS_SPREADSHEET_MORE_THAN("opdl.limit.rows.spreadsheet-more-than"),
    NOT_LANGUAGE_TAG("csv.not-language-tag"),
    REMOVE_CHARACTER("csv.remove-character"),
    REMOVE_FIELD_ABSENT("csv.remove-field-absent"),
    SAVE_CSV_UTF("csv.save-csv-utf"),
    START_OPDL_TEMPLATE("csv.start-opdl-template"),
    SYNTAX_CSV_CELL_HOLDS_BUT("opdl.syntax.csv.cell-holds-but"),
    SYNTAX_CSV_CELL_HOLDS_NUL("opdl.syntax.csv.cell-holds-nul"),
    SYNTAX_CSV_CELL_VALUES_SEPARATED("opdl.syntax.csv.cell-values-separated"),
    SYNTAX_CSV_FILE_LOOKS_LIKE("opdl.syntax.csv.file-looks-like"),
    SYNTAX_CSV_GIVE_COLUMN_HEADING("opdl.syntax.csv.give-column-heading"),
    SYNTAX_CSV_GIVE_EXTRA_CELLS("opdl.syntax.csv.give-extra-cells"),
    SYNTAX_CSV_LOOKS_LIKE_JSON("opdl.syntax.csv.looks-like-json"),
    SYNTAX_CSV_LOOK_CELL_OPENING("opdl.syntax.csv.look-cell-opening"),
    SYNTAX_CSV_NAME_JSON_GIVE("opdl.syntax.csv.name-json-give"),
    SYNTAX_CSV_NOTHING("opdl.syntax.csv.nothing"),
    SYNTAX_CSV_NO_HEADING("opdl.syntax.csv.no-heading"),
    SYNTAX_CSV_PUT_WHOLE_CELL("opdl.syntax.csv.put-whole-cell"),
    SYNTAX_CSV_ROW_CELLS_BUT("opdl.syntax.csv.row-cells-but"),
    SYNTAX_CSV_ROW_QUOTE_ENDS("opdl.syntax.csv.row-quote-ends"),
    SYNTAX_CSV_SAVE_FILE_AGAIN("opdl.syntax.csv.save-file-again"),
    SYNTAX_CSV_SEP_LINE_ROW("opdl.syntax.csv.sep-line-row"),
    SYNTAX_CSV_SPREADSHEET_CANNOT_READ("opdl.syntax.csv.spreadsheet-cannot-read"),
    SYNTAX_CSV_SPREADSHEET_NOT_VALID("opdl.syntax.csv.spreadsheet-not-valid"),
    SYNTAX_CSV_TWO_COLUMNS_SAME("opdl.syntax.csv.two-columns-same"),
    SYNTAX_CSV_WRITE_SEP_SEP("opdl.syntax.csv.write-sep-sep"),
    SYNTAX_ENCODING_FILE_NOT_UTF("opdl.syntax.encoding.file-not-utf"),
    SYNTAX_ENCODING_SAVE_AGAIN_CSV("opdl.syntax.encoding.save-again-csv"),
    TYPE_VALUE_AGAIN("csv.type-value-again"),
    USE_LANGUAGE_TAG("csv.use-language-tag"),
    VALUE_EMPTY_SPREADSHEET("csv.value-empty-spreadsheet"),
    VALUE_HOLDS_NUL("csv.value-holds-nul");

    private static final Bundle BUNDLE = Bundle.of(CsvMessages.class, "messages");

    private final String key;

    CsvMessages(String key) {
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

package org.opdl.schema.xlsx;

import org.opdl.model.text.Lang;
import org.opdl.model.text.Message;

/**
 * The words the workbook writes and the refusals of its reader in English and French, whose words
 * are in {@code messages_en.properties} and {@code messages_fr.properties} beside this class. Keys
 * are the constants' names in lower case with hyphens.
 */
enum XlsxMessages implements Message {
    README_TITLE,
    README_WHAT_TO_FILL,
    README_LISTINGS,
    README_OTHER_SHEETS,
    README_HEADINGS,
    README_DATES,
    README_COLOURS,
    README_ORANGE,
    README_BLUE,
    README_CHECKED_COPY,
    README_HOW_TO_CHECK,
    README_PAGE,
    README_VALIDATE,
    README_CONVERT,
    HEADING_REQUIRED,
    HEADING_LISTING_ID,
    HEADING_LIST,
    HEADING_ITEM_LIST,
    HEADING_CODE,
    HEADING_DATE,
    HEADING_EXAMPLE,
    HEADING_YES,
    HEADING_NO,
    FINDINGS_SHEET,
    FINDINGS_SEVERITY,
    FINDINGS_RULE,
    FINDINGS_PLACE,
    FINDINGS_PROBLEM,
    FINDINGS_FIX,
    FINDINGS_IN_LISTINGS,
    FINDINGS_NONE,
    SEVERITY_ERROR,
    SEVERITY_WARNING,
    SHARED_STRINGS_TOO_MANY,
    SHARED_STRINGS_ENTRIES,
    SHARED_STRINGS_CHARACTERS,
    GROUP_WITHOUT_ID,
    GROUP_WITHOUT_ID_FIX,
    PACKAGE_EMPTY,
    PACKAGE_EMPTY_FIX,
    PACKAGE_NOT_ZIP,
    PACKAGE_SAVE_AS_XLSX,
    PACKAGE_MACROS,
    PACKAGE_MACROS_FIX,
    PACKAGE_PACKED_ODDLY,
    PACKAGE_SAVE_AGAIN,
    PACKAGE_PASSWORD,
    PACKAGE_PASSWORD_FIX,
    PACKAGE_OLD_XLS,
    PACKAGE_OPENDOCUMENT,
    PACKAGE_STRICT,
    PACKAGE_STRICT_FIX,
    PACKAGE_PART,
    PACKAGE_ZIP_BOMB,
    PACKAGE_ZIP_BOMB_FIX,
    PACKAGE_CORRUPT;

    /** The message in one language with its arguments in place. */
    String in(Lang lang, Object... args) {
        return text(args).in(lang);
    }
}

/**
 * The spreadsheet form of listings: one row per listing, headings in English or French, one
 * column per language for text, {@code " | "} between the values of a multi-valued cell, and
 * aligned cells for the fields of repeated objects such as intakes and locations; a dataset's own
 * fields take columns of their own, the same on every row. The reader
 * copes with what Excel and Google Sheets do to files (encodings, {@code ;} delimiters, labels
 * typed instead of codes, French-locale numbers and dates) and reports each thing it changed.
 */
package org.opdl.schema.csv;

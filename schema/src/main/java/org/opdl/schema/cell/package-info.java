/**
 * Reading one cell of a spreadsheet, whatever the spreadsheet's file format: the words, numbers,
 * dates and durations people type, in English or French, turned into the values of the standard.
 * Each kind of reading is counted and stated once for the whole file ({@link
 * org.opdl.schema.cell.Readings}), so that a sheet of labels does not bury its real problems; a
 * cell that cannot be read without guessing is refused on its own ({@link
 * org.opdl.schema.cell.Unreadable}) and the rest of the sheet is still read. Each kind of
 * refusal pairs the words of its message with those of its fix, which says only what to do.
 */
package org.opdl.schema.cell;

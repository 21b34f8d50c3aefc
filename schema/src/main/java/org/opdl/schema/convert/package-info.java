/**
 * Moving a dataset between formats. {@link org.opdl.schema.convert.Formats} is the one table of
 * built-in formats, with detection by file extension and then by content, and
 * {@link org.opdl.schema.convert.Conversion} pipes a reader into a writer one listing at a time.
 * Conversion maps; it does not validate, which is the validator's work.
 */
package org.opdl.schema.convert;

/**
 * Checks of an edited copy of the standard's tables, for the people who govern the standard. A
 * check reads a folder laid out like {@code standard/}, collects every problem it finds rather than
 * stopping at the first, and names each by file, line and column, in English and French. It needs
 * no build: {@code opdl standard check} runs it in seconds.
 */
package org.opdl.model.governance;

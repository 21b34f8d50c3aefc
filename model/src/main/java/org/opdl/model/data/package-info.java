/**
 * Reads the standard's one definition: the CSV tables under {@code standard/} that ship in the
 * model jar at {@code org/opdl/standard/}. Tables are small, read once, and any mistake in them is
 * reported with the file and row, since an industry body edits them by hand.
 */
package org.opdl.model.data;

/**
 * Jazzer fuzz targets for every reader and for the schema layer. Plain {@code mvn test} replays
 * the stored inputs under {@code src/test/resources/org/opdl/schema/fuzz/<Class>Inputs/<method>/}
 * (seeds and every crash ever found); {@code bench/fuzz.sh TARGET MINUTES} fuzzes one target. Each
 * target states the only outcomes it accepts: success, or the reader's own error type.
 */
package org.opdl.schema.fuzz;

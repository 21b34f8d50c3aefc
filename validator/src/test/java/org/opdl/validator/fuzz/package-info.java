/**
 * The Jazzer fuzz target for the validator as a whole: any bytes, read as JSON listings, checked by
 * every rule. Plain {@code mvn test} replays the stored inputs; {@code bench/fuzz.sh validator N}
 * fuzzes it.
 */
package org.opdl.validator.fuzz;

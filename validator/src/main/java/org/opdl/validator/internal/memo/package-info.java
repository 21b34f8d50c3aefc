/**
 * The bounded memo: a fixed table of answers for texts that repeat across a file, shared by the
 * worker threads without locks. The structure layer's gate keeps the verdicts of its format and
 * pattern checks in it, which measured about a quarter of a run's time. It depends on nothing else
 * of the validator. Not API.
 */
package org.opdl.validator.internal.memo;

/**
 * The bounded memo: a fixed table of answers for texts that repeat across a file, shared by the
 * worker threads without locks. The structure layer's gate and the tables a run keeps for its rules
 * ({@link org.opdl.validator.rule.RunMemo}) are built on it. It depends on nothing else of the
 * validator. Not API.
 */
package org.opdl.validator.internal.memo;

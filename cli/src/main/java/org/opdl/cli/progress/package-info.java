/**
 * What a long run says while it works: a progress line on standard error when it is a terminal
 * and the run lasts more than about two seconds, and timings with {@code --verbose}. Nothing here
 * writes to standard output or into files, and no terminal escape sequence is used, so
 * {@code NO_COLOR} and logs stay clean.
 */
package org.opdl.cli.progress;

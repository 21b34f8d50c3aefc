/**
 * How commands write files: every output appears whole or not at all. A file is written to a
 * temporary file beside it and moved into place atomically; standard output is buffered in a
 * temporary file and copied only when the command succeeds.
 */
package org.opdl.cli.output;

/**
 * How the CLI turns a file named on the command line into listings: it picks a reader from the
 * file's extension. Until the format readers of the schema module cover every format, JSON and
 * NDJSON are read here with Jackson's streaming parser, one listing at a time, each located by the
 * line and column where it starts.
 */
package org.opdl.cli.input;

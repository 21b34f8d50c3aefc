/**
 * How commands take their inputs: file names checked before anything is read (a folder or a named
 * pipe is named as what it is), {@code -} for standard input, and a count of the bytes read so that
 * long runs can show how far they are.
 */
package org.opdl.cli.input;
